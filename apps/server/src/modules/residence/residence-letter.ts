import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Ctx } from "../../context";
import { NotFound } from "../../errors";
import { dmy } from "../../rules/dates";
import { requireMember } from "../members";
import * as repo from "./residence.repo";
import { partyDate } from "./residence.rules";

// Party document layout (HD 36-HD/VPTW, Phụ lục 3): Times New Roman, A4, margins 20/20/30/15 mm, sizes in half-points.
const format = {
  font: "Times New Roman",
  body: 28,
  header: 30,
  title: 32,
  margin: { top: 1134, bottom: 1134, left: 1701, right: 850 },
};
const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

interface LetterFacts {
  memberName: string;
  birthDate: string;
  status: string;
  jobTitle: string | null;
  cellName: string;
  parentName: string | null;
  address: string;
  residenceOrgName: string;
  today: string;
}

/** The introduction letter (giấy giới thiệu) of a member to the residence party organisation, as .docx. */
export async function introductionLetter(
  ctx: Ctx,
  registrationId: string,
): Promise<{ fileName: string; buffer: Buffer }> {
  const registration = await repo.findRegistration(ctx.db, registrationId);
  if (!registration) throw new NotFound();
  const { member } = await requireMember(ctx, registration.memberId);
  const unit = await repo.unitAndParentNames(ctx.db, member.orgUnitId);
  const facts: LetterFacts = {
    memberName: member.fullName,
    birthDate: member.birthDate,
    status: member.status,
    jobTitle: member.jobTitle,
    cellName: unit.name,
    parentName: unit.parentName,
    address: registration.address,
    residenceOrgName: registration.residenceOrgName,
    today: ctx.today,
  };
  const buffer = await Packer.toBuffer(letterDocument(facts));
  return { fileName: `giay-gioi-thieu-${slug(member.fullName)}.docx`, buffer };
}

function letterDocument(facts: LetterFacts): Document {
  return new Document({
    styles: { default: { document: { run: { font: format.font, size: format.body } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: format.margin } },
        children: [heading(facts), ...title(), ...body(facts), signature()],
      },
    ],
  });
}

function text(value: string, options: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}) {
  return new TextRun({
    text: value,
    bold: options.bold,
    italics: options.italics,
    size: options.size ?? format.body,
    font: format.font,
    underline: options.underline ? {} : undefined,
  });
}

function centred(...runs: TextRun[]) {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: runs });
}

function cell(width: number, children: Paragraph[]) {
  return new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, borders: noBorders, children });
}

/** Issuing body top left (parent, cell in bold, "*", number); party name underlined top right with place and date. */
function heading(facts: LetterFacts): Table {
  const left = [
    ...(facts.parentName ? [centred(text(facts.parentName.toUpperCase()))] : []),
    centred(text(`CHI BỘ ${facts.cellName.replace(/^Chi bộ\s*/i, "").toUpperCase()}`, { bold: true })),
    centred(text("*")),
    centred(text("Số       -GGT/CB")),
  ];
  const right = [
    centred(text("ĐẢNG CỘNG SẢN VIỆT NAM", { bold: true, size: format.header, underline: true })),
    centred(text("")),
    centred(text(`……, ${partyDate(facts.today)}`, { italics: true })),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [new TableRow({ children: [cell(45, left), cell(55, right)] })],
  });
}

function title(): Paragraph[] {
  return [
    centred(text("")),
    centred(text("GIẤY GIỚI THIỆU", { bold: true, size: format.title })),
    centred(text("-----")),
  ];
}

function line(value: string) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 567 },
    spacing: { after: 120 },
    children: [text(value)],
  });
}

function body(facts: LetterFacts): Paragraph[] {
  const kind = facts.status === "probationary" ? "đảng viên dự bị" : "đảng viên chính thức";
  return [
    line(`Chi ủy ${facts.cellName} trân trọng giới thiệu:`),
    line(`Đồng chí: ${facts.memberName}, sinh ngày ${dmy(facts.birthDate)}.`),
    line(`Là ${kind} của ${facts.cellName}${facts.parentName ? `, ${facts.parentName}` : ""}.`),
    ...(facts.jobTitle ? [line(`Chức vụ, công việc: ${facts.jobTitle}.`)] : []),
    line(`Nơi cư trú: ${facts.address}.`),
    line(`Được giới thiệu đến: ${facts.residenceOrgName}.`),
    line(
      "Để đồng chí liên hệ, đăng ký và thực hiện nhiệm vụ của đảng viên đang công tác ở nơi cư trú theo Quy định số 213-QĐ/TW ngày 02/01/2020 của Bộ Chính trị.",
    ),
    line(
      "Đề nghị chi ủy, chi bộ nơi cư trú tiếp nhận, tạo điều kiện để đồng chí hoàn thành nhiệm vụ và nhận xét đảng viên hằng năm.",
    ),
  ];
}

/** "T/M CHI ỦY / BÍ THƯ" bottom right; a cell has no seal, the secretary signs and writes their name. */
function signature(): Table {
  const right = [
    centred(text("T/M CHI ỦY", { bold: true })),
    centred(text("BÍ THƯ")),
    ...Array.from({ length: 4 }, () => centred(text(""))),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [new TableRow({ children: [cell(45, [new Paragraph("")]), cell(55, right)] })],
  });
}

function slug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
