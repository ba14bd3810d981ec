import type { VoteThreshold } from "@dangvu/contract";
import type { SeededRuleSetting } from "../../platform/module";
import type { VoteExclusion } from "./meetings-votes.rules";

/** Who is left out of the base of the cell's votes. */
export interface VoteBaseRule {
  exclude: VoteExclusion[];
}

/** Which criterion of the scoring template is the attendance rate, pre-filled from the recorded attendance. */
export interface AttendancePointsRule {
  criterionKey: string;
}

const charterXI = "2011-01-19";

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
  {
    key: "meeting.vote.resolution",
    validFrom: charterXI,
    value: { numerator: 1, denominator: 2, strict: true } satisfies VoteThreshold,
    source: "Điều lệ Đảng, Điều 9 (thiểu số phục tùng đa số); domain.md §3.5",
    confidence: "C",
    note:
      "Nghị quyết, kết luận của chi bộ được thông qua khi quá một nửa số đảng viên chính thức làm căn cứ biểu quyết " +
      "tán thành. Tính trên số đảng viên chính thức (không phải số có mặt) là cách hiểu thông dụng, chưa đối chiếu văn bản.",
  },
  {
    key: "meeting.vote.admission",
    validFrom: charterXI,
    value: { numerator: 2, denominator: 3, strict: false } satisfies VoteThreshold,
    source: "Điều lệ Đảng, Điều 4 (chi bộ xét, đề nghị kết nạp từng người); domain.md §3.5",
    confidence: "C",
    note:
      "Chi bộ đề nghị kết nạp khi ít nhất hai phần ba số đảng viên chính thức tán thành. Các trang hỏi đáp dẫn Điều lệ " +
      "như vậy, nhưng chưa đối chiếu với văn bản chính thức.",
  },
  {
    key: "meeting.vote.fullMembership",
    validFrom: "2021-07-30",
    value: { numerator: 2, denominator: 3, strict: false } satisfies VoteThreshold,
    source: "QĐ 24-QĐ/TW mục 4.2; Điều lệ Đảng, Điều 5 khoản 2 (xét như khi kết nạp)",
    confidence: "S",
    note: "Chi bộ đề nghị công nhận đảng viên chính thức khi ít nhất hai phần ba số đảng viên chính thức tán thành.",
  },
  {
    key: "meeting.voteBase",
    validFrom: charterXI,
    value: { exclude: ["temporary_elsewhere", "exempt_absent", "absent_excused"] } satisfies VoteBaseRule,
    source:
      "Quy chế bầu cử trong Đảng: những người không tính vào số đảng viên được triệu tập (dangcongsan.vn; domain.md §3.5)",
    confidence: "C",
    note:
      "Căn cứ biểu quyết là số đảng viên chính thức trong danh sách, trừ người sinh hoạt tạm thời nơi khác, người miễn " +
      "sinh hoạt vắng mặt, người vắng có lý do; đảng viên miễn sinh hoạt có mặt vẫn được tính và biểu quyết. Quy chế " +
      "bầu cử nói về đại hội; áp dụng cho nghị quyết của chi bộ là cách hiểu, chưa có văn bản. Người bị đình chỉ sinh " +
      "hoạt, bị khởi tố, tạm giam chưa có trong hồ sơ: điểm danh là vắng có lý do và ghi rõ lý do.",
  },
  {
    key: "meeting.quorum",
    validFrom: charterXI,
    value: { numerator: 2, denominator: 3 },
    source: "Thiết lập của cấp ủy (không tìm thấy văn bản; domain.md §3.5 ghi [C])",
    confidence: "C",
    note:
      "Mức cảnh báo khi số đảng viên chính thức có mặt dưới tỷ lệ này so với số đảng viên chính thức phải dự (không tính " +
      "người miễn sinh hoạt, người sinh hoạt tạm thời nơi khác). Đây là mức cấp ủy tự đặt để nhắc, không phải quy định " +
      "của Điều lệ Đảng; phần mềm không chặn việc ghi biên bản.",
  },
  {
    key: "meeting.attendancePoints",
    validFrom: "2018-07-06",
    value: { criterionKey: "attendance" } satisfies AttendancePointsRule,
    source:
      "Thang điểm của Đảng ủy Khối các cơ quan tỉnh Phú Thọ: tiêu chí tỷ lệ đảng viên dự sinh hoạt (domain.md §3.4)",
    confidence: "C",
    note:
      "Tiêu chí của thang điểm được điền sẵn từ điểm danh: tỷ lệ dự họp nhân với điểm tối đa của tiêu chí, làm tròn " +
      "xuống (dự 90% thì được 18/20). Cách quy đổi này là đề xuất của phần mềm, chưa có văn bản; người chấm vẫn sửa được.",
  },
  {
    key: "meeting.absentExcusedStreak",
    validFrom: "2018-07-06",
    value: 3,
    source: "HD 12-HD/BTCTW 06/7/2018, tiêu chí 1 về chất lượng sinh hoạt chi bộ (domain.md §3.3)",
    confidence: "S-old",
    note:
      "Cảnh báo khi đảng viên vắng có lý do quá số buổi liên tiếp này. HD 42-HD/BTCTW (2025) có thể đã đổi tiêu chí, " +
      "chưa kiểm chứng.",
  },
  {
    key: "meeting.unexcusedMonthsStrikeOff",
    validFrom: charterXI,
    value: 3,
    source: "Điều lệ Đảng, Điều 8; QĐ 24-QĐ/TW mục 8.1 (domain.md §2.6, căn cứ 1)",
    confidence: "S",
    note:
      "Đảng viên bỏ sinh hoạt đảng không có lý do chính đáng số tháng này trong một năm (không cần liên tiếp) thì chi bộ " +
      "xem xét, đề nghị xóa tên. Phần mềm đếm các tháng trong năm dương lịch có buổi sinh hoạt vắng không lý do.",
  },
];
