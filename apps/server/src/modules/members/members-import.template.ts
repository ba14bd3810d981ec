import type { Ctx } from "../../context";
import ExcelJS from "../../platform/excel";
import { addListValidation } from "../../platform/excel-sheet";
import { importColumns, sheetName } from "./members-import.parse";
import { cellLookup } from "./members-import.repo";

/** The rows the template's lists and text formats reach: far more than any committee's list. */
const templateRows = 20_000;
const lookupSheet = "Danh mục";

/** Columns typed as text, so that Excel keeps the leading zeros of a citizen ID, a card number or a phone. */
const textColumns = new Set(["citizenId", "cardNumber", "phone", "admissionDecisionNo", "generalEducation"]);

/** Fixed choices offered as drop-down lists. */
const choices: Partial<Record<(typeof importColumns)[number]["field"], string[]>> = {
  sex: ["Nam", "Nữ"],
  status: ["Quần chúng ưu tú", "Đảng viên dự bị", "Đảng viên chính thức"],
  politicalTheoryLevel: ["Chưa", "Sơ cấp", "Trung cấp", "Cao cấp"],
};

/**
 * The import workbook: the member sheet with its headers, text columns for identifiers (Excel drops a leading 0 from
 * a number: 001085012345 became 1085012345 and was refused), drop-down lists for sex, status, political theory and
 * the cells the user may import into (from the sheet "Danh mục"), a sample row, and a sheet of instructions.
 */
export async function templateWorkbook(ctx: Ctx): Promise<Buffer> {
  const cells = await cellLookup(ctx);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Đảng Vụ";
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = importColumns.map((c) => ({
    header: c.required ? `${c.header} *` : c.header,
    key: c.field,
    width: c.width,
    ...(textColumns.has(c.field) ? { style: { numFmt: "@" } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).numFmt = "General";
  const lookup = workbook.addWorksheet(lookupSheet);
  lookup.getCell("A1").value = "Chi bộ (chọn trong danh sách ở cột Chi bộ)";
  lookup.getCell("A1").font = { bold: true };
  cells.forEach((cell, i) => {
    lookup.getCell(`A${i + 2}`).value = cell.label;
  });
  lookup.getColumn(1).width = 90;
  importColumns.forEach((column, i) => {
    const letter = sheet.getColumn(i + 1).letter;
    const range = `${letter}2:${letter}${templateRows + 1}`;
    const list = choices[column.field];
    const error = "Chọn một giá trị trong danh sách.";
    if (list) addListValidation(sheet, range, { formula: `"${list.join(",")}"`, title: column.header, error });
    if (column.field === "orgUnit" && cells.length > 0) {
      const formula = `'${lookupSheet}'!$A$2:$A$${cells.length + 1}`;
      addListValidation(sheet, range, { formula, title: column.header, error });
    }
  });
  sheet.addRow({
    fullName: "Nguyễn Văn Mẫu",
    sex: "Nam",
    birthDate: "15/08/1985",
    citizenId: "001085012345",
    orgUnit: cells[0]?.label ?? "",
    status: "Đảng viên chính thức",
    admissionDecisionNo: "125-QĐ/ĐU",
    admissionDecidedOn: "03/02/2012",
    ceremonyOn: "20/02/2012",
    fullMembershipOn: "20/02/2013",
    ethnicity: "Kinh",
    religion: "Không",
    generalEducation: "12/12",
    politicalTheoryLevel: "Trung cấp",
  });
  const guide = workbook.addWorksheet("Hướng dẫn");
  for (const line of guideLines) guide.addRow([line]);
  guide.addRow([]);
  guide.addRow(["Chi bộ (chép đúng tên dưới đây, hoặc chọn trong danh sách của cột Chi bộ):"]);
  for (const cell of cells) guide.addRow([cell.label]);
  guide.getColumn(1).width = 100;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const guideLines = [
  "Mỗi dòng một người. Cột có dấu * là bắt buộc. Ngày ghi dd/mm/yyyy. Xóa dòng mẫu trước khi nhập.",
  "Giới tính, Trạng thái, Chi bộ, Lý luận chính trị: bấm vào ô và chọn trong danh sách thả xuống.",
  "Số CCCD, số thẻ, điện thoại đã để dạng văn bản nên giữ số 0 ở đầu; khi dán từ tệp khác, dùng Dán giá trị (Paste Values).",
  "Không dùng công thức. Trạng thái: Quần chúng ưu tú / Đảng viên dự bị / Đảng viên chính thức.",
];
