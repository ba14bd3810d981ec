import type { Random } from "./random";

/** What a cell's meetings talk about: the agenda, the minutes and the tasks, varied by month and by topic. */

export const regularAgenda = [
  "Khai mạc, giới thiệu thư ký",
  "Điểm danh, báo cáo số đảng viên có mặt, vắng mặt và lý do; thu đảng phí",
  "Thông qua chương trình",
  "Báo cáo kết quả tháng và kiểm điểm việc thực hiện nghị quyết kỳ trước",
  "Phổ biến văn bản của cấp trên",
  "Thảo luận",
  "Kết luận, phân công nhiệm vụ; biểu quyết nghị quyết",
  "Đánh giá chất lượng buổi sinh hoạt",
  "Thông qua biên bản; bế mạc",
].map((title) => ({ title }));

interface Topic {
  title: string;
  report: string;
  discussion: string;
  conclusion: string;
  task: string;
}

const topics: readonly Topic[] = [
  {
    title: "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trách nhiệm nêu gương",
    report: "Báo cáo chuyên đề về trách nhiệm nêu gương của cán bộ, đảng viên (Chỉ thị 05-CT/TW)",
    discussion:
      "Đảng viên liên hệ bản thân về tác phong, giờ giấc làm việc và thái độ phục vụ người dân; một số đồng chí nêu việc còn chậm trả lời văn bản.",
    conclusion: "Mỗi đảng viên đăng ký một việc làm cụ thể làm theo gương Bác, chi ủy theo dõi và đánh giá cuối năm.",
    task: "Tổng hợp bản đăng ký việc làm làm theo gương Bác của đảng viên",
  },
  {
    title: "Nâng cao chất lượng sinh hoạt chi bộ theo Chỉ thị 50-CT/TW",
    report: "Báo cáo chuyên đề về đổi mới nội dung, hình thức sinh hoạt chi bộ",
    discussion:
      "Các đồng chí đề nghị gửi tài liệu trước qua Sổ tay đảng viên, rút ngắn phần đọc báo cáo, dành thời gian cho thảo luận.",
    conclusion:
      "Từ tháng sau, tài liệu sinh hoạt được gửi trước ít nhất ba ngày; mỗi kỳ chọn một vấn đề để thảo luận sâu.",
    task: "Gửi tài liệu sinh hoạt trước ba ngày qua Sổ tay đảng viên",
  },
  {
    title: "Chuyển đổi số trong cơ quan và thực hiện Nghị quyết 57-NQ/TW",
    report: "Báo cáo chuyên đề về tiến độ số hóa hồ sơ, dịch vụ công trực tuyến của cơ quan",
    discussion: "Đảng viên nêu khó khăn về đường truyền, chữ ký số; đề xuất tập huấn cho cán bộ lớn tuổi.",
    conclusion: "Giao chi ủy phối hợp với chuyên môn tổ chức tập huấn sử dụng chữ ký số và phần mềm quản lý văn bản.",
    task: "Tổ chức tập huấn chữ ký số cho đảng viên trong chi bộ",
  },
  {
    title: "Phòng, chống tham nhũng, tiêu cực; thực hành tiết kiệm",
    report: "Báo cáo chuyên đề về kê khai tài sản, thu nhập và công khai, minh bạch trong cơ quan",
    discussion:
      "Chi bộ thảo luận về công khai mua sắm tài sản, tiết kiệm điện, văn phòng phẩm; không có biểu hiện tiêu cực được phản ánh.",
    conclusion: "Đảng viên gương mẫu thực hành tiết kiệm; chi ủy giám sát việc công khai mua sắm trong quý tới.",
    task: "Rà soát, công khai kế hoạch mua sắm tài sản của cơ quan",
  },
  {
    title: "Bảo vệ nền tảng tư tưởng của Đảng trên mạng xã hội",
    report: "Báo cáo chuyên đề về nhận diện và đấu tranh với quan điểm sai trái, thù địch (Nghị quyết 35-NQ/TW)",
    discussion: "Đảng viên trao đổi cách nhận biết tin giả, trách nhiệm khi chia sẻ thông tin trên mạng xã hội.",
    conclusion:
      "Mỗi đảng viên không chia sẻ thông tin chưa kiểm chứng; phản ánh kịp thời thông tin xấu, độc về chi ủy.",
    task: "Phổ biến quy định về đảng viên sử dụng mạng xã hội",
  },
];

