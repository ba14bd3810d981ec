import type { ReportDetail, ReportStatus, TemplateSection } from "@dangvu/contract";
import ExcelJS, { type Worksheet } from "../../platform/excel";
import { type SheetColumn, writeList } from "../../platform/excel-sheet";
import { dmy } from "../../rules/dates";
import {
  type FigureLine,
  figureLines,
  type MemberListLine,
  memberListHeaders,
  numberedSections,
  sheetNames,
  statusLabels,
  viNumber,
} from "./reports-files.rules";

/** A child unit of the reporting unit, with its approved report of the same period, if it has one. */
export interface ChildReport {
  orgUnitId: string;
  orgUnitName: string;
  status: ReportStatus;
  /** The child's approved report (any template of the same period key); null when it has none. */
  report: ReportDetail | null;
}

interface Sheet {
  title: string;
  write: (sheet: Worksheet) => void;
}

/**
 * The report's tables as an .xlsx workbook: a sheet per indicator table and per breakdown, the member list book when
 * its lines are given, and a sheet per child unit with the figures of its approved report (or its status when it has
 * none). Figures are numbers, so the office can add them up again.
 */
export async function reportXlsx(
  detail: ReportDetail,
  children: readonly ChildReport[],
  memberList: readonly MemberListLine[] | null = null,
): Promise<Buffer> {
  const sheets: Sheet[] = [];
  for (const { numeral, section } of numberedSections(detail)) {
    const sheet = sectionSheet(detail, `${numeral}. ${section.title}`, section, memberList);
    if (sheet) sheets.push(sheet);
  }
  for (const child of children) sheets.push(childSheet(detail, child));
  if (sheets.length === 0)
    sheets.push({ title: "Báo cáo", write: (s) => writeList(s, about(detail), figureColumns, []) });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Đảng Vụ";
  const names = sheetNames(sheets.map((s) => s.title));
  for (const [i, s] of sheets.entries()) s.write(workbook.addWorksheet(names[i]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function about(detail: ReportDetail, title?: string) {
  return {
    title: (title ?? detail.templateName).toUpperCase(),
    lines: [
      `Đơn vị: ${detail.orgUnitName}`,
      `Kỳ báo cáo: ${detail.periodLabel} (từ ${dmy(detail.from)} đến ${dmy(detail.to)})`,
      `Trạng thái: ${statusLabels[detail.status]}${detail.documentNumber ? `; số ${detail.documentNumber}` : ""}`,
    ],
  };
}

const figureColumns: SheetColumn[] = [
  { header: "TT", key: "tt", width: 8 },
  { header: "Chỉ tiêu", key: "label", width: 60 },
  { header: "Số lượng", key: "value", width: 14 },
  { header: "Tỷ lệ (%)", key: "share", width: 12 },
  { header: "Ghi chú", key: "note", width: 44 },
];

function sectionSheet(
  detail: ReportDetail,
  title: string,
  section: TemplateSection,
  memberList: readonly MemberListLine[] | null,
): Sheet | null {
  switch (section.kind) {
    case "narrative":
      return null;
    case "table": {
      const lines = figureLines(section, detail.values);
      return {
        title,
        write: (sheet) => {
          writeList(sheet, about(detail, title), figureColumns, lines.map(figureRow));
          indentLabels(sheet, lines);
        },
      };
    }
    case "breakdown": {
      const rows = detail.breakdowns[section.key] ?? [];
      const columns = figureColumns.slice(0, 3);
      const data = rows.map((r, i) => ({ tt: i + 1, label: r.label, value: r.value }));
      return { title, write: (sheet) => writeList(sheet, about(detail, title), columns, data) };
    }
    case "memberList": {
      if (memberList === null) return null;
      const columns = memberListHeaders.map((header, i) => ({ header, key: `c${i}`, width: i === 0 ? 6 : 18 }));
      const rows = memberList.map((line, i) =>
        Object.fromEntries([["c0", i + 1], ...line.map((cell, j) => [`c${j + 1}`, cell])]),
      );
      return { title, write: (sheet) => writeList(sheet, about(detail, title), columns, rows) };
    }
  }
}

function figureRow(line: FigureLine): Record<string, unknown> {
  const note = [
    line.shareOf ? `so với ${line.shareOf}` : null,
    line.kind === "entered" && line.own !== null ? `đơn vị nhập ${viNumber(line.own)}` : null,
    line.kind === "entered" && line.children !== null ? `cấp dưới ${viNumber(line.children)}` : null,
  ].filter(Boolean);
  return { tt: line.tt, label: line.label, value: line.value, share: line.share, note: note.join("; ") };
}

/** Parts of a total indented under it, totals bold, as in the Word table. */
function indentLabels(sheet: Worksheet, lines: readonly FigureLine[]) {
  const first = sheet.rowCount - lines.length + 1;
  lines.forEach((line, i) => {
    const row = sheet.getRow(first + i);
    row.getCell(2).alignment = { indent: line.level * 2, wrapText: true };
    if (line.level === 0) row.font = { bold: true };
  });
}

/** A child unit's sheet: the figures of its approved report by section, or why there are none. */
function childSheet(parent: ReportDetail, child: ChildReport): Sheet {
  const report = child.report;
  const lines = [
    `Báo cáo của đơn vị trực thuộc ${parent.orgUnitName}, kỳ ${parent.periodLabel}`,
    report
      ? `Mẫu: ${report.templateName}; trạng thái: ${statusLabels[report.status]}`
      : `Trạng thái: ${statusLabels[child.status]}; chưa có báo cáo được duyệt, chưa cộng vào số liệu.`,
  ];
  const { rows, headings } = report ? figuresBySection(report) : { rows: [], headings: [] };
  return {
    title: child.orgUnitName,
    write: (sheet) => {
      writeList(sheet, { title: child.orgUnitName.toUpperCase(), lines }, figureColumns, rows);
      const first = sheet.rowCount - rows.length + 1;
      for (const i of headings) sheet.getRow(first + i).font = { bold: true };
    },
  };
}

/** All the figures of a report, each table and breakdown under a heading row ("I", its title); where those rows are. */
function figuresBySection(report: ReportDetail) {
  const rows: Record<string, unknown>[] = [];
  const headings: number[] = [];
  for (const { numeral, section } of numberedSections(report)) {
    if (section.kind !== "table" && section.kind !== "breakdown") continue;
    headings.push(rows.length);
    rows.push({ tt: numeral, label: section.title });
    if (section.kind === "table") for (const line of figureLines(section, report.values)) rows.push(figureRow(line));
    else
      for (const [i, r] of (report.breakdowns[section.key] ?? []).entries())
        rows.push({ tt: i + 1, label: r.label, value: r.value });
  }
  return { rows, headings };
}
