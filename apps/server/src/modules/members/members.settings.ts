import type { SeededRuleSetting } from "../../platform/module";

/** The numbers of the member lifecycle as the regulations set them (see members.rules.ts for their use). */
export interface LifecycleDefaults {
  admissionAgeMin: number;
  admissionAgeMax: number;
  probationMonths: number;
  ceremonyWorkingDays: number;
  fullMembershipWorkingDays: number;
  transferLetterWorkingDays: number;
  transferStartWorkingDays: number;
}

export function lifecycleDefaults(): LifecycleDefaults {
  return {
    admissionAgeMin: 18,
    admissionAgeMax: 60,
    probationMonths: 12,
    ceremonyWorkingDays: 30,
    fullMembershipWorkingDays: 30,
    transferLetterWorkingDays: 30,
    transferStartWorkingDays: 60,
  };
}

/** The member rules that are numbers or lists set by regulation (domain.md §2, §6.3). */
export const memberRuleSettings: SeededRuleSetting[] = [
  {
    key: "member.lifecycle",
    validFrom: "2021-07-30",
    value: lifecycleDefaults(),
    source: "Điều lệ Đ5; QĐ 24-QĐ/TW mục 1, 4.1, 4.2, 6; 294-QĐ/TW",
    confidence: "S",
    note: "Tuổi kết nạp (tính theo tháng), thời gian dự bị, thời hạn tổ chức lễ kết nạp, xét chính thức, chuyển sinh hoạt (ngày làm việc).",
  },
  {
    key: "badge.milestones",
    validFrom: "2021-07-30",
    value: [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90],
    source: "QĐ 24-QĐ/TW mục 27.1.2; HD 01-HD/TW 2021 mục 18",
    confidence: "S",
    note: "Các mốc tuổi đảng được xét tặng Huy hiệu Đảng.",
  },
  {
    key: "badge.awardDays",
    validFrom: "2021-07-30",
    value: ["02-03", "05-19", "09-02", "11-07"],
    source: "HD 01-HD/TW 2021 mục 18.4",
    confidence: "S",
    note: "Các ngày kỷ niệm trao Huy hiệu Đảng (tháng-ngày).",
  },
];
