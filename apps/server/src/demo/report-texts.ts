import type { Random } from "./random";

/**
 * The words of the demo's reports: a few sentences per narrative section, picked and varied per unit and period from
 * what its figures say, and the entered figures a unit would type (plausible, every part within its total).
 */

export type Level = "cell" | "base" | "committee";
type Figures = ReadonlyMap<string, number | null>;

const n2 = (n: number) => String(n).padStart(2, "0");
const count = (f: Figures, id: string) => Number(f.get(id) ?? 0);

function pickSome(random: Random, pool: readonly string[], howMany: number): string[] {
  const left = [...pool];
  const out: string[] = [];
  while (out.length < howMany && left.length > 0) out.push(left.splice(random.int(0, left.length - 1), 1)[0] as string);
  return out;
}

const who: Record<Level, string> = { cell: "Chi bộ", base: "Đảng bộ", committee: "Đảng ủy Khối" };

function results(random: Random, level: Level, label: string, f: Figures): string {
  const onList = count(f, "members.onList");
  const regular = count(f, "meetings.held.regular");
  const admitted = count(f, "members.admitted");
  const first = [
    `${who[level]} có ${onList} đảng viên (${count(f, "members.full")} đảng viên chính thức, ${count(f, "members.probationary")} đảng viên dự bị).`,
    `Tính đến cuối ${label}, tổng số đảng viên là ${onList} đồng chí.`,
  ];
  const pool = [
    regular > 0
      ? `Trong kỳ tổ chức ${n2(regular)} buổi sinh hoạt thường kỳ đúng quy định, nội dung bám sát nhiệm vụ chính trị của cơ quan, đơn vị.`
      : "Duy trì nền nếp sinh hoạt, thực hiện nghiêm nguyên tắc tập trung dân chủ, tự phê bình và phê bình.",
    admitted > 0
      ? `Kết nạp ${n2(admitted)} đảng viên mới, làm tốt công tác bồi dưỡng, giới thiệu quần chúng ưu tú.`
      : "Tiếp tục bồi dưỡng, theo dõi quần chúng ưu tú trong diện phát triển đảng.",
    "Đảng viên chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước và quy định nơi cư trú.",
    "Phối hợp với thủ trưởng cơ quan hoàn thành các chỉ tiêu chuyên môn đề ra, không có đảng viên vi phạm kỷ luật.",
    "Quán triệt kịp thời các nghị quyết, chỉ thị, kết luận của cấp trên; đảng viên nắm và thực hiện nghiêm túc.",
    "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với nhiệm vụ chuyên môn.",
    "Thực hiện tốt việc lấy nhận xét của chi ủy nơi cư trú đối với đảng viên theo Quy định số 213-QĐ/TW.",
    "Công tác dân vận, phối hợp với công đoàn, đoàn thanh niên được quan tâm, tạo đồng thuận trong cơ quan.",
  ];
  return [random.pick(first), ...pickSome(random, pool, random.int(2, 3))].join(" ");
}

const limitationsPool = [
  "Chất lượng một số buổi sinh hoạt chưa cao, nội dung còn chung chung, chưa đi sâu vào những vấn đề cụ thể.",
  "Tinh thần tự phê bình và phê bình của một số đảng viên còn hạn chế, ngại va chạm.",
  "Việc cập nhật hồ sơ, sổ sách đảng viên có lúc chưa kịp thời.",
  "Một số đảng viên trẻ chưa mạnh dạn phát biểu ý kiến trong sinh hoạt.",
  "Công tác tạo nguồn phát triển đảng viên trong đoàn viên thanh niên còn chậm.",
  "Việc gửi báo cáo định kỳ lên cấp trên có lúc còn chậm so với thời gian quy định.",
  "Nguyên nhân chủ yếu là khối lượng công việc chuyên môn lớn, thời gian dành cho công tác đảng chưa nhiều.",
];

