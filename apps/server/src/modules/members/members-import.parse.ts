import { Readable } from "node:stream";
import { BadRequest, RuleViolation } from "../../errors";
import ExcelJS, { type Row } from "../../platform/excel";

/** The template's columns: header text, the field it fills, and whether it is required. */
export const importColumns = [
  { header: "Họ và tên", field: "fullName", required: true, width: 28 },
  { header: "Giới tính", field: "sex", required: true, width: 10 },
  { header: "Ngày sinh", field: "birthDate", required: true, width: 12 },
  { header: "Số CCCD", field: "citizenId", required: false, width: 16 },
  { header: "Chi bộ", field: "orgUnit", required: true, width: 48 },
  { header: "Trạng thái", field: "status", required: true, width: 22 },
  { header: "Số quyết định kết nạp", field: "admissionDecisionNo", required: false, width: 18 },
  { header: "Ngày quyết định kết nạp", field: "admissionDecidedOn", required: false, width: 14 },
  { header: "Ngày lễ kết nạp", field: "ceremonyOn", required: false, width: 14 },
  { header: "Ngày chính thức", field: "fullMembershipOn", required: false, width: 14 },
  { header: "Số thẻ đảng viên", field: "cardNumber", required: false, width: 14 },
  { header: "Dân tộc", field: "ethnicity", required: false, width: 10 },
  { header: "Tôn giáo", field: "religion", required: false, width: 10 },
  { header: "Quê quán", field: "homeTown", required: false, width: 24 },
  { header: "Giáo dục phổ thông", field: "generalEducation", required: false, width: 10 },
  { header: "Chuyên môn", field: "professionalQualification", required: false, width: 20 },
  { header: "Lý luận chính trị", field: "politicalTheoryLevel", required: false, width: 12 },
  { header: "Nghề nghiệp", field: "occupation", required: false, width: 18 },
  { header: "Chức vụ", field: "jobTitle", required: false, width: 18 },
  { header: "Điện thoại", field: "phone", required: false, width: 14 },
  { header: "Nơi ở", field: "address", required: false, width: 30 },
] as const;

export type ImportField = (typeof importColumns)[number]["field"];
export const sheetName = "Đảng viên";
export const maxDataRows = 100_000;
const maxScannedRows = 300_000;

export interface RawRow {
  row: number;
  values: Partial<Record<ImportField, string>>;
  formulaColumns: string[];
}

/**
 * Reads the member sheet with exceljs's streaming reader, one row at a time as the file unpacks: values as text (dates
 * as dd/mm/yyyy), formulas noted. The caller checks the file with `checkXlsxLimits` first (the unpacked size and cell
 * count), so that a small file that unpacks to gigabytes is refused before it is read.
 */
export async function* streamRows(buffer: Buffer): AsyncGenerator<RawRow> {
  let columns: (ImportField | undefined)[] | null = null;
  let scanned = 0;
  let count = 0;
  let sawSheet = false;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(buffer), {
      worksheets: "emit",
      sharedStrings: "cache",
      styles: "cache",
      hyperlinks: "ignore",
      entries: "ignore",
    });
    for await (const sheet of reader) {
      const ws = sheet as unknown as AsyncIterable<Row> & { name: string };
      if (ws.name !== sheetName) continue;
      sawSheet = true;
      for await (const row of ws) {
        if (++scanned > maxScannedRows) throw new RuleViolation("import.tooManyRows", { max: maxDataRows });
        if (!columns) {
          columns = headerColumns(row);
          continue;
        }
        const parsed = parseRow(row, columns);
        if (!parsed) continue;
        if (++count > maxDataRows) throw new RuleViolation("import.tooManyRows", { max: maxDataRows });
        yield parsed;
      }
    }
  } catch (error) {
    if (error instanceof RuleViolation || error instanceof BadRequest) throw error;
    // A failure of the machine (exceljs keeps sheets in temporary files) is not the file's fault: it answers 500 and is
    // logged with the request id, rather than telling the user the file is not an .xlsx.
    if ((error as NodeJS.ErrnoException)?.syscall) throw error;
    throw new BadRequest("import.notXlsx");
  }
  if (!sawSheet) throw new RuleViolation("import.noSheet");
}

function headerColumns(row: Row): (ImportField | undefined)[] {
  const columns: (ImportField | undefined)[] = [];
  row.eachCell((cell, col) => {
    const text = cellText(cell.value)
      .trim()
      .replace(/\s*\*$/, "");
    columns[col] = importColumns.find((c) => c.header.toLowerCase() === text.toLowerCase())?.field;
  });
  for (const column of importColumns) {
    if (column.required && !columns.includes(column.field))
      throw new RuleViolation("import.missingColumn", { column: column.header });
  }
  return columns;
}

function parseRow(row: Row, columns: (ImportField | undefined)[]): RawRow | null {
  const values: Partial<Record<ImportField, string>> = {};
  const formulaColumns: string[] = [];
  row.eachCell((cell, col) => {
    const field = columns[col];
    if (!field) return;
    const value = cell.value as unknown;
    if (value && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
      formulaColumns.push(field);
      return;
    }
    const text = typeof value === "number" ? numberText(field, value) : cellText(value).trim();
    if (text) values[field] = text;
  });
  if (Object.keys(values).length === 0 && formulaColumns.length === 0) return null;
  return { row: row.number, values, formulaColumns };
}

/**
 * Digits that Excel took for a number lose their leading zeros (a cell left in the General format): a citizen ID is
 * 12 digits and starts with 0 (the province codes run 001–096), a card number is 8 digits, a mobile phone 10 digits
 * starting with 0; the zeros Excel dropped are put back. Any other number is read as written.
 */
const digitCounts: Partial<Record<ImportField, number>> = { citizenId: 12, cardNumber: 8, phone: 10 };

function numberText(field: ImportField, value: number): string {
  const text = String(value);
  const digits = digitCounts[field];
  return digits && Number.isInteger(value) && value > 0 && text.length < digits ? text.padStart(digits, "0") : text;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    return `${String(value.getUTCDate()).padStart(2, "0")}/${String(value.getUTCMonth() + 1).padStart(2, "0")}/${value.getUTCFullYear()}`;
  }
  if (typeof value === "object") {
    const v = value as { richText?: { text: string }[]; text?: string; result?: unknown };
    if (v.richText) return v.richText.map((r) => r.text).join("");
    if (v.text !== undefined) return String(v.text);
    return "";
  }
  return String(value);
}

/** dd/mm/yyyy (or d/m/yyyy) to ISO, or null when it is not a real date. */
export function parseDmy(text: string): string | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!match) return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
  const [, d, m, y] = match;
  const iso = `${y}-${(m as string).padStart(2, "0")}-${(d as string).padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}
