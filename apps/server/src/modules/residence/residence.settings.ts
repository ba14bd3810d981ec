import type { SeededRuleSetting } from "../../platform/module";

/** Who the list of members not registered at their residence leaves out (see `listFollowUp`). */
export interface RegistrationListRule {
  excludeExemptMembers: boolean;
}

export const registrationListKey = "residence.registrationList";

/** Residence rules that no text states exactly: settings of the committee, with what is doubtful. */
export const residenceRuleSettings: SeededRuleSetting[] = [
  {
    key: registrationListKey,
    validFrom: "2020-01-02",
    value: { excludeExemptMembers: true } satisfies RegistrationListRule,
    source: "Quy định 213-QĐ/TW Điều 1 (đảng viên đang công tác); Hướng dẫn 33-HD/BTCTW mục 1",
    confidence: "C",
    note: "Danh sách đảng viên chưa đăng ký nơi cư trú có bỏ qua đảng viên được miễn công tác và sinh hoạt đảng hay không. Quy định 213 áp dụng cho đảng viên đang công tác; văn bản không nói rõ người được miễn công tác và sinh hoạt đảng (thường tuổi cao, sức yếu) có phải đăng ký hay không. Đây là cách hiểu của cấp ủy, không phải quy định của Trung ương; có thể đổi.",
  },
];
