import type { SeededRuleSetting } from "../../platform/module";

/** The organisation rules that are numbers set by regulation (domain.md §1). */
export const orgRuleSettings: SeededRuleSetting[] = [
  {
    key: "org.minFullMembers",
    validFrom: "2011-01-19",
    value: 3,
    source: "Điều lệ Đảng, Điều 21 khoản 2, Điều 24",
    confidence: "S",
    note: "Số đảng viên chính thức tối thiểu để lập chi bộ, tổ chức cơ sở đảng.",
  },
  {
    key: "org.cellCommitteeThreshold",
    validFrom: "2021-07-30",
    value: 9,
    source: "QĐ 24-QĐ/TW mục 24; 294-QĐ/TW",
    confidence: "S",
    note: "Chi bộ có từ số đảng viên chính thức này trở lên thì bầu chi ủy.",
  },
  {
    key: "org.cellCommitteeMaxSize",
    validFrom: "2021-07-30",
    value: 7,
    source: "QĐ 24-QĐ/TW mục 24; 294-QĐ/TW",
    confidence: "S",
    note: "Số chi ủy viên tối đa.",
  },
];
