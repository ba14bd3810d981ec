import { createHash, randomUUID } from "node:crypto";
import { CreateMemberInput, type ImportReport } from "@dangvu/contract";
import type { FastifyRequest } from "fastify";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { BadRequest, DomainError, Forbidden } from "../../errors";
import { fieldLabel, translate } from "../../i18n";
import ExcelJS from "../../platform/excel";
import { readMultipart } from "../../platform/uploads";
import { newMemberProblems } from "./members.rules";
import { importColumns, parseDmy, type RawRow, readRows, sheetName } from "./members-import.parse";
import { cellLookup, insertImported, type UnitChoice } from "./members-import.repo";
import { statusByLabel } from "./members-labels";
import { futureDateProblems } from "./members-record.rules";
import { loadPaperRuleBook, type PaperRuleBook, paperProblems } from "./members-rules.load";

export const maxFileBytes = 20 * 1024 * 1024;

/** The upload of a multipart request as a buffer; an oversized file is refused, not truncated. */
export async function readUpload(request: FastifyRequest): Promise<Buffer> {
  const { file } = await readMultipart(request, { file: "file", maxFileBytes, tooLargeCode: "import.tooLarge" });
  if (!file || file.content.length === 0) throw new BadRequest("import.noFile", {}, { file: "import.noFile" });
  return file.content;
}

/** A template workbook: the member sheet's headers and a sheet listing the cells the user may import into. */
export async function templateWorkbook(ctx: Ctx): Promise<Buffer> {
  requireSomeWriteGrant(ctx);
  const cells = await cellLookup(ctx);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = importColumns.map((c) => ({
    header: c.required ? `${c.header} *` : c.header,
    key: c.field,
    width: c.width,
  }));
  sheet.getRow(1).font = { bold: true };
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
  guide.addRow(["Mỗi dòng một người. Cột có dấu * là bắt buộc. Ngày ghi dd/mm/yyyy. Xóa dòng mẫu trước khi nhập."]);
  guide.addRow(["Giới tính: Nam / Nữ. Trạng thái: Quần chúng ưu tú / Đảng viên dự bị / Đảng viên chính thức."]);
  guide.addRow(["Lý luận chính trị: Chưa / Sơ cấp / Trung cấp / Cao cấp. Không dùng công thức."]);
  guide.addRow([]);
  guide.addRow(["Chi bộ (chép đúng tên dưới đây):"]);
  for (const cell of cells) guide.addRow([cell.label]);
  guide.getColumn(1).width = 90;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

interface ValidRow {
  row: number;
  input: CreateMemberInput;
}

/** Validates every row (dry run), or imports them all in one transaction when there is no error at all. */
export async function importMembers(ctx: Ctx, buffer: Buffer, dryRun: boolean): Promise<ImportReport> {
  requireSomeWriteGrant(ctx);
  const rows = await readRows(buffer);
  const cells = indexCells(await cellLookup(ctx));
  const book = await loadPaperRuleBook(ctx.db);
  const errors: ImportReport["errors"] = [];
  const valid: ValidRow[] = [];
  for (const raw of rows) {
    const result = validateRow(ctx, raw, cells, book);
    if ("errors" in result) errors.push(...result.errors);
    else valid.push(result);
  }
  errors.push(...(await duplicates(ctx, valid)));
  const bad = new Set(errors.map((e) => e.row));
  const report: ImportReport = {
    dryRun,
    totalRows: rows.length,
    validRows: valid.filter((v) => !bad.has(v.row)).length,
    imported: 0,
    errors: errors.sort((a, b) => a.row - b.row),
  };
  if (dryRun) return report;
  if (errors.length > 0) throw new DomainError(422, "import.hasErrors", { count: errors.length }, {}, { report });
  // Every row's unit came from cellLookup, which lists only the cells the actor may write members into.
  await ctx.transaction(async (tx) => {
    await insertImported(
      tx,
      valid.map((v) => ({ id: randomUUID(), input: v.input })),
      ctx,
    );
    const sha256 = createHash("sha256").update(buffer).digest("hex");
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "member.imported",
      entityType: "import",
      entityId: sha256.slice(0, 16),
      after: { rows: valid.length, sha256 },
    });
  });
  return { ...report, imported: valid.length };
}

/** Importing needs the right to write members somewhere; which cells is checked row by row. */
function requireSomeWriteGrant(ctx: Ctx) {
  if (!ctx.actor.grants.some((g) => g.permissions.has("member.write"))) throw new Forbidden();
}

