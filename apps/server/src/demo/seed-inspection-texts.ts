import type { CaseKind, InspectingBody } from "@dangvu/contract";
import type { Random } from "./random";

/** The name of a body of a unit, as decisions are headed ("Ủy ban Kiểm tra Đảng ủy Sở Y tế"). */
export function bodyName(body: InspectingBody, unitName: string): string {
  const committee = unitName.replace(/^Đảng bộ/, "Đảng ủy");
  if (body === "inspection_committee") return `Ủy ban Kiểm tra ${committee}`;
  if (body === "standing_committee") return `Ban Thường vụ ${committee}`;
  return committee;
}

/** The code after the slash of a body's papers ("QĐ/UBKT", "CTr/ĐU"): the bloc's committee signs "ĐUK". */
export function bodyCode(body: InspectingBody, bloc: boolean): string {
  if (body === "inspection_committee") return "UBKT";
  return bloc ? "ĐUK" : "ĐU";
}

/** What a kind of item or case is about, as programmes word it; `of` names the subjects. */
const contents: Record<CaseKind, readonly string[]> = {
  inspection_regular: [
    "Kiểm tra việc lãnh đạo, chỉ đạo thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Kiểm tra việc lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị và công tác xây dựng Đảng năm {year}",
    "Kiểm tra việc thực hiện quy chế làm việc, nguyên tắc tập trung dân chủ và chế độ sinh hoạt đảng",
  ],
  inspection_suspected: ["Kiểm tra khi có dấu hiệu vi phạm"],
  inspection_duties: ["Kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát năm {year}"],
  inspection_enforcement: ["Kiểm tra việc thi hành kỷ luật trong Đảng và việc thực hiện quyết định kỷ luật"],
  inspection_finance: [
    "Kiểm tra việc thu, nộp, quản lý và sử dụng đảng phí năm {previous}",
    "Kiểm tra tài chính đảng: việc quản lý, sử dụng kinh phí hoạt động của cấp ủy năm {previous}",
  ],
  supervision_regular: ["Giám sát thường xuyên việc thực hiện nhiệm vụ của tổ chức đảng và đảng viên"],
  supervision_thematic: [
    "Giám sát chuyên đề việc thực hiện chế độ sinh hoạt chi bộ và nâng cao chất lượng sinh hoạt chi bộ",
    "Giám sát chuyên đề việc rèn luyện phẩm chất chính trị, đạo đức, lối sống và thực hiện những điều đảng viên không được làm",
    "Giám sát chuyên đề việc kê khai, công khai tài sản, thu nhập và thực hiện quy định nêu gương",
    "Giám sát chuyên đề việc lãnh đạo thực hiện công tác phòng, chống tham nhũng, lãng phí, tiêu cực",
  ],
};

/** The kinds each body plans, with their weights: a committee leads, its inspection committee checks. */
export const plannedKinds: Record<"committee" | "inspection_committee", readonly (readonly [CaseKind, number])[]> = {
  committee: [
    ["inspection_regular", 3],
    ["supervision_thematic", 4],
  ],
  inspection_committee: [
    ["inspection_duties", 4],
    ["inspection_finance", 3],
    ["supervision_thematic", 4],
    ["inspection_enforcement", 1],
  ],
};

export function contentOf(random: Random, kind: CaseKind, year: number): string {
  return random
    .pick(contents[kind])
    .replace("{year}", String(year))
    .replace("{previous}", String(year - 1));
}

/** A case's title: its content and whom it concerns ("… đối với Chi bộ Phòng Y tế và Chi bộ Văn phòng"). */
export function titleOf(content: string, subjectNames: readonly string[]): string {
  const names =
    subjectNames.length <= 2
      ? subjectNames.join(" và ")
      : `${subjectNames.slice(0, -1).join(", ")} và ${subjectNames.at(-1)}`;
  const title = `${content} đối với ${names}`;
  return title.length <= 300 ? title : `${content} đối với ${subjectNames.length} tổ chức đảng và đảng viên`;
}

