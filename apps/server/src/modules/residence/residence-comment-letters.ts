import { AlignmentType, ImageRun, Paragraph } from "docx";
import type { Ctx } from "../../context";
import { Forbidden, NotFound } from "../../errors";
import {
  type Block,
  blank,
  bodyLine,
  cellBody,
  centred,
  documentTitle,
  fileSlug,
  partyDocx,
  partyHeading,
  text,
  twoColumns,
  twoSignatures,
} from "../../platform/party-document";
import { qrPng } from "../../platform/qr-image";
import { dmy } from "../../rules/dates";
import { requireMember } from "../members";
import { paperUnit, signerOn } from "../org";
import * as repo from "./residence.repo";
import { displayShortCode, readToken, shortCodeOf } from "./residence-codes";
import { hashToken } from "./residence-requests.service";

const dottedLine = "…".repeat(30);

interface LetterFacts {
  token: string;
  memberName: string;
  birthDate: string;
  status: string;
  cellName: string;
  parentName: string | null;
  place: string | null;
  signer: string | null;
  address: string;
  residenceOrgName: string;
  year: number;
  dueOn: string;
  expiresAt: Date | null;
}

/**
 * The letters asking residence cells for the year's comment (one page a member) for links just made, from their
 * tokens: each with the short code, the QR code and the long link, and room to answer on paper. The number is left
 * blank to be written by hand. Unknown tokens and members the user may not read are 404.
 */
export async function commentLetters(
  ctx: Ctx,
  tokens: string[],
  origin: string,
): Promise<{ fileName: string; buffer: Buffer }> {
  if (!ctx.actor.grants.some((g) => g.permissions.has("member.read"))) throw new Forbidden();
  const letters: LetterFacts[] = [];
  for (const raw of [...new Set(tokens)]) letters.push(await factsOf(ctx, readToken(raw).token));
  const blocks = letters.flatMap((facts, i) => [
    // A paragraph that starts a page, rather than a page break after a full page (which left one blank).
    ...(i > 0 ? [new Paragraph({ pageBreakBefore: true, children: [] })] : []),
    ...letter(facts, origin, ctx.today),
  ]);
  const first = letters[0] as LetterFacts;
  const who = letters.length === 1 ? fileSlug(first.memberName) : fileSlug(first.cellName);
  return { fileName: `giay-de-nghi-nhan-xet-${first.year}-${who}.docx`, buffer: await partyDocx(blocks) };
}

async function factsOf(ctx: Ctx, token: string): Promise<LetterFacts> {
  const request = await repo.findRequestByTokenHash(ctx.db, hashToken(token));
  if (!request) throw new NotFound();
  const { member } = await requireMember(ctx, request.memberId);
  const registration = await repo.findRegistration(ctx.db, request.registrationId);
  const unit = await paperUnit(ctx.db, member.orgUnitId);
  return {
    token,
    memberName: member.fullName,
    birthDate: member.birthDate,
    status: member.status,
    cellName: unit.name,
    parentName: unit.parentName,
    place: unit.locality,
    signer: (await signerOn(ctx.db, member.orgUnitId, ctx.today))?.name ?? null,
    address: registration?.address ?? "",
    residenceOrgName: registration?.residenceOrgName ?? "",
    year: request.year,
    dueOn: request.dueOn,
    expiresAt: request.expiresAt,
  };
}

function letter(facts: LetterFacts, origin: string, today: string): Block[] {
  const link = `${origin}/nhan-xet/${facts.token}`;
  const code = displayShortCode(shortCodeOf(facts.token));
  const kind = facts.status === "probationary" ? "đảng viên dự bị" : "đảng viên chính thức";
  const qr = qrPng(link, 4);
  return [
    partyHeading({
      parentBody: facts.parentName,
      issuingBody: cellBody(facts.cellName),
      number: "Số ………",
      date: today,
    }),
    ...documentTitle("GIẤY ĐỀ NGHỊ", `nhận xét đảng viên đang công tác ở nơi cư trú năm ${facts.year}`),
    bodyLine([text("Kính gửi: ", { bold: true }), text(`Chi ủy (bí thư) ${facts.residenceOrgName}.`)]),
    bodyLine(
      `Thực hiện Quy định số 213-QĐ/TW ngày 02/01/2020 của Bộ Chính trị, ${facts.cellName}${facts.parentName ? ` (${facts.parentName})` : ""} đề nghị chi ủy (bí thư) chi bộ nơi cư trú nhận xét năm ${facts.year} đối với:`,
    ),
    bodyLine([
      text("Đồng chí: "),
      text(facts.memberName, { bold: true }),
      text(`, sinh ngày ${dmy(facts.birthDate)}, ${kind}.`),
    ]),
    bodyLine(`Nơi cư trú: ${facts.address}.`),
    bodyLine([
      text("Xin gửi nhận xét trước ngày "),
      text(dmy(facts.dueOn), { bold: true }),
      text(", theo một trong hai cách:"),
    ]),
    bodyLine([
      text("Cách 1, trên điện thoại: ", { bold: true }),
      text("quét mã QR dưới đây, hoặc mở trang "),
      text(`${origin}/nx`, { bold: true }),
      text(" và nhập mã:"),
    ]),
    twoColumns(
      [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new ImageRun({ type: "png", data: qr.png, transformation: { width: 120, height: 120 } })],
        }),
      ],
      [
        blank(),
        centred(text(code, { bold: true, size: 40 })),
        centred(text("(mã dùng một lần)", { italics: true, size: 24 })),
      ],
    ),
    new Paragraph({ children: [text(`Đường dẫn đầy đủ: ${link}`, { size: 20 })] }),
    bodyLine([
      text("Cách 2, trên giấy: ", { bold: true }),
      text("ghi nhận xét vào phần dưới đây, ký, ghi rõ họ tên và gửi lại chi bộ."),
    ]),
    bodyLine("Mức nhận xét: ☐ Tốt   ☐ Khá   ☐ Cần cố gắng"),
    ...Array.from({ length: 3 }, () => new Paragraph({ spacing: { after: 120 }, children: [text(dottedLine)] })),
    ...(facts.expiresAt
      ? [
          bodyLine([
            text(
              `Mã và đường dẫn dùng được một lần, đến hết ngày ${dmy(facts.expiresAt.toISOString().slice(0, 10))}.`,
              { italics: true, size: 24 },
            ),
          ]),
        ]
      : []),
    twoSignatures(
      { title: "XÁC NHẬN CỦA CHI ỦY NƠI CƯ TRÚ" },
      { authority: "T/M CHI ỦY", title: "BÍ THƯ", name: facts.signer },
    ),
  ];
}
