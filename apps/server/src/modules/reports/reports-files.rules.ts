import {
  type MemberListBookRow,
  type ReportDetail,
  type ReportStatus,
  type ReportValue,
  type TemplateSection,
  toRoman,
} from "@dangvu/contract";
import { cellBody } from "../../platform/party-document";
import { dmy } from "../../rules/dates";

/**
 * What the report's Word and Excel files print, worked out once for both (pure): the numbering of sections and rows,
 * the figures as a Vietnamese reader writes them, the summary line, the draft mark and the sheet names.
 */

/** I, II, III … for the report's numbered sections (document-format.md §1.5): one rule, in the contract. */
export const roman = toRoman;

/** 1234567 → "1.234.567", 66.7 → "66,7": thousands with dots, decimals with a comma, as Vietnamese papers print. */
export function viNumber(value: number): string {
  const [whole, fraction] = Math.abs(value).toString().split(".") as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${value < 0 ? "-" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/** The share of a figure in another, in percent to one decimal; null when the other is missing or zero. */
export function share(value: number | null, of: number | null): number | null {
  if (value === null || of === null || of === 0) return null;
  return Math.round((value / of) * 1000) / 10;
}

/** The summary line (trích yếu) with its period, starting lower-case as the party format writes it (§1.3). */
export function summaryLine(summary: string, periodLabel: string): string {
  const line = summary.replaceAll("{period}", periodLabel).trim();
  const [first = "", second = ""] = [...line];
  return second && second === second.toLowerCase() ? first.toLowerCase() + line.slice(first.length) : line;
}

/** The day a report's lists are taken on: its period's last day, or today while the period runs. */
export function reportDay(detail: Pick<ReportDetail, "to">, today: string): string {
  if (detail.to < today) return detail.to;
  return today;
}

/** A report not yet submitted prints as a draft (dự thảo). */
export function isDraft(status: ReportStatus): boolean {
  return status === "not_started" || status === "draft" || status === "returned";
}

export const statusLabels: Record<ReportStatus, string> = {
  not_started: "Chưa lập báo cáo",
  draft: "Đang soạn",
  submitted: "Đã nộp, chờ duyệt",
  returned: "Bị trả lại để sửa",
  approved: "Đã duyệt",
};

/** "Số 05-BC/ĐU", or blanks to write the number by hand on a draft: "Số       -BC/ĐU". */
export function numberLine(documentNumber: string | null, typeCode: string, issuerCode: string): string {
  if (!documentNumber) return `Số       -${typeCode}/${issuerCode}`;
  return documentNumber.startsWith("Số") ? documentNumber : `Số ${documentNumber}`;
}

/** One row of an indicator table as printed. */
export interface FigureLine {
  /** "1", "1.1", "1.1.1" by level. */
  tt: string;
  label: string;
  level: number;
  value: number | null;
  unit: "count" | "percent";
  /** For a row printed as a share of another figure: the share in percent and what it is a share of. */
  share: number | null;
  shareOf: string | null;
  kind: "computed" | "entered" | null;
  own: number | null;
  children: number | null;
}

/** The rows of a table section with their figures from the report, numbered 1, 1.1, 1.1.1 by level. */
export function figureLines(section: Extract<TemplateSection, { kind: "table" }>, values: ReportValue[]): FigureLine[] {
  const byId = new Map(values.map((v) => [v.indicator, v]));
  const counters = [0, 0, 0];
  return section.rows.map((row) => {
    const level = row.level ?? 0;
    counters[level] = (counters[level] ?? 0) + 1;
    for (let deeper = level + 1; deeper < counters.length; deeper++) counters[deeper] = 0;
    const value = byId.get(row.indicator);
    const of = row.percentOf ? byId.get(row.percentOf) : undefined;
    return {
      tt: counters.slice(0, level + 1).join("."),
      label: row.label ?? value?.label ?? row.indicator,
      level,
      value: value?.value ?? null,
      unit: value?.unit ?? "count",
      share: row.percentOf ? share(value?.value ?? null, of?.value ?? null) : null,
      shareOf: row.percentOf ? lowerFirst(of?.label ?? row.percentOf) : null,
      kind: value?.kind ?? null,
      own: value?.own ?? null,
      children: value?.children ?? null,
    };
  });
}

/** The figure as the Word table prints it: "134", "85,5%", "134 (67% chỉ tiêu …)", "-" when there is none. */
export function figureText(line: FigureLine): string {
  if (line.value === null) return "-";
  const figure = line.unit === "percent" ? `${viNumber(line.value)}%` : viNumber(line.value);
  return line.share === null ? figure : `${figure} (${viNumber(line.share)}% ${line.shareOf})`;
}

function lowerFirst(label: string): string {
  const [first = "", second = ""] = [...label];
  return second && second === second.toLowerCase() ? first.toLowerCase() + label.slice(first.length) : label;
}

/** The paragraphs of a narrative section: one per line, blank lines and surrounding spaces dropped. */
export function narrativeParagraphs(textValue: string | undefined): string[] {
  return (textValue ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** A line the writer numbered as a heading of its own ("1. Công tác chính trị, tư tưởng"): printed bold. */
export function isNumberedHeading(line: string): boolean {
  return line.length <= 150 && /^(\d+(\.\d+)*\.|[a-zđ]\))\s/.test(line);
}

/** The report's numbered sections in order: "I", "II" … with the section. */
export function numberedSections(detail: Pick<ReportDetail, "sections">) {
  return detail.sections.map((section, i) => ({ numeral: roman(i + 1), section }));
}

/**
 * Excel sheet names from titles: the characters Excel refuses (: \ / ? * [ ]) replaced, at most 31 characters (cut at
 * a word where one is near), unique without regard to case (Excel's own rule), a repeated one numbered " (2)" ….
 */
export function sheetNames(titles: readonly string[]): string[] {
  const taken = new Set<string>();
  return titles.map((title) => {
    const clean =
      title
        .normalize("NFC")
        .replace(/[:\\/?*[\]]/g, "-")
        .replace(/^'+|'+$/g, "")
        .trim() || "Trang";
    let name = cut(clean, 31);
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${cut(clean, 31 - ` (${n})`.length)} (${n})`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** The text cut to at most `max` UTF-16 units, at the last space when it lies in the second half. */
function cut(value: string, max: number): string {
  if (value.length <= max) return value;
  let out = "";
  for (const char of value) {
    if (out.length + char.length > max) break;
    out += char;
  }
  const space = out.lastIndexOf(" ");
  return (space > max / 2 ? out.slice(0, space) : out).trim();
}

/** The columns of the member list book (sổ danh sách đảng viên, mẫu 7-HSĐV; records-and-calendar.md §2.7). */
export const memberListHeaders = [
  "Số TT",
  "Họ và tên đang dùng\nHọ và tên khai sinh",
  "Nam, nữ; dân tộc; tôn giáo",
  "Quê quán",
  "Văn hóa, lý luận, chuyên môn nghiệp vụ, ngoại ngữ",
  "Nghề nghiệp trước khi vào Đảng; hiện nay",
  "Ngày vào Đảng; ngày chính thức",
  "Số thẻ đảng viên; số lý lịch; số Huy hiệu Đảng",
  "Bộ đội, công an, hưu trí",
  "Ngày chuyển đi, đến đảng bộ cơ sở nào",
  "Ngày chuyển đến, từ đảng bộ cơ sở nào",
  "Ngày từ trần",
  "Ngày ra khỏi Đảng, hình thức ra Đảng",
  "Ghi chú",
] as const;

/** A member's line of the 7-HSĐV book as printed: the texts of columns 2 to 14 (the number comes from the order). */
export type MemberListLine = readonly string[];

const joined = (parts: (string | null | undefined)[], separator = "; ") => parts.filter(Boolean).join(separator);
const dated = (day: string | null, what?: string | null) => (day ? joined([dmy(day), what], ", ") : "");

/** A member's line of the 7-HSĐV book from the member list book's row: what the records hold, blank otherwise. */
export function memberListLine(row: MemberListBookRow): MemberListLine {
  return [
    joined([row.fullName, row.birthName, `sinh ${dmy(row.birthDate)}`], "\n"),
    joined([row.sex, row.ethnicity, row.religion ?? "Không"]),
    row.homeTown ?? "",
    joined([
      row.generalEducation,
      row.politicalTheory,
      row.professionalQualification,
      row.academicTitle,
      row.foreignLanguage,
    ]),
    joined([row.occupationBeforeAdmission, joined([row.occupation, row.jobTitle], ", ")]),
    joined([row.admittedOn && dmy(row.admittedOn), row.fullMembershipOn && dmy(row.fullMembershipOn)], "\n"),
    joined([row.cardNumber, row.fileNumber, row.badgeNumber], "\n"),
    row.armedForcesOrRetired ?? "",
    dated(row.transferredOutOn, row.transferredOutTo),
    dated(row.transferredInOn, row.transferredInFrom),
    dated(row.diedOn),
    dated(row.leftOn, row.leftHow),
    row.note ?? "",
  ];
}

const cellTypes = new Set(["cell", "grassroots_cell"]);

/**
 * Who issues a unit's report: a cell ("CHI BỘ …") or the committee of a đảng bộ ("Đảng bộ Sở Tài chính" → "Đảng ủy
 * Sở Tài chính"), the body that signs for it (document-format.md §1.3).
 */
export function reportIssuer(unitName: string, unitType: string): string {
  return cellTypes.has(unitType) ? cellBody(unitName) : unitName.replace(/^Đảng bộ/i, "Đảng ủy");
}

/** The signer's title: the template's ("BÍ THƯ"), or "PHÓ BÍ THƯ" when the deputy signs for the collective. */
export function signerTitle(templateTitle: string, signerKind: "secretary" | "deputy_secretary" | undefined): string {
  return signerKind === "deputy_secretary" && templateTitle.trim().toUpperCase() === "BÍ THƯ"
    ? "PHÓ BÍ THƯ"
    : templateTitle;
}
