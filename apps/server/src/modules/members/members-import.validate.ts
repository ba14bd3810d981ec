import { randomUUID } from "node:crypto";
import { CreateMemberInput, type ImportReport } from "@dangvu/contract";
import type { Ctx } from "../../context";
import { viNameSortKey } from "../../db/vi-sort";
import { fieldLabel, translate } from "../../i18n";
import { ruleValueIn } from "../../rules/settings";
import { newMemberProblems } from "./members.rules";
import { importColumns, parseDmy, type RawRow } from "./members-import.parse";
import type { StagedDuplicate, StagedRow, UnitChoice } from "./members-import.repo";
import { statusByLabel } from "./members-labels";
import { cardNumberProblem, futureDateProblems, type PaperRecord } from "./members-record.rules";
import { type PaperRuleBook, paperProblems } from "./members-rules.load";

type RowError = ImportReport["errors"][number];

/** One row judged: every error found in it, and the record to write when there is none. */
export interface CheckedRow {
  row: number;
  errors: RowError[];
  input?: CreateMemberInput;
  /** The identifiers read from the row, checked for duplicates even when the row has other errors. */
  citizenId?: string;
  cardNumber?: string;
}

const dateFields = ["birthDate", "admissionDecidedOn", "ceremonyOn", "fullMembershipOn"] as const;

/**
 * Checks one row completely, so that a dry run reports every error of every row at once: the cells (required,
 * formulas, values, dates, the cell's name), the record's shape, then the same date, age and card rules as a record
 * entered by hand (by the versions in force on the row's own dates). A field already wrong is not judged again.
 */
export function checkRow(ctx: Ctx, raw: RawRow, cells: CellIndex, book: PaperRuleBook): CheckedRow {
  const errors: RowError[] = [];
  const wrong = new Set<string>();
  const err = (field: string, code: string, params: Record<string, string | number> = {}) => {
    if (wrong.has(field)) return;
    wrong.add(field);
    errors.push({ row: raw.row, column: columnName(field), message: translate(ctx.lang, code, params) });
  };
  for (const field of raw.formulaColumns) err(field, "import.formula");
  for (const column of importColumns)
    if (column.required && !raw.values[column.field]) err(column.field, "import.required");
  const v = raw.values;
  const dates = Object.fromEntries(dateFields.map((field) => [field, readDate(v[field], field, err)]));
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
    ...dates,
    citizenId: v.citizenId?.replace(/\s/g, ""),
  };
  const parsed = CreateMemberInput.safeParse(candidate);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const message = translate(ctx.lang, issue.message) !== issue.message ? issue.message : "import.badValue";
      const field = String(issue.path[0] ?? "fullName");
      err(field === "orgUnitId" ? "orgUnit" : field, message);
    }
  for (const problem of ruleProblems(candidate, book, ctx.today)) {
    if (!problem.irregular) err(problem.field, problem.code, problem.params);
    else err(problem.field, "import.irregularHint", { message: translate(ctx.lang, problem.code, problem.params) });
  }
  const ids = {
    citizenId: wrong.has("citizenId") ? undefined : candidate.citizenId || undefined,
    cardNumber: wrong.has("cardNumber") ? undefined : candidate.cardNumber || undefined,
  };
  return errors.length > 0 || !parsed.success
    ? { row: raw.row, errors, ...ids }
    : { row: raw.row, errors, input: parsed.data, ...ids };
}

function readDate(
  text: string | undefined,
  field: string,
  err: (field: string, code: string, params?: Record<string, string | number>) => void,
): string | undefined {
  if (!text) return undefined;
  const iso = parseDmy(text);
  if (!iso)
    err(field, /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(text.trim()) ? "import.unrealDate" : "import.badDate", {
      value: text,
    });
  return iso ?? undefined;
}

interface RuleProblem {
  field: string;
  code: string;
  params?: Record<string, string | number>;
  /** A rule an old record may break for real: the message says how to enter it by hand with its reason. */
  irregular?: boolean;
}

/**
 * The record rules a row breaks, as far as its readable cells allow: without a status nothing is judged; without a
 * birth date the rules of age are left out. An irregular old record is entered by hand, with its reason.
 */
