import type { Member } from "@dangvu/contract";
import { type Block, bodyLine, documentTitle, partyHeading, signatureBlock, text } from "../../platform/party-document";
import { dmy } from "../../rules/dates";
import type { PaperUnit } from "../org";

export interface TransferFacts {
  member: Member;
  kind: "official" | "temporary";
  decidedOn: string;
  /** The last day to present the letter at the receiving organisation (30 working days, QĐ 294 mục 6.3.1). */
  dueOn: string | null;
  expectedReturnOn: string | null;
  target: string;
  fromCell: PaperUnit;
  issuer: PaperUnit;
  signer: string | null;
}

const blankDots = "………";

/**
 * The giấy giới thiệu sinh hoạt đảng (records-and-calendar.md §2.6): card and file numbers, the member, where they
 * go and by when; issued by the grassroots committee. The register numbers (số GTSHĐ, số SĐV) and the month the dues
 * are paid to are left for the hand, as the form is filled in ink.
 */
export function transferLetter(facts: TransferFacts): Block[] {
  const { member, issuer } = facts;
  const committee = issuer.type === "grassroots_cell" ? "CHI ỦY" : "ĐẢNG ỦY";
  const issuingBody = issuer.type === "grassroots_cell" ? issuer.name : issuer.name.replace(/^Đảng bộ/i, "Đảng ủy");
  const kind = facts.kind === "official" ? "chính thức" : "tạm thời";
  const status = member.status === "probationary" ? "đảng viên dự bị" : "đảng viên chính thức";
  return [
    partyHeading({
      parentBody: issuer.parentName,
      issuingBody,
      number: `Số ${blankDots} GTSHĐ`,
      place: issuer.locality,
      date: facts.decidedOn,
    }),
    ...documentTitle("GIẤY GIỚI THIỆU SINH HOẠT ĐẢNG", `(chuyển sinh hoạt đảng ${kind})`),
    bodyLine(`Số thẻ đảng viên: ${member.cardNumber ?? blankDots}; số lý lịch: ${member.fileNumber ?? blankDots}.`),
    bodyLine(`Số thứ tự trong sổ danh sách đảng viên: ${blankDots} SĐV.`),
    bodyLine([text("Kính gửi: ", { bold: true }), text(`${facts.target}.`)]),
    bodyLine([
      text(`${issuingBody} trân trọng giới thiệu đồng chí: `),
      text(member.fullName, { bold: true }),
      text(`, sinh ngày ${dmy(member.birthDate)}, là ${status}.`),
    ]),
    bodyLine(
      `Ngày vào Đảng: ${member.admissionDecidedOn ? dmy(member.admissionDecidedOn) : blankDots}; ngày chính thức: ${member.fullMembershipOn ? dmy(member.fullMembershipOn) : blankDots}.`,
    ),
    bodyLine(
      `Đang sinh hoạt tại: ${facts.fromCell.name}${facts.fromCell.parentName ? `, ${facts.fromCell.parentName}` : ""}.`,
    ),
    bodyLine(`Được chuyển sinh hoạt đảng ${kind} đến: ${facts.target}.`),
    ...(facts.kind === "temporary" && facts.expectedReturnOn
      ? [bodyLine(`Thời gian sinh hoạt đảng tạm thời đến ngày ${dmy(facts.expectedReturnOn)}.`)]
      : []),
    bodyLine(`Đã đóng đảng phí hết tháng ${blankDots} năm ${blankDots}.`),
    bodyLine("Đề nghị các đồng chí tiếp nhận và giới thiệu đồng chí về sinh hoạt đảng theo quy định."),
    ...(facts.dueOn
      ? [bodyLine([text(`Giấy giới thiệu này có giá trị đến hết ngày ${dmy(facts.dueOn)}.`, { italics: true })])]
      : []),
    signatureBlock({ authority: `T/M ${committee}`, title: "BÍ THƯ", name: facts.signer }, ["Như trên", "Lưu"]),
  ];
}