function validateRow(
  ctx: Ctx,
  raw: RawRow,
  cells: CellIndex,
  book: PaperRuleBook,
): ValidRow | { errors: ImportReport["errors"] } {
  const errors: ImportReport["errors"] = [];
  const err = (field: string, code: string, params = {}) =>
    errors.push({ row: raw.row, column: columnName(field), message: translate(ctx.lang, code, params) });
  for (const field of raw.formulaColumns) err(field, "import.formula");
  for (const column of importColumns)
    if (column.required && !raw.values[column.field] && !raw.formulaColumns.includes(column.field))
      err(column.field, "import.required");
  const v = raw.values;
  const date = (field: "birthDate" | "admissionDecidedOn" | "ceremonyOn" | "fullMembershipOn") => {
    if (!v[field]) return undefined;
    const iso = parseDmy(v[field] as string);
    if (!iso)
      err(
        field,
        /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test((v[field] as string).trim()) ? "import.unrealDate" : "import.badDate",
        { value: v[field] as string },
      );
    return iso ?? undefined;
  };
  const sex = v.sex ? ({ nam: "male", nữ: "female", nu: "female" } as const)[v.sex.toLowerCase() as "nam"] : undefined;
  if (v.sex && !sex) err("sex", "import.badValue");
  const status = v.status ? statusByLabel[v.status.toLowerCase()] : undefined;
  if (v.status && !status) err("status", "import.badValue");
  const theory = v.politicalTheoryLevel ? theoryLevels[v.politicalTheoryLevel.toLowerCase()] : "none";
  if (!theory) err("politicalTheoryLevel", "import.badValue");
  const unit = v.orgUnit ? resolveUnit(cells, v.orgUnit) : undefined;
  if (v.orgUnit && !unit) err("orgUnit", "import.unitUnknown");
  const candidate = {
    ...v,
    orgUnit: undefined,
    sex,
    status,
    politicalTheoryLevel: theory,
    orgUnitId: unit?.id,
    birthDate: date("birthDate"),
    admissionDecidedOn: date("admissionDecidedOn"),
    ceremonyOn: date("ceremonyOn"),
    fullMembershipOn: date("fullMembershipOn"),
    citizenId: v.citizenId?.replace(/\s/g, ""),
  };
  if (errors.length > 0) return { errors };
  const parsed = CreateMemberInput.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      err(
        String(issue.path[0] ?? "fullName"),
        translate(ctx.lang, issue.message) !== issue.message ? issue.message : "import.badValue",
      );
    return { errors };
  }
  for (const problem of newMemberProblems(parsed.data, ctx.today)) err(problem.field, problem.code);
  for (const problem of futureDateProblems(parsed.data, ctx.today)) err(problem.field, problem.code);
  // The same date, age and card rules as a record entered by hand, by the versions in force on the row's own dates;
  // an irregular old record is entered by hand, with its reason.
  for (const problem of paperProblems(book, parsed.data, ctx.today))
    err(problem.field, "import.irregularHint", { message: translate(ctx.lang, problem.code, problem.params) });
  return errors.length > 0 ? { errors } : { row: raw.row, input: parsed.data };
}

async function duplicates(ctx: Ctx, rows: ValidRow[]): Promise<ImportReport["errors"]> {
  const { findTakenIds } = await import("./members-import.repo");
  const errors: ImportReport["errors"] = [];
  const taken = await findTakenIds(
    ctx.db,
    rows.flatMap((r) => (r.input.citizenId ? [r.input.citizenId] : [])),
    rows.flatMap((r) => (r.input.cardNumber ? [r.input.cardNumber] : [])),
  );
  const seenId = new Map<string, number>();
  const seenCard = new Map<string, number>();
  for (const { row, input } of rows) {
    const id = input.citizenId;
    if (id && seenId.has(id))
      errors.push({
        row,
        column: columnName("citizenId"),
        message: translate(ctx.lang, "import.duplicateInFile", { row: seenId.get(id) as number }),
      });
    else if (id && taken.citizenIds.has(id))
      errors.push({ row, column: columnName("citizenId"), message: translate(ctx.lang, "import.duplicateInDb") });
    if (id && !seenId.has(id)) seenId.set(id, row);
    const card = input.cardNumber;
    if (card && (seenCard.has(card) || taken.cardNumbers.has(card)))
      errors.push({
        row,
        column: columnName("cardNumber"),
        message: translate(ctx.lang, "member.cardTaken", { cardNumber: card }),
      });
    if (card) seenCard.set(card, row);
  }
  return errors;
}

const theoryLevels: Record<string, "none" | "elementary" | "intermediate" | "advanced"> = {
  chưa: "none",
  không: "none",
  "sơ cấp": "elementary",
  "trung cấp": "intermediate",
  "cao cấp": "advanced",
  "cử nhân": "advanced",
};

interface CellIndex {
  byLabel: Map<string, UnitChoice>;
  byName: Map<string, UnitChoice[]>;
}

/** Cells by their full label ("Chi bộ … — Đảng bộ …") and by bare name, lower-cased, for constant-time lookups. */
function indexCells(cells: UnitChoice[]): CellIndex {
  const byLabel = new Map(cells.map((c) => [c.label.toLowerCase(), c]));
  const byName = new Map<string, UnitChoice[]>();
  for (const cell of cells) byName.set(cell.name.toLowerCase(), [...(byName.get(cell.name.toLowerCase()) ?? []), cell]);
  return { byLabel, byName };
}

/** A cell by its full label, or by its bare name when only one cell has it. */
function resolveUnit(cells: CellIndex, text: string): UnitChoice | undefined {
  const wanted = text.trim().toLowerCase();
  const byName = cells.byName.get(wanted);
  return cells.byLabel.get(wanted) ?? (byName?.length === 1 ? byName[0] : undefined);
}

function columnName(field: string): string {
  return importColumns.find((c) => c.field === field)?.header ?? fieldLabel("vi", field);
}