/** The conclusion of a case that found no violation: what was done well, what falls short, what to remedy. */
export function conclusionOf(random: Random, supervision: boolean): string {
  const good = random.pick([
    "Tổ chức đảng và đảng viên được kiểm tra đã chấp hành nghiêm nguyên tắc tập trung dân chủ, quy chế làm việc; duy trì nền nếp sinh hoạt định kỳ.",
    "Cơ bản thực hiện tốt các nội dung được kiểm tra; hồ sơ, sổ sách được lập và lưu trữ đầy đủ, đúng quy định.",
    "Việc thu, nộp đảng phí đúng đối tượng, đúng mức, nộp cấp trên kịp thời; chứng từ chi tiêu hợp lệ.",
    "Đảng viên được giám sát giữ gìn phẩm chất đạo đức, lối sống; hoàn thành nhiệm vụ được giao.",
  ]);
  const short = random.pick([
    "Tuy nhiên, nội dung sinh hoạt chuyên đề chưa phong phú; biên bản một số kỳ sinh hoạt ghi chưa đầy đủ ý kiến thảo luận.",
    "Tuy nhiên, chương trình kiểm tra, giám sát năm chưa xác định rõ trọng tâm; việc theo dõi khắc phục sau kiểm tra còn chậm.",
    "Tuy nhiên, một số đảng viên nộp đảng phí chưa đúng mức quy định (tính thiếu phụ cấp); sổ thu đảng phí ghi chưa kịp thời.",
    "Tuy nhiên, việc tự phê bình và phê bình có lúc chưa thẳng thắn; việc báo cáo kết quả thực hiện nhiệm vụ còn chậm.",
  ]);
  const ask = supervision
    ? "Đề nghị tổ chức đảng và đảng viên được giám sát phát huy ưu điểm, khắc phục hạn chế đã chỉ ra."
    : "Yêu cầu khắc phục các hạn chế đã chỉ ra, báo cáo kết quả về Ủy ban Kiểm tra trong thời hạn 30 ngày.";
  return `${good} ${short} ${ask}`;
}

/** The follow-up recorded when a case is closed. */
export function followUpOf(random: Random): string {
  return random.pick([
    "Tổ chức đảng được kiểm tra đã báo cáo kết quả khắc phục; đã bổ sung, hoàn thiện hồ sơ theo kết luận.",
    "Đã thu nộp bổ sung số đảng phí còn thiếu; sổ sách được điều chỉnh đúng quy định.",
    "Đã tổ chức kiểm điểm, rút kinh nghiệm tại chi bộ; kết quả khắc phục đạt yêu cầu.",
    "Các hạn chế đã được khắc phục; đoàn kiểm tra theo dõi và báo cáo kết thúc.",
  ]);
}

/** What a verification looked at, or what the subject's self-report said. */
export const stepNotes = {
  selfReport: [
    "Đã nhận báo cáo tự kiểm tra và hồ sơ, tài liệu kèm theo.",
    "Tổ chức đảng được kiểm tra đã gửi báo cáo giải trình đúng hạn.",
    "Đảng viên được giám sát đã báo cáo bằng văn bản về các nội dung theo đề cương.",
  ],
  verification: [
    "Làm việc trực tiếp với cấp ủy; đối chiếu sổ sách, chứng từ năm trước.",
    "Thẩm tra, xác minh tại chi bộ; làm việc với các đảng viên có liên quan.",
    "Kiểm tra hồ sơ, biên bản sinh hoạt và sổ theo dõi thu nộp đảng phí.",
  ],
};

/** Violations found on members (the discipline decided for them, reprimand or warning). */
export const violations = [
  "Thiếu trách nhiệm trong thẩm định hồ sơ thanh toán, để xảy ra sai sót trong thanh toán kinh phí chương trình mục tiêu.",
  "Vi phạm quy định về những điều đảng viên không được làm: sử dụng xe công vào việc riêng nhiều lần.",
  "Thiếu trách nhiệm trong quản lý, để cán bộ thuộc quyền vi phạm quy định về đấu thầu mua sắm thiết bị.",
  "Vi phạm quy chế làm việc, không báo cáo cấp ủy khi quyết định nội dung thuộc thẩm quyền tập thể.",
  "Vi phạm quy định về kê khai tài sản, thu nhập: kê khai không đầy đủ, không trung thực.",
  "Vi phạm chế độ sinh hoạt đảng: nhiều lần không tham gia sinh hoạt chi bộ không có lý do chính đáng.",
];

