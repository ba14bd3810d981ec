import type {
  CaseAction,
  DisciplineFormAny,
  DisciplineSubjectType,
  LetterActionInput,
  LetterIdentity,
  LetterStatus,
} from "@dangvu/contract";

/**
 * The forms a discipline subject allows, lightest first, to offer only those in the form (69-QĐ/TW Điều 7): an
 * organisation is reprimanded, warned or dissolved; a full member reprimanded, warned, removed from a post or
 * expelled; a probationary member only reprimanded or warned. The server's rule (discipline.rules.ts formsFor)
 * decides; this only narrows the choice shown.
 */
export function allowedForms(
  subjectType: DisciplineSubjectType,
  memberStatus: string | undefined,
): DisciplineFormAny[] {
  if (subjectType === "organisation") return ["reprimand", "warning", "dissolution"];
  if (memberStatus === "probationary") return ["reprimand", "warning"];
  return ["reprimand", "warning", "dismissal", "expulsion"];
}

/** Letters whose sender cannot be known are kept without action (22-QĐ/TW Đ20). */
export const filedWithoutAction = (identity: LetterIdentity | undefined): boolean =>
  identity !== undefined && identity !== "named";

/** The step a case takes next: the first action the server allows in its state, or none once it is closed. */
export const nextActionOf = (actions: readonly CaseAction[]): CaseAction | null => actions[0] ?? null;

/** Closing a case ends its record: confirmed before it is sent. */
export const isIrreversible = (action: CaseAction): boolean => action === "close";

export type SummaryPeriod = "year" | "h1" | "h2";

/** The dates of a period of a year for the counts page. */
export function periodDates(year: number, period: SummaryPeriod): { from: string; to: string } {
  if (period === "h1") return { from: `${year}-01-01`, to: `${year}-06-30` };
  if (period === "h2") return { from: `${year}-07-01`, to: `${year}-12-31` };
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The years offered in the filters: this year back to seven years before. */
export function recentYears(thisYear: number): number[] {
  return Array.from({ length: 8 }, (_, i) => thisYear - i);
}

/** What may be done with a letter in its status: decide whose it is, then resolve it; the server checks again. */
export function letterActionsOf(status: LetterStatus): LetterActionInput["action"][] {
  if (status === "received") return ["take", "forward", "file"];
  if (status === "in_progress") return ["resolve"];
  return [];
}

/** A case is opened from a letter still being handled, once. */
export const mayOpenCaseFrom = (l: { status: LetterStatus; caseId: string | null }): boolean =>
  l.caseId === null && (l.status === "received" || l.status === "in_progress");
