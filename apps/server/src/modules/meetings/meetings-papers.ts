import type { Meeting, QualityLevel } from "@dangvu/contract";
import type { Ctx } from "../../context";
import {
  type Block,
  bodyLine,
  cellBody,
  documentTitle,
  partyDate,
  partyDocx,
  partyHeading,
  sectionHeading,
  signatureBlock,
  twoSignatures,
} from "../../platform/party-document";
import { dmy } from "../../rules/dates";
import { type PaperUnit, paperUnit, signerOn } from "../org";
import { getMeeting } from "./meetings.service";
import { tasksOfMeeting } from "./meetings-documents.repo";

export interface Paper {
  fileName: string;
  buffer: Buffer;
}

const levelLabels: Record<QualityLevel, string> = { good: "Tốt", fair: "Khá", average: "Trung bình", poor: "Kém" };
const kindLabels: Record<Meeting["kind"], string> = {
  regular: "sinh hoạt chi bộ thường kỳ",
  thematic: "sinh hoạt chuyên đề",
  extraordinary: "sinh hoạt chi bộ bất thường",
  committee: "họp cấp ủy",
};
const dots = "……";

/** The minutes (biên bản) of a meeting in the party format, for anyone who may read the meeting. */
export async function minutesDocx(ctx: Ctx, id: string): Promise<Paper> {
  const meeting = await getMeeting(ctx, id);
  const [unit, tasks] = await Promise.all([paperUnit(ctx.db, meeting.orgUnitId), tasksOfMeeting(ctx.db, id)]);
  const when = localTime(meeting.scheduledAt);
  // Minutes carry no place-and-date line under the header: their time and place are in the body (§4.1).
  const buffer = await partyDocx([
    partyHeading({ parentBody: unit.parentName, issuingBody: issuingBody(unit.name) }),
    ...documentTitle("BIÊN BẢN", `${kindLabels[meeting.kind]} ${monthOf(when.date)}`),
    sectionHeading("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
    bodyLine(`Thời gian: bắt đầu lúc ${when.time}, ${partyDate(when.date)}.`),
    bodyLine(`Địa điểm: ${meeting.place || dots}.`),
    bodyLine(`Chủ trì: đồng chí ${meeting.chairName || dots}. Thư ký: đồng chí ${meeting.secretaryName || dots}.`),
    ...attendanceLines(meeting),
    sectionHeading("II. NỘI DUNG"),
    bodyLine(`Chủ đề: ${meeting.topic}.`),
    bodyLine("1. Chương trình:"),
    ...meeting.agenda.map((item) => bodyLine(`- ${item.title}${item.note ? `: ${item.note}` : ""}`)),
    bodyLine("2. Ý kiến thảo luận:"),
    ...paragraphs(meeting.discussion),
    bodyLine("3. Kết luận:"),
    ...paragraphs(meeting.conclusions),
    bodyLine("4. Biểu quyết:"),
    ...voteLines(meeting),
    bodyLine("5. Nghị quyết, nhiệm vụ:"),
    ...(tasks.length
      ? tasks.map((t) => bodyLine(`- ${t.title}; phụ trách: ${t.ownerName}; thời hạn: ${dmy(t.dueOn)}.`))
      : [bodyLine("- Không có.")]),
    sectionHeading("III. ĐÁNH GIÁ CHẤT LƯỢNG BUỔI SINH HOẠT"),
    bodyLine(
      meeting.score
        ? `Tổng điểm: ${meeting.score.total}; xếp loại: ${levelLabels[meeting.score.level]}.`
        : `Tổng điểm: ${dots}; xếp loại: ${dots}.`,
    ),
    bodyLine(closingLine(meeting)),
    twoSignatures({ title: "THƯ KÝ", name: meeting.secretaryName }, { title: "CHỦ TRÌ", name: meeting.chairName }),
  ]);
  return { fileName: `bien-ban-${fileKind(meeting)}-${when.date}.docx`, buffer };
}

/** The invitation (giấy mời) to a meeting: time, place, topic and agenda, signed for the committee. */
export async function invitationDocx(ctx: Ctx, id: string): Promise<Paper> {
  const meeting = await getMeeting(ctx, id);
  const unit = await paperUnit(ctx.db, meeting.orgUnitId);
  const when = localTime(meeting.scheduledAt);
  const cell = meeting.kind !== "committee";
  // Before it is issued the paper is a draft: today's date and a blank number (issuing takes one from the register).
  const issuedOn = meeting.invitation?.issuedOn ?? ctx.today;
  const buffer = await partyDocx([
    partyHeading({
      parentBody: unit.parentName,
      issuingBody: issuingBody(unit.name),
      number: meeting.invitation ? `Số ${meeting.invitation.code}` : "Số       -GM/CB",
      place: unit.locality,
      date: issuedOn,
    }),
    ...documentTitle("GIẤY MỜI"),
    bodyLine(`${cell ? unit.name : `Thường trực cấp ủy ${unit.name}`} trân trọng kính mời:`),
    bodyLine(cell ? "Các đồng chí đảng viên trong chi bộ." : "Các đồng chí cấp ủy viên."),
    bodyLine(`Đến dự: ${kindLabels[meeting.kind]}.`),
    bodyLine(`Chủ đề: ${meeting.topic}.`),
    bodyLine(`Thời gian: ${when.time}, ${partyDate(when.date)}.`),
    bodyLine(`Địa điểm: ${meeting.place || dots}.`),
    ...(meeting.chairName ? [bodyLine(`Chủ trì: đồng chí ${meeting.chairName}.`)] : []),
    bodyLine("Nội dung:"),
    ...meeting.agenda.map((item) => bodyLine(`- ${item.title}`)),
    bodyLine("Đề nghị các đồng chí dự đầy đủ, đúng giờ; vắng mặt phải báo cáo lý do với chi ủy."),
    signatureBlock(await invitationSigner(ctx, unit, meeting.orgUnitId, issuedOn), [
      cell ? "Đảng viên trong chi bộ" : "Các đồng chí cấp ủy viên",
      "Lưu chi bộ",
    ]),
  ]);
  return { fileName: `giay-moi-${fileKind(meeting)}-${when.date}.docx`, buffer };
}

/** Who signs the invitation for the unit on its day of issue: its bí thư, or failing one its phó bí thư (positions). */
async function invitationSigner(ctx: Ctx, unit: PaperUnit, unitId: string, on: string) {
  const signer = await signerOn(ctx.db, unitId, on);
  return {
    authority: /cell/.test(unit.type) ? "T/M CHI BỘ" : "T/M ĐẢNG ỦY",
    title: signer?.kind === "deputy_secretary" ? "PHÓ BÍ THƯ" : "BÍ THƯ",
    name: signer?.name ?? null,
  };
}

/** "Buổi sinh hoạt kết thúc lúc 10 giờ 15 cùng ngày", with the hour the minutes recorded (blanks without one). */
function closingLine(meeting: Meeting): string {
  const subject = meeting.kind === "committee" ? "Cuộc họp" : "Buổi sinh hoạt";
  const [hour, minute] = meeting.endTime ? meeting.endTime.split(":") : [dots, dots];
  const before = meeting.kind === "committee" ? "cuộc họp" : "chi bộ";
  return `${subject} kết thúc lúc ${hour} giờ ${minute} cùng ngày; biên bản đã được thông qua trước ${before}.`;
}

function attendanceLines(meeting: Meeting): Block[] {
  const { counts, roster } = meeting;
  const absent = roster.filter((p) => p.attendance === "absent_excused" || p.attendance === "absent_unexcused");
  const total = counts.fullMembers + counts.probationaryMembers;
  const notCounted = total - counts.counted;
  const guests = roster.filter((p) => p.temporary);
  const guestsPresent = guests.filter((p) => p.attendance === "present").length;
  return [
    bodyLine(
      `Tổng số đảng viên của chi bộ: ${total} đồng chí (chính thức: ${counts.fullMembers}; dự bị: ${counts.probationaryMembers}).`,
    ),
    ...(notCounted ? [bodyLine(`Miễn sinh hoạt hoặc sinh hoạt tạm thời nơi khác: ${notCounted} đồng chí.`)] : []),
    ...(guests.length
      ? [
          bodyLine(
            `Đảng viên nơi khác sinh hoạt tạm thời tại chi bộ: ${guests.length} đồng chí, có mặt ${guestsPresent} (không biểu quyết, không tính vào số đảng viên của chi bộ).`,
          ),
        ]
      : []),
    bodyLine(
      `Có mặt: ${counts.present} đồng chí; vắng mặt: ${counts.absentExcused + counts.absentUnexcused} đồng chí (có lý do: ${counts.absentExcused}; không có lý do: ${counts.absentUnexcused}).`,
    ),
    ...absent.map((p) =>
      bodyLine(
        p.attendance === "absent_excused"
          ? `- Đồng chí ${p.fullName}: vắng có lý do${p.reason ? ` (${p.reason})` : ""}.`
          : `- Đồng chí ${p.fullName}: vắng không có lý do.`,
      ),
    ),
  ];
}

const voteKindLabels: Record<Meeting["votes"][number]["kind"], string> = {
  resolution: "",
  admission: " (kết nạp đảng viên)",
  full_membership: " (công nhận đảng viên chính thức)",
};

/** The base, then each vote with its count against the base, the share needed and the verdict. */
function voteLines(meeting: Meeting): Block[] {
  if (meeting.votes.length === 0) return [bodyLine("- Không có.")];
  return [bodyLine(baseLine(meeting.voting)), ...meeting.votes.map((v) => bodyLine(voteLine(v, meeting.voting)))];
}

function baseLine(voting: Meeting["voting"]): string {
  const { excluded } = voting;
  const left = [
    excluded.temporaryElsewhere && `${excluded.temporaryElsewhere} đồng chí sinh hoạt tạm thời nơi khác`,
    excluded.exemptAbsent && `${excluded.exemptAbsent} đồng chí miễn sinh hoạt vắng mặt`,
    excluded.absentExcused && `${excluded.absentExcused} đồng chí vắng có lý do`,
  ].filter(Boolean);
  const detail = left.length
    ? `${voting.fullMembers} đảng viên chính thức, trừ ${left.join(", ")}`
    : "toàn bộ đảng viên chính thức";
  return `Số đảng viên chính thức làm căn cứ biểu quyết: ${voting.base} đồng chí (${detail}).`;
}

function voteLine(v: Meeting["votes"][number], voting: Meeting["voting"]): string {
  const { base, needed, passed } = v.verdict;
  const t = voting.thresholds[v.kind];
  const share = `${t.strict ? "quá" : "ít nhất"} ${t.numerator}/${t.denominator}`;
  const percent = base ? ` (${percentVi((v.forCount / base) * 100)})` : "";
  return (
    `- ${v.subject}${voteKindLabels[v.kind]}: tán thành ${v.forCount}/${base} đồng chí${percent}; ` +
    `không tán thành ${v.againstCount}; không biểu quyết ${v.abstainCount}. ` +
    `Kết quả: ${passed ? "thông qua" : "không thông qua"} (cần ${share}, ít nhất ${needed}/${base}).`
  );
}

/** "66,7%": one decimal at most, with a decimal comma. */
function percentVi(value: number): string {
  return `${(Math.round(value * 10) / 10).toLocaleString("vi-VN", { maximumFractionDigits: 1 })}%`;
}

function paragraphs(value: string | null): Block[] {
  const lines = (value ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length ? lines.map((l) => bodyLine(l)) : [bodyLine(dots)];
}

function issuingBody(unitName: string): string {
  return /^chi bộ/i.test(unitName) ? cellBody(unitName) : unitName;
}

function fileKind(meeting: Meeting): string {
  return meeting.kind === "committee" ? "hop-cap-uy" : "sinh-hoat";
}

/** "tháng 12 năm 2026" for the summary line under the title. */
function monthOf(date: string): string {
  const [year, month] = date.split("-").map(Number) as [number, number];
  return `tháng ${month <= 2 ? `0${month}` : month} năm ${year}`;
}

/** Date and "07 giờ 30" of a meeting in Vietnam (UTC+7, no daylight saving). */
function localTime(iso: string): { date: string; time: string } {
  const local = new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString();
  return { date: local.slice(0, 10), time: `${local.slice(11, 13)} giờ ${local.slice(14, 16)}` };
}