/** The conclusion of a case from a letter that found the member at fault. */
export function violationConclusion(memberName: string, violation: string): string {
  return (
    `Đồng chí ${memberName} đã có vi phạm: ${violation.replace(/\.$/, "")}. ` +
    "Vi phạm đến mức phải xem xét, thi hành kỷ luật; đề nghị Ủy ban Kiểm tra xem xét, quyết định."
  );
}

/** The conclusion of a case from a letter whose content was not borne out. */
export const unfoundedConclusion =
  "Nội dung tố cáo không có cơ sở: việc thực hiện đúng quy định, hồ sơ đầy đủ. Đề nghị đảng viên được tố cáo tiếp tục " +
  "phát huy tinh thần trách nhiệm; thông báo kết quả cho người tố cáo.";

/** What the letters say, by kind: the summary names the subject with `{who}`. */
export const letterSummaries = {
  denunciation: [
    "Tố cáo {who} có biểu hiện vụ lợi trong việc xét duyệt hồ sơ, gây phiền hà cho người dân.",
    "Tố cáo {who} sử dụng xe công, tài sản công vào việc riêng.",
    "Tố cáo {who} kê khai tài sản, thu nhập không trung thực, có nhà đất chưa kê khai.",
    "Tố cáo {who} thiếu công khai, minh bạch trong việc mua sắm trang thiết bị của đơn vị.",
  ],
  petition: [
    "Phản ánh {who} chậm giải quyết hồ sơ của công dân, đề nghị xem xét trách nhiệm.",
    "Kiến nghị làm rõ việc bố trí, sắp xếp cán bộ sau hợp nhất liên quan đến {who}.",
    "Phản ánh {who} có thái độ không đúng mực khi tiếp công dân.",
  ],
  complaint: [
    "Khiếu nại việc đánh giá, xếp loại chất lượng đảng viên cuối năm do {who} thực hiện, cho rằng chưa khách quan.",
  ],
};

export const forwardTargets = [
  "Ủy ban Kiểm tra Tỉnh ủy Bình Sơn",
  "Thanh tra tỉnh Bình Sơn",
  "Sở Nội vụ tỉnh Bình Sơn",
];

export const letterResults = [
  "Đã xem xét, xác minh: nội dung phản ánh đúng một phần; đã yêu cầu đảng viên kiểm điểm, rút kinh nghiệm trước chi bộ.",
  "Đã xác minh: nội dung đơn không có cơ sở; đã trả lời bằng văn bản cho người gửi đơn.",
  "Đã chỉ đạo chi bộ làm việc với đảng viên có liên quan; đảng viên đã khắc phục, người gửi đơn đồng ý với kết quả.",
];

/** Why a letter from no one who can be answered is kept without action: the module's words (letters service). */
export const filedReasons = {
  anonymous: "Đơn nặc danh: lưu đơn, không xem xét, giải quyết (Quy định 22-QĐ/TW, Điều 20).",
  false_name: "Đơn mạo danh: lưu đơn, không xem xét, giải quyết (Quy định 22-QĐ/TW, Điều 20).",
  no_address: "Đơn không rõ địa chỉ người gửi: lưu đơn, không xem xét, giải quyết (Quy định 22-QĐ/TW, Điều 20).",
} as const;

const streets = ["Lê Lợi", "Trần Hưng Đạo", "Nguyễn Huệ", "Hai Bà Trưng", "Quang Trung", "Phan Đình Phùng"];

export function senderAddress(random: Random): string {
  return `Số ${random.int(2, 180)} đường ${random.pick(streets)}, phường ${random.pick(["Bắc Sơn", "Nam Sơn", "Đông Hòa", "Tân Phong"])}, tỉnh Bình Sơn`;
}
