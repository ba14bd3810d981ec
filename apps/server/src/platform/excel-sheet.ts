import type { Worksheet } from "./excel";

/** A column of a list written to Excel: its header, its key in the rows, its width, and whether it holds dates. */
export interface SheetColumn {
  header: string;
  key: string;
  width: number;
  date?: boolean;
}

export const excelDateFormat = "dd/mm/yyyy";

/** An ISO date as a real Excel date (midnight UTC, which exceljs writes as that calendar day), or null. */
export function excelDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * Writes a list as a clerk files it: the title in capitals, then the lines that say what the list is (the unit, the
 * day it was taken, the filter), a blank row, the header row (frozen, with Excel's filter buttons, repeated on every
 * printed page) and the rows, dates as real dates in dd/mm/yyyy. Printed landscape, fitted to the page's width.
 */
export function writeList(
  sheet: Worksheet,
  block: { title: string; lines: readonly string[] },
  columns: readonly SheetColumn[],
  rows: readonly Record<string, unknown>[],
): void {
  sheet.columns = columns.map((c) => ({ key: c.key, width: c.width }));
  const last = sheet.getColumn(columns.length).letter;
  const titleRow = sheet.addRow([block.title]);
  titleRow.font = { bold: true, size: 14 };
  sheet.mergeCells(`A1:${last}1`);
  titleRow.alignment = { horizontal: "center" };
  for (const line of block.lines) {
    const row = sheet.addRow([line]);
    sheet.mergeCells(`A${row.number}:${last}${row.number}`);
  }
  sheet.addRow([]);
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEFEFEF" } };
    cell.border = { bottom: { style: "thin" } };
  });
  for (const row of rows)
    sheet.addRow(columns.map((c) => (c.date ? excelDate(row[c.key] as string | null) : row[c.key])));
  columns.forEach((c, i) => {
    if (c.date) sheet.getColumn(i + 1).numFmt = excelDateFormat;
  });
  sheet.views = [{ state: "frozen", ySplit: header.number }];
  sheet.autoFilter = { from: { row: header.number, column: 1 }, to: { row: header.number, column: columns.length } };
  sheet.pageSetup = {
    orientation: "landscape",
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${header.number}:${header.number}`,
  };
}

/** A drop-down list on a range of cells; a value typed outside it is refused with the message. */
export interface ListValidation {
  /** A quoted list ("\"Nam,Nữ\"") or a range of another sheet ("'Danh mục'!$A$2:$A$9"). */
  formula: string;
  title: string;
  error: string;
}

/** Adds a drop-down list to a range (exceljs supports it, its type declarations do not name it). */
export function addListValidation(sheet: Worksheet, range: string, list: ListValidation): void {
  const validations = (sheet as unknown as { dataValidations: { add(range: string, rule: object): void } })
    .dataValidations;
  validations.add(range, {
    type: "list",
    allowBlank: true,
    formulae: [list.formula],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: list.title,
    error: list.error,
  });
}
