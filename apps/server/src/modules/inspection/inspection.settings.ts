import type { CaseState, DecidingBody, DisciplineFormAny, OrgUnitType, ViolationGroup } from "@dangvu/contract";
import type { SeededRuleSetting } from "../../platform/module";

export const stepDaysKey = "inspection.stepDays";
export const letterDaysKey = "inspection.letterDays";
export const limitationKey = "discipline.limitation";
export const authorityKey = "discipline.authority";
export const complaintWindowKey = "discipline.complaintWindow";

/** Working days each step of a case may take, from the day it began (the holidays of the calendar skipped). */
export type StepDays = Partial<Record<CaseState, number>>;

/** Calendar days to resolve a letter, from its receipt: locally (province, district and below) and at the centre. */
export interface LetterDays {
  local: number;
  central: number;
}

/**
 * Years after the violation (or its end) within which a form may still be decided, by subject; null: no limit.
 * The groups listed in `unlimitedGroups` are never time-barred.
 */
export interface Limitation {
  member: Partial<Record<DisciplineFormAny, number | null>>;
  organisation: Partial<Record<DisciplineFormAny, number | null>>;
  unlimitedGroups: ViolationGroup[];
}

/**
 * Which body of which type of unit may decide which forms, for members and for organisations; `scope` says where the
 * subject must stand: `own` the member's own cell, `subtree` the unit or below it, `below` strictly below it.
 */
export type Authority = Record<
  DecidingBody,
  {
    unitTypes: OrgUnitType[];
    member: DisciplineFormAny[];
    organisation: DisciplineFormAny[];
    memberScope: "own" | "subtree";
  }
>;

/** How long after receiving a decision a complaint may be filed, in calendar days (Điều lệ Đ39: one month). */
export interface ComplaintWindow {
  days: number;
}

const cellTypes: OrgUnitType[] = ["cell", "grassroots_cell"];
const committeeTypes: OrgUnitType[] = ["grassroots_committee", "upper_committee", "provincial_committee"];
const upperTypes: OrgUnitType[] = ["upper_committee", "provincial_committee"];
const allMemberForms: DisciplineFormAny[] = ["reprimand", "warning", "dismissal", "expulsion"];

export const seededAuthority: Authority = {
  cell: { unitTypes: cellTypes, member: ["reprimand", "warning"], organisation: [], memberScope: "own" },
  committee: {
    unitTypes: committeeTypes,
    member: allMemberForms,
    organisation: ["reprimand", "warning", "dissolution"],
    memberScope: "subtree",
  },
  standing_committee: {
    unitTypes: upperTypes,
    member: allMemberForms,
    organisation: ["reprimand", "warning", "dissolution"],
    memberScope: "subtree",
  },
  inspection_committee: {
    unitTypes: upperTypes,
    member: allMemberForms,
    organisation: ["reprimand", "warning"],
    memberScope: "subtree",
  },
};

export const inspectionRuleSettings: SeededRuleSetting[] = [
  {
    key: stepDaysKey,
    validFrom: "2000-01-01",
    value: { decided: 10, team_formed: 10, self_report: 15, verifying: 30, concluded: 10, notified: 90 },
    source: "Quy trình kiểm tra, giám sát của UBKT (thực tiễn các đảng bộ); chưa đối chiếu văn bản gốc",
    confidence: "C",
    note:
      "Số ngày làm việc cho mỗi bước của một cuộc kiểm tra, giám sát kể từ ngày bước đó bắt đầu (bỏ qua ngày nghỉ theo lịch). " +
      "Đây là thiết lập của Đảng ủy, không phải quy định của Điều lệ: thời hạn thật của từng cuộc do quyết định kiểm tra ghi.",
  },
  {
    key: letterDaysKey,
    validFrom: "2000-01-01",
    value: { local: 90, central: 180 },
    source:
      "Quy định 22-QĐ/TW (2021) về giải quyết tố cáo: không quá 90 ngày ở cấp tỉnh, huyện và cơ sở; 180 ngày ở Trung ương",
    confidence: "S",
    note: "Tính theo ngày (lịch), kể từ ngày nhận đơn (theo dấu bưu điện).",
  },
  {
    key: limitationKey,
    validFrom: "2000-01-01",
    value: {
      member: { reprimand: 5, warning: 10, dismissal: 10, expulsion: null },
      organisation: { reprimand: 5, warning: 10, dissolution: null },
      unlimitedGroups: ["internal_politics", "defence_security_foreign", "illegal_diploma"],
    },
    source: "QĐ 102-QĐ/TW Đ3; QĐ 07-QĐi/TW Đ5; HD 06-HD/UBKTTW 2018; giữ trong 22-QĐ/TW và 69-QĐ/TW",
    confidence: "S-old",
    note:
      "Thời hiệu (năm) tính từ khi có hành vi vi phạm, hoặc khi kết thúc nếu vi phạm kéo dài; vi phạm mới trong thời hiệu " +
      "thì thời hiệu của vi phạm cũ tính lại từ vi phạm mới. Giá trị theo văn bản cũ; Quy định 296 chưa được đối chiếu lại.",
  },
  {
    key: authorityKey,
    validFrom: "2000-01-01",
    value: seededAuthority,
    source: "Điều lệ Đảng Đ36; Quy định 22-QĐ/TW Đ11",
    confidence: "C",
    note:
      "Thẩm quyền thi hành kỷ luật theo loại cơ quan và cấp tổ chức. Chi bộ: khiển trách, cảnh cáo đảng viên của chi bộ. " +
      "BTV, UBKT từ cấp huyện (tương đương) trở lên. Thẩm quyền khai trừ của đảng ủy cơ sở phụ thuộc việc được ủy quyền " +
      "kết nạp đảng viên: Đảng ủy cần điều chỉnh thiết lập này cho đúng với mình.",
  },
  {
    key: complaintWindowKey,
    validFrom: "2000-01-01",
    value: { days: 30 },
    source: "Điều lệ Đảng Đ39 k7: trong một tháng kể từ ngày nhận quyết định",
    confidence: "C",
    note: "Một tháng được tính là 30 ngày lịch; có nguồn nói 30 ngày làm việc.",
  },
];
