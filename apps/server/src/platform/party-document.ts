import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";

/**
 * The party document layout (HD 36-HD/VPTW, Phụ lục 3; document-format.md §1): Times New Roman, A4, margins
 * 20/20/30/15 mm, sizes in half-points. One profile, so a holder of HD 05-HD/VPTW (2026) can change values here.
 */
export const partyFormat = {
  source: "HD36-2018",
  font: "Times New Roman",
  body: 28,
  header: 30,
  title: 32,
  recipients: 24,
  page: { width: 11906, height: 16838 },
  margin: { top: 1134, bottom: 1134, left: 1701, right: 850 },
  firstLineIndent: 567,
  paragraphAfter: 120,
} as const;

export type Block = Paragraph | Table;

export interface RunOptions {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  underline?: boolean;
}

const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

/** A run of text in the party font, body size unless told. */
export function text(value: string, options: RunOptions = {}): TextRun {
  return new TextRun({
    text: value,
    bold: options.bold,
    italics: options.italics,
    size: options.size ?? partyFormat.body,
    font: partyFormat.font,
    underline: options.underline ? {} : undefined,
  });
}

export function centred(...runs: TextRun[]): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: runs });
}

export function blank(): Paragraph {
  return centred(text(""));
}

/** A body paragraph: justified, first line indented 10 mm, spaced after. */
export function bodyLine(value: string | TextRun[]): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: partyFormat.firstLineIndent },
    spacing: { after: partyFormat.paragraphAfter },
    children: typeof value === "string" ? [text(value)] : value,
  });
}

/** A bold body line for a heading inside the text ("I. …", "1. …"). */
export function sectionHeading(value: string): Paragraph {
  return bodyLine([text(value, { bold: true })]);
}

/** "ngày 05 tháng 02 năm 2026": day below 10 and months 1–2 take a leading zero (party document format). */
export function partyDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const dd = day < 10 ? `0${day}` : `${day}`;
  const mm = month <= 2 ? `0${month}` : `${month}`;
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** Two borderless columns, left ≈ 45 %, right ≈ 55 % of the text width. */
export function twoColumns(left: Paragraph[], right: Paragraph[]): Table {
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      borders: noBorders,
      children: children.length ? children : [new Paragraph("")],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [new TableRow({ children: [cell(45, left), cell(55, right)] })],
  });
}

export interface Heading {
  /** Parent body (CAPS, regular), if any. */
  parentBody?: string | null;
  /** Issuing body (CAPS, bold). */
  issuingBody: string;
  /** "Số 12-BB/CB" or blanks for a number written by hand. */
  number?: string;
  /** Place name before the date; "……" when unknown. */
  place?: string | null;
  /** ISO date of issue; left out for minutes, whose time and place are in the body (document-format.md §4.1). */
  date?: string;
}

/** Issuing bodies top left with "*" and the number; "ĐẢNG CỘNG SẢN VIỆT NAM" underlined top right with place and date. */
export function partyHeading(heading: Heading): Table {
  const left = [
    ...(heading.parentBody ? [centred(text(heading.parentBody.toUpperCase()))] : []),
    centred(text(heading.issuingBody.toUpperCase(), { bold: true })),
    centred(text("*")),
    ...(heading.number ? [centred(text(heading.number))] : []),
  ];
  const right = [
    centred(text("ĐẢNG CỘNG SẢN VIỆT NAM", { bold: true, size: partyFormat.header, underline: true })),
    ...(heading.date
      ? [blank(), centred(text(`${heading.place || "……"}, ${partyDate(heading.date)}`, { italics: true }))]
      : []),
  ];
  return twoColumns(left, right);
}

/** The cell's issuing-body line: "CHI BỘ …" without repeating "Chi bộ" from the unit's name. */
export function cellBody(unitName: string): string {
  return `CHI BỘ ${unitName.replace(/^Chi bộ\s*/i, "")}`;
}

/** The centred type name (CAPS, bold), an optional summary (trích yếu, bold) and the "-----" rule. */
export function documentTitle(typeName: string, summary?: string): Paragraph[] {
  return [
    blank(),
    centred(text(typeName.toUpperCase(), { bold: true, size: partyFormat.title })),
    ...(summary ? [centred(text(summary, { bold: true }))] : []),
    centred(text("-----")),
  ];
}

export interface Signer {
  /** "T/M CHI ỦY" (bold); omitted when a person signs in their own name. */
  authority?: string;
  /** "BÍ THƯ", "CHỦ TRÌ", "THƯ KÝ". */
  title: string;
  name?: string | null;
}

function signerLines(signer: Signer): Paragraph[] {
  return [
    ...(signer.authority ? [centred(text(signer.authority.toUpperCase(), { bold: true }))] : []),
    centred(text(signer.title.toUpperCase(), { bold: !signer.authority })),
    ...Array.from({ length: 4 }, blank),
    ...(signer.name ? [centred(text(signer.name, { bold: true }))] : []),
  ];
}

/** "Nơi nhận:" underlined, then "- …;" lines in size 12, the last ending with ".". */
export function recipientLines(recipients: string[]): Paragraph[] {
  if (recipients.length === 0) return [];
  const size = partyFormat.recipients;
  return [
    new Paragraph({ children: [text("Nơi nhận:", { underline: true })] }),
    ...recipients.map(
      (r, i) => new Paragraph({ children: [text(`- ${r}${i === recipients.length - 1 ? "." : ";"}`, { size })] }),
    ),
  ];
}

/** The signature block bottom right, recipients bottom left; a cell has no seal. */
export function signatureBlock(signer: Signer, recipients: string[] = []): Table {
  return twoColumns(recipientLines(recipients), signerLines(signer));
}

/** Two signatures side by side, such as "THƯ KÝ" on the left and "CHỦ TRÌ" on the right of minutes. */
export function twoSignatures(left: Signer, right: Signer): Table {
  return twoColumns(signerLines(left), signerLines(right));
}

/** A part of a document printed on pages of its own, such as a wide list attached in landscape. */
export interface Attachment {
  landscape?: boolean;
  children: Block[];
}

export interface DocxOptions {
  /** Parts that follow on pages of their own. */
  attachments?: Attachment[];
  /** Page numbers centred in the top margin from page 2 on (document-format.md §1.1). */
  pageNumbers?: boolean;
}

/** An A4 party document of the given blocks, as .docx bytes. */
export async function partyDocx(children: Block[], options: DocxOptions = {}): Promise<Buffer> {
  const margin = { ...partyFormat.margin, header: 567 };
  const headers = options.pageNumbers
    ? {
        first: new Header({ children: [] }),
        default: new Header({
          children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [pageNumberRun()] })],
        }),
      }
    : undefined;
  const page = (landscape: boolean) => ({
    size: { ...partyFormat.page, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
    margin,
  });
  const document = new Document({
    styles: { default: { document: { run: { font: partyFormat.font, size: partyFormat.body } } } },
    sections: [
      { properties: { page: page(false), titlePage: !!headers }, headers, children },
      ...(options.attachments ?? []).map((a) => ({
        properties: { page: page(!!a.landscape) },
        headers: headers && { default: headers.default },
        children: a.children,
      })),
    ],
  });
  return Packer.toBuffer(document);
}

function pageNumberRun(): TextRun {
  return new TextRun({ children: [PageNumber.CURRENT], font: partyFormat.font, size: partyFormat.body });
}

/** An ASCII file-name part: "Nguyễn Văn An" → "nguyen-van-an". */
export function fileSlug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** `attachment; filename*=UTF-8''…` so Vietnamese names survive the download. */
export function attachmentHeader(fileName: string): string {
  return `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export const docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
