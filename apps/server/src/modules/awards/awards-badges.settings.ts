import type { SeededRuleSetting } from "../../platform/module";
import type { BadgeDisciplineDelay, BadgeEarly } from "./awards-badges.rules";

export const badgeEarlyKey = "awards.badgeEarly";
export const badgeDisciplineDelayKey = "awards.badgeDisciplineDelay";
export const badgeAuthorityKey = "awards.badgeAuthority";

/** Which units record the decisions on party badges (the types of unit, top of the tree in this platform). */
export interface BadgeAuthority {
  decidingUnitTypes: string[];
}

export function badgeEarlyDefaults(): BadgeEarly {
  return {
    illness: [
      { from: 30, to: 65, months: 12 },
      { from: 70, to: 90, months: 24 },
    ],
    posthumousMonths: 12,
  };
}

export function badgeDisciplineDelayDefaults(): BadgeDisciplineDelay {
  return { reprimand: 6, warning: 9, dismissal: 12 };
}

/**
 * The party badge rules (domain.md §6.3). The milestones and award days are the members module's settings
 * (badge.milestones, badge.awardDays: the reminders and the handbook read them too).
 */
export const badgeRuleSettings: SeededRuleSetting[] = [
  {
    key: badgeEarlyKey,
    validFrom: "2021-07-30",
    value: badgeEarlyDefaults(),
    source: "QĐ 24-QĐ/TW 2021 mục 27.1.2; HD 01-HD/TW 2021 mục 18",
    confidence: "S",
    note: "Tặng sớm Huy hiệu Đảng cho đảng viên bị bệnh nặng: huy hiệu 30 đến 65 năm tuổi Đảng sớm không quá 12 tháng, huy hiệu 70 đến 90 năm sớm không quá 24 tháng; truy tặng đảng viên đã từ trần sớm không quá 12 tháng. Tặng sớm vì bệnh nặng chỉ xét khi có đề nghị, ghi rõ lý do.",
  },
  {
    key: badgeDisciplineDelayKey,
    validFrom: "2021-07-30",
    value: badgeDisciplineDelayDefaults(),
    source: "QĐ 24-QĐ/TW 2021 mục 27.1.2; HD 01-HD/TW 2021 mục 18 (số tháng theo luatminhkhue)",
    confidence: "S",
    note: "Đảng viên đang bị kỷ luật chưa được xét tặng; sau khi sửa chữa, được chi bộ công nhận tiến bộ thì được xét sau 6 tháng (khiển trách), 9 tháng (cảnh cáo), 1 năm (cách chức) kể từ ngày quyết định kỷ luật. Số tháng lấy từ bài tổng hợp của luatminhkhue, chưa đối chiếu nguyên văn Hướng dẫn 01; việc chi bộ công nhận tiến bộ không được ghi trên hồ sơ nên chỉ tính theo thời gian.",
  },
  {
    key: badgeAuthorityKey,
    validFrom: "2021-07-30",
    value: { decidingUnitTypes: ["provincial_committee", "upper_committee"] } satisfies BadgeAuthority,
    source: "QĐ 24-QĐ/TW 2021 mục 27.1.2; HD 01-HD/TW 2021 mục 18 (Ban Thường vụ tỉnh ủy và tương đương quyết định)",
    confidence: "S",
    note: "Ban Thường vụ tỉnh ủy (và tương đương) quyết định tặng Huy hiệu Đảng. Đảng ủy cấp trên cơ sở (như Đảng ủy Khối) lập danh sách 4-HHĐ trình lên và ghi lại quyết định, số huy hiệu khi nhận về: vì vậy quyết định được ghi tại tổ chức thuộc các loại này.",
  },
];
