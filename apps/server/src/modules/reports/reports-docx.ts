import type { BreakdownRow, ReportDetail, TemplateDocument, TemplateSection } from "@dangvu/contract";
import { AlignmentType, BorderStyle, LeaderType, Paragraph, Tab, TabStopType, TextRun } from "docx";
import {
  type Attachment,
  type Block,
  blank,
  bodyLine,
  centred,
  documentTitle,
  partyDocx,
  partyFormat,
  partyHeading,
  signatureBlock,
  text,
} from "../../platform/party-document";
import { borderedTable, textWidth } from "../../platform/party-table";
import { dmy } from "../../rules/dates";
import {
  figureLines,
  figureText,
  isDraft,
  isNumberedHeading,
  type MemberListLine,
  memberListHeaders,
  narrativeParagraphs,
  numberedSections,
  numberLine,
  summaryLine,
  viNumber,
} from "./reports-files.rules";

/** What the heading and the end of the report need beyond the report itself. */
export interface ReportHeading {
  /** The issuing body's parent ("Đảng bộ tỉnh …"), printed above it; null at the top. */
  parentBody: string | null;
  /** The issuing body ("Đảng ủy Khối …", "Chi bộ …"). */
  issuingBody: string;
  /** The issuing body's code after the slash of the number ("ĐU", "CB"), for the blanks of a draft's number. */
  issuerCode: string;
  /** The place the report is dated from; "……" when unknown. */
  place: string | null;
  /** The date of issue (ISO). */
  date: string;
  /** The template version's document settings: type code, summary, signer, recipients. */
  document: TemplateDocument;
  /** Who signs (the unit's bí thư), printed under the space for the signature; left blank when unknown. */
  signerName?: string | null;
  /** The member list book's lines for a memberList section; null to point to the .xlsx instead. */
  memberList?: readonly MemberListLine[] | null;
}

/**
 * The report as a party document (.docx, document-format.md): the heading with the issuing body under its parent and
 * "Số …-BC/…", place and date; "BÁO CÁO" and the summary; the sections numbered I, II … (narrative as justified
 * paragraphs, indicator tables and breakdowns as bordered tables, the member list attached in landscape); the
 * signing block and the recipients. A report not yet submitted is marked "DỰ THẢO".
 */
export async function reportDocx(detail: ReportDetail, heading: ReportHeading): Promise<Buffer> {
  const doc = heading.document;
  const blocks: Block[] = [
    ...(isDraft(detail.status) ? [draftMark()] : []),
    partyHeading({
      parentBody: heading.parentBody,
      issuingBody: heading.issuingBody,
      number: numberLine(detail.documentNumber, doc.typeCode, heading.issuerCode),
      place: heading.place,
      date: heading.date,
    }),
    ...documentTitle("BÁO CÁO", summaryLine(doc.summary, detail.periodLabel)),
    blank(),
  ];
  const attachments: Attachment[] = [];
  for (const { numeral, section } of numberedSections(detail)) {
    blocks.push(heading1(`${numeral}. ${section.title.toUpperCase()}`));
    blocks.push(...sectionBody(detail, section, heading, attachments));
  }
  blocks.push(
    blank(),
    signatureBlock(
      { authority: doc.signerAuthority ?? undefined, title: doc.signerTitle, name: heading.signerName ?? null },
      doc.recipients,
    ),
  );
  return partyDocx(blocks, { attachments, pageNumbers: true });
}

const width = textWidth.portrait;
const box = { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 2 };

/** "DỰ THẢO" in a small box at the top right (document-format.md §1.2, the optional parts). */
function draftMark(): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: width - 1900 },
    border: { top: box, bottom: box, left: box, right: box },
    children: [text("DỰ THẢO", { bold: true })],
  });
}

/** A section's heading ("I. KẾT QUẢ …"): bold capitals, kept on the page of what follows it. */
function heading1(value: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: partyFormat.firstLineIndent },
    spacing: { before: 120, after: partyFormat.paragraphAfter },
    keepNext: true,
    keepLines: true,
    children: [text(value, { bold: true })],
  });
}