const tasksPool = (next: string) => [
  `Tiếp tục nâng cao chất lượng sinh hoạt chi bộ, tổ chức ít nhất một buổi sinh hoạt chuyên đề trong ${next}.`,
  "Làm tốt công tác giáo dục chính trị tư tưởng, nắm bắt kịp thời tâm tư, nguyện vọng của đảng viên.",
  "Quan tâm bồi dưỡng quần chúng ưu tú, phấn đấu hoàn thành chỉ tiêu kết nạp đảng viên năm.",
  "Thực hiện nghiêm chế độ thông tin, báo cáo với cấp ủy cấp trên đúng thời gian quy định.",
  "Lãnh đạo hoàn thành nhiệm vụ chuyên môn, thực hành tiết kiệm, chống lãng phí.",
  "Tăng cường công tác kiểm tra, giám sát, tập trung vào việc thực hiện nhiệm vụ được giao của đảng viên.",
  "Chuẩn bị tốt các điều kiện kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên cuối năm.",
];

/** The three narrative sections of a report, as its unit would write them. */
export function narrativeOf(random: Random, level: Level, label: string, next: string, f: Figures) {
  return {
    results: results(random, level, label, f),
    limitations: pickSome(random, limitationsPool, random.int(1, 2)).join(" "),
    tasks: pickSome(random, tasksPool(next), random.int(2, 3))
      .map((t) => `- ${t}`)
      .join("\n"),
  };
}

/** What the unit above writes when it returns a report (one of these, naming the period). */
export function returnComment(random: Random, label: string): string {
  return random.pick([
    `Đề nghị chi bộ bổ sung đánh giá chất lượng các buổi sinh hoạt ${label} và nêu rõ nguyên nhân đảng viên vắng mặt.`,
    `Phần phương hướng ${label.replace(/^tháng \d+/, "tháng tới")} còn chung chung, đề nghị chi bộ cụ thể hóa nhiệm vụ, thời gian, người thực hiện.`,
    `Số liệu sinh hoạt chưa khớp với biên bản lưu tại đảng ủy; đề nghị chi bộ rà soát, cập nhật lại rồi gửi báo cáo.`,
  ]);
}

/**
 * The entered figures a base committee (or the committee's own office) types for a half-year or a year: inspection,
 * supervision, letters, discipline, training, propaganda; every "of which" within its total. `scale` is 1 for a
 * half-year, 2 for a year; `size` the number of members in the subtree.
 */
export function enteredOwn(random: Random, scale: number, size: number): Record<string, number> {
  const r = (min: number, max: number) => random.int(min * scale, max * scale);
  const inspected = r(1, 4);
  const letters = random.int(0, 2 * scale);
  const disciplined = random.chance(0.15 * scale) ? 1 : 0;
  const form = random.pick(["reprimand", "warning"]);
  const classes = r(1, 2);
  const sessions = r(2, 5);
  return {
    "entered.targets.admissions": Math.max(1, Math.round(size / 30) + random.int(0, 1)),
    "entered.inspection.orgs": r(0, 1),
    "entered.inspection.members": inspected,
    "entered.inspection.suspectedMembers": random.chance(0.1) ? 1 : 0,
    "entered.supervision.orgs": r(1, 2),
    "entered.supervision.members": r(2, 6),
    "entered.letters.received": letters,
    "entered.letters.resolved": letters - (letters > 0 && random.chance(0.2) ? 1 : 0),
    "entered.discipline.orgs": 0,
    "entered.discipline.members": disciplined,
    "entered.discipline.reprimand": form === "reprimand" ? disciplined : 0,
    "entered.discipline.warning": form === "warning" ? disciplined : 0,
    "entered.discipline.removal": 0,
    "entered.discipline.expulsion": 0,
    "entered.training.classes": classes,
    "entered.training.learners": classes * random.int(15, 45),
    "entered.training.awarenessLearners": random.int(3, 12) * scale,
    "entered.training.newMemberLearners": random.int(0, 3) * scale,
    "entered.propaganda.sessions": sessions,
    "entered.propaganda.listeners": sessions * random.int(20, 60),
    "entered.selfCorrection.sessions": r(1, 2),
    "entered.politicalStandards.conclusions": random.int(0, 4) * scale,
  };
}