function ruleProblems(row: Partial<PaperRecord>, book: PaperRuleBook, today: string): RuleProblem[] {
  if (!row.status) return [];
  const record = { ...row, status: row.status, birthDate: row.birthDate ?? today } as PaperRecord;
  const aged = (p: RuleProblem) => Boolean(row.birthDate) || (p.field !== "birthDate" && !p.code.includes(".too"));
  // Without an admission date the paper rules judge nothing; the card's shape is still checked.
  const card =
    record.cardNumber && !record.admissionDecidedOn
      ? cardNumberProblem(record.cardNumber, ruleValueIn(book.cardNumber, record.fullMembershipOn ?? today))
      : null;
  return [
    ...newMemberProblems(record, today),
    ...futureDateProblems(record, today),
    ...paperProblems(book, record, today).map((p) => ({ ...p, irregular: true })),
    ...(card ? [card] : []),
  ].filter(aged);
}

/** The errors of the rows whose citizen ID or card number repeats an earlier row of the file or one on record. */
export function duplicateErrors(ctx: Ctx, duplicates: readonly StagedDuplicate[]): RowError[] {
  const errors: RowError[] = [];
  for (const d of duplicates) {
    const citizen = columnName("citizenId");
    if (d.firstRow !== null)
      errors.push({
        row: d.row,
        column: citizen,
        message: translate(ctx.lang, "import.duplicateInFile", { row: d.firstRow }),
      });
    else if (d.citizenTaken)
      errors.push({ row: d.row, column: citizen, message: translate(ctx.lang, "import.duplicateInDb") });
    if (d.cardTaken)
      errors.push({
        row: d.row,
        column: columnName("cardNumber"),
        message: translate(ctx.lang, "member.cardTaken", { cardNumber: d.cardNumber ?? "" }),
      });
  }
  return errors;
}

/** A checked row as the staging table keeps it: the record when it has no error, its identifiers in any case. */
export function stagedRow(jobId: string, checked: CheckedRow): StagedRow {
  const ids = { jobId, row: checked.row, citizenId: checked.citizenId ?? null, cardNumber: checked.cardNumber ?? null };
  const m = checked.input;
  if (!m) return ids;
  return {
    ...ids,
    memberId: randomUUID(),
    cardNumber: m.cardNumber ?? null,
    citizenId: m.citizenId ?? null,
    fullName: m.fullName,
    nameSortKey: viNameSortKey(m.fullName),
    sex: m.sex,
    birthDate: m.birthDate,
    homeTown: m.homeTown ?? null,
    ethnicity: m.ethnicity ?? null,
    religion: m.religion ?? null,
    generalEducation: m.generalEducation ?? null,
    professionalQualification: m.professionalQualification ?? null,
    politicalTheoryLevel: m.politicalTheoryLevel ?? "none",
    occupation: m.occupation ?? null,
    jobTitle: m.jobTitle ?? null,
    phone: m.phone ?? null,
    address: m.address ?? null,
    orgUnitId: m.orgUnitId,
    status: m.status,
    admissionDecisionNo: m.admissionDecisionNo ?? null,
    admissionDecidedOn: m.admissionDecidedOn ?? null,
    ceremonyOn: m.ceremonyOn ?? null,
    fullMembershipOn: m.fullMembershipOn ?? null,
  };
}

export const theoryLevels: Record<string, "none" | "elementary" | "intermediate" | "advanced"> = {
  chưa: "none",
  không: "none",
  "sơ cấp": "elementary",
  "trung cấp": "intermediate",
  "cao cấp": "advanced",
  "cử nhân": "advanced",
};

export interface CellIndex {
  byLabel: Map<string, UnitChoice>;
  byName: Map<string, UnitChoice[]>;
}

/** Cells by their full label ("Chi bộ … — Đảng bộ …") and by bare name, lower-cased, for constant-time lookups. */
export function indexCells(cells: UnitChoice[]): CellIndex {
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

export function columnName(field: string): string {
  return importColumns.find((c) => c.field === field)?.header ?? fieldLabel("vi", field);
}