/** A dotted line across the text, to write on by hand where a narrative section is still empty. */
function dottedLine(): Paragraph {
  return new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: width, leader: LeaderType.DOT }],
    spacing: { after: partyFormat.paragraphAfter },
    children: [new TextRun({ children: [new Tab()], size: partyFormat.body })],
  });
}

function sectionBody(
  detail: ReportDetail,
  section: TemplateSection,
  heading: ReportHeading,
  attachments: Attachment[],
): Block[] {
  switch (section.kind) {
    case "narrative":
      return narrative(detail.narrative[section.key]);
    case "table":
      return [figuresTable(detail, section), blank()];
    case "breakdown":
      return [breakdownTable(detail.breakdowns[section.key] ?? []), blank()];
    case "memberList":
      return memberList(detail, heading.memberList ?? null, attachments);
  }
}

function narrative(value: string | undefined): Block[] {
  const lines = narrativeParagraphs(value);
  if (lines.length === 0) return [dottedLine(), dottedLine()];
  return lines.map((line) => (isNumberedHeading(line) ? bodyLine([text(line, { bold: true })]) : bodyLine(line)));
}

function figuresTable(detail: ReportDetail, section: Extract<TemplateSection, { kind: "table" }>): Block {
  const lines = figureLines(section, detail.values);
  const rows = lines.map((line) => [
    line.tt,
    { text: line.label, level: line.level, bold: line.level === 0 },
    figureText(line),
  ]);
  // A figure with its share ("134 (67% chỉ tiêu …)") needs a wider column than a bare number.
  const figureWidth = lines.some((l) => l.share !== null) ? 3600 : 2000;
  return borderedTable(
    [
      { header: "TT", width: 700, align: "center" },
      { header: "Chỉ tiêu", width: width - 700 - figureWidth },
      { header: "Số lượng", width: figureWidth, align: "right" },
    ],
    rows,
  );
}

function breakdownTable(rows: readonly BreakdownRow[]): Block {
  if (rows.length === 0) return bodyLine("Không có số liệu.");
  return borderedTable(
    [
      { header: "Chỉ tiêu", width: width - 2000 },
      { header: "Số lượng", width: 2000, align: "right" },
    ],
    rows.map((row) => [row.label, viNumber(row.value)]),
  );
}

function memberList(detail: ReportDetail, lines: readonly MemberListLine[] | null, attachments: Attachment[]): Block[] {
  const asOf = dmy(detail.to);
  if (lines === null)
    return [bodyLine(`Danh sách đảng viên theo mẫu 7-HSĐV có đến ngày ${asOf}: xem tệp Excel của báo cáo.`)];
  attachments.push({
    landscape: true,
    children: [
      centred(text("DANH SÁCH ĐẢNG VIÊN", { bold: true })),
      centred(text(`(Mẫu 7-HSĐV, có đến ngày ${asOf}; kèm theo báo cáo ${detail.periodLabel})`, { italics: true })),
      blank(),
      memberListTable(lines),
    ],
  });
  return [bodyLine(`Danh sách ${viNumber(lines.length)} đảng viên theo mẫu 7-HSĐV có đến ngày ${asOf} kèm theo.`)];
}

/** Column widths of the 7-HSĐV book across a landscape page (twips, summing to its text width). */
const memberListWidths = [450, 1500, 1000, 1150, 1350, 1150, 1150, 1150, 800, 1000, 1000, 800, 1000];

function memberListTable(lines: readonly MemberListLine[]): Block {
  const rest = textWidth.landscape - memberListWidths.reduce((a, b) => a + b, 0);
  const widths = [...memberListWidths, rest];
  const columns = memberListHeaders.map((header, i) => ({
    header,
    width: widths[i] as number,
    align: i === 0 ? ("center" as const) : undefined,
  }));
  return borderedTable(
    columns,
    lines.map((line, i) => [String(i + 1), ...line]),
    20,
  );
}
