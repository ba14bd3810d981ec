import type { CaseAction, CaseKind, CaseState, InspectingBody } from "@dangvu/contract";

/**
 * The Vietnamese names the server prints (messages, exports, reminders), the same words as the screens' (apps/web
 * i18n/inspection.vi.ts).
 */
export const caseKindLabels: Record<CaseKind, string> = {
  inspection_regular: "Kiểm tra thường xuyên, định kỳ",
  inspection_suspected: "Kiểm tra khi có dấu hiệu vi phạm",
  inspection_duties: "Kiểm tra thực hiện nhiệm vụ kiểm tra, giám sát",
  inspection_enforcement: "Kiểm tra việc thi hành kỷ luật",
  inspection_finance: "Kiểm tra tài chính đảng",
  supervision_regular: "Giám sát thường xuyên",
  supervision_thematic: "Giám sát chuyên đề",
};

export const caseStateLabels: Record<CaseState, string> = {
  decided: "Đã có quyết định",
  team_formed: "Đã lập đoàn",
  self_report: "Đối tượng tự kiểm tra, giải trình",
  verifying: "Thẩm tra, xác minh",
  concluded: "Đã kết luận",
  notified: "Đã thông báo kết luận",
  closed: "Đã kết thúc",
};

export const caseActionLabels: Record<CaseAction, string> = {
  form_team: "Lập đoàn kiểm tra",
  receive_self_report: "Nhận báo cáo tự kiểm tra, giải trình",
  start_verification: "Thẩm tra, xác minh",
  conclude: "Kết luận",
  notify: "Thông báo kết luận",
  close: "Kết thúc, theo dõi thực hiện kết luận",
};

export const bodyLabels: Record<InspectingBody, string> = {
  committee: "Cấp ủy (BCH)",
  standing_committee: "Ban Thường vụ",
  inspection_committee: "Ủy ban kiểm tra",
  cell: "Chi bộ",
};