/** A month's own matters: holidays, campaigns, the year's reviews. */
const monthly: Record<string, string> = {
  "01": "Chuẩn bị đón Tết Nguyên đán, thăm hỏi gia đình chính sách; kỷ niệm ngày thành lập Đảng 3/2",
  "02": "Triển khai nhiệm vụ sau Tết; trao Huy hiệu Đảng đợt 3/2",
  "03": "Hưởng ứng Tháng Thanh niên; kiểm tra việc thực hiện quy chế dân chủ ở cơ quan",
  "04": "Kỷ niệm ngày Giải phóng miền Nam 30/4 và Quốc tế Lao động 1/5",
  "05": "Kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh 19/5; trao Huy hiệu Đảng đợt 19/5",
  "06": "Sơ kết công tác 6 tháng đầu năm; phương hướng nhiệm vụ 6 tháng cuối năm",
  "07": "Kỷ niệm ngày Thương binh - Liệt sĩ 27/7; tổ chức thăm hỏi gia đình chính sách",
  "08": "Chuẩn bị kỷ niệm Cách mạng tháng Tám và Quốc khánh 2/9",
  "09": "Trao Huy hiệu Đảng đợt 2/9; triển khai nhiệm vụ quý IV",
  "10": "Kiểm điểm việc thực hiện nhiệm vụ chính trị 9 tháng; chuẩn bị kiểm điểm cuối năm",
  "11": "Hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm; trao Huy hiệu Đảng đợt 7/11",
  "12": "Kiểm điểm, đánh giá, xếp loại chất lượng tập thể, cá nhân; tổng kết công tác năm",
};

const discussions = [
  "Các đồng chí đảng viên phát biểu, thống nhất với báo cáo; đề nghị đẩy nhanh tiến độ giải quyết hồ sơ tồn đọng.",
  "Ý kiến đề nghị phân công rõ người, rõ việc; một đồng chí nêu khó khăn do thiếu biên chế ở bộ phận.",
  "Đảng viên góp ý về tinh thần phối hợp giữa các bộ phận; chi ủy tiếp thu và sẽ trao đổi với lãnh đạo cơ quan.",
  "Chi bộ thảo luận kế hoạch của cơ quan trong tháng; các ý kiến thống nhất, không có ý kiến khác.",
  "Một số đồng chí đề nghị tăng cường kiểm tra việc thực hiện nghị quyết kỳ trước, nhất là các nhiệm vụ còn chậm.",
];
const conclusions = [
  "Chi bộ thống nhất kết luận và phân công nhiệm vụ cho từng đảng viên.",
  "Chi bộ giao chi ủy đôn đốc, kiểm tra việc thực hiện; báo cáo kết quả tại kỳ sinh hoạt sau.",
  "Chi bộ thống nhất nghị quyết tháng; các đảng viên được phân công hoàn thành trước ngày 25.",
];
const tasks = [
  "Hoàn thành các hồ sơ tồn đọng của bộ phận",
  "Đôn đốc thu nộp đảng phí đúng hạn",
  "Chuẩn bị báo cáo kết quả công tác tháng gửi đảng ủy",
  "Thăm hỏi đảng viên ốm đau, gia đình có việc hiếu",
  "Cập nhật thông tin đảng viên vào Sổ tay đảng viên",
];
const absenceReasons = ["Đi công tác", "Ốm, điều trị tại bệnh viện", "Việc gia đình", "Đi học tập trung", "Nghỉ phép"];

export function monthlyMatter(month: string): string {
  return monthly[month] ?? "Triển khai nhiệm vụ chính trị của cơ quan";
}

export function regularMinutes(random: Random, month: string) {
  return {
    agenda: regularAgenda.map((item, i) => (i === 3 ? { ...item, note: monthlyMatter(month) } : item)),
    discussion: random.pick(discussions),
    conclusions: random.pick(conclusions),
    task: random.pick(tasks),
  };
}

export function thematicMinutes(random: Random) {
  const topic = random.pick(topics);
  return {
    topic: `Chuyên đề: ${topic.title}`,
    agenda: [
      { title: "Khai mạc, giới thiệu thư ký; điểm danh" },
      { title: topic.report },
      { title: "Đảng viên thảo luận, liên hệ thực tiễn cơ quan và bản thân" },
      { title: "Kết luận chuyên đề; đảng viên đăng ký việc làm cụ thể" },
      { title: "Đánh giá chất lượng buổi sinh hoạt" },
      { title: "Thông qua biên bản; bế mạc" },
    ],
    discussion: topic.discussion,
    conclusions: topic.conclusion,
    task: topic.task,
  };
}

export function absenceReason(random: Random): string {
  return random.pick(absenceReasons);
}
