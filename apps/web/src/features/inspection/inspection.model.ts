import {
  type CaseAction,
  type DisciplineFormAny,
  type DisciplineSubjectType,
  disciplineFormsFor,
  isFiledWithoutAction,
  type LetterActionInput,
  type LetterIdentity,
  type LetterStatus,
  letterActionsFrom,
} from "@dangvu/contract";

/** The forms a discipline subject allows (the contract's rule, the server's too), for the member's status as known. */
export function allowedForms(
  subjectType: DisciplineSubjectType,
  memberStatus: string | undefined,
): DisciplineFormAny[] {
  if (subjectType === "organisation") return disciplineFormsFor({ type: "organisation" });
  return disciplineFormsFor({ type: "member", status: memberStatus === "probationary" ? "probationary" : "full" });
}

/** Letters whose sender cannot be known are kept without action (the contract's rule), once an identity is chosen. */
export const filedWithoutAction = (identity: LetterIdentity | undefined): boolean =>
  identity !== undefined && isFiledWithoutAction(identity);

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

/** What may be done with a letter in its status (the contract's table, which the server enforces). */
export const letterActionsOf = (status: LetterStatus): LetterActionInput["action"][] => letterActionsFrom(status);

/** A case is opened from a letter still being handled, once. */
export const mayOpenCaseFrom = (l: { status: LetterStatus; caseId: string | null }): boolean =>
  l.caseId === null && (l.status === "received" || l.status === "in_progress");
