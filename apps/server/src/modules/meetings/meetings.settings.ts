import type { SeededRuleSetting } from "../../platform/module";

/** The meeting rules kept as data (domain.md §3). */
export const meetingRuleSettings: SeededRuleSetting[] = [
  {
    key: "meeting.agendaTemplate",
    validFrom: "2018-07-06",
    value: [
      "Khai mạc, giới thiệu thư ký",
      "Điểm danh, báo cáo số đảng viên có mặt, vắng mặt và lý do; thu đảng phí",
      "Thông qua chương trình",
      "Báo cáo kết quả tháng và kiểm điểm việc thực hiện nghị quyết kỳ trước",
      "Phổ biến văn bản của cấp trên",
      "Thảo luận",
      "Kết luận, phân công nhiệm vụ; biểu quyết nghị quyết",
      "Công tác tổ chức, đảng viên",
      "Đánh giá chất lượng buổi sinh hoạt",
      "Thông qua biên bản; bế mạc",
    ],
    source: "HD 12-HD/BTCTW 06/7/2018; mẫu chương trình của chi bộ (domain.md §3.2)",
    confidence: "S-old",
    note: "Chương trình mẫu của buổi sinh hoạt chi bộ thường kỳ; HD 42-HD/BTCTW (2025) có thể đã đổi, chưa kiểm chứng.",
  },
];
