import type { CaseAction, CaseKind, CaseState, InspectingBody } from "@dangvu/contract";

/** The Vietnamese names the server prints (messages, exports, reminders); the web app has its own for the screens. */
export const caseKindLabels: Record<CaseKind, string> = {
  inspection_regular: "Kiểm tra thường xuyên, định kỳ",
  inspection_suspected: "Kiểm tra khi có dấu hiệu vi phạm",
  inspection_duties: "Kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát",
  inspection_enforcement: "Kiểm tra việc thi hành kỷ luật trong Đảng",
  inspection_finance: "Kiểm tra tài chính đảng",
  supervision_regular: "Giám sát thường xuyên",
  supervision_thematic: "Giám sát chuyên đề",
};

export const caseStateLabels: Record<CaseState, string> = {
  decided: "Đã có quyết định",
  team_formed: "Đã thành lập đoàn",
  self_report: "Đối tượng đã báo cáo, giải trình",
  verifying: "Đang thẩm tra, xác minh",
  concluded: "Đã kết luận",
  notified: "Đã thông báo kết luận, theo dõi thực hiện",
  closed: "Đã hoàn thành",
};

export const caseActionLabels: Record<CaseAction, string> = {
  form_team: "Thành lập đoàn",
  receive_self_report: "Nhận báo cáo tự kiểm tra, giải trình",
  start_verification: "Thẩm tra, xác minh",
  conclude: "Kết luận",
  notify: "Thông báo kết luận",
  close: "Hoàn thành theo dõi thực hiện kết luận",
};

export const bodyLabels: Record<InspectingBody, string> = {
  committee: "Cấp ủy",
  standing_committee: "Ban Thường vụ",
  inspection_committee: "Ủy ban Kiểm tra",
  cell: "Chi bộ",
};
