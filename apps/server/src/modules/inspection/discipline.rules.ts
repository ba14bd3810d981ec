import {
  type DecidingBody,
  type DisciplineFormAny,
  type DisciplineSubject,
  type DisciplineSubjectType,
  disciplineFormsFor,
  type OrgUnitType,
  type ViolationGroup,
} from "@dangvu/contract";
import { addDays, addMonths } from "../../rules/dates";
import type { Authority, Limitation } from "./inspection.settings";

/** The forms a subject allows: the contract's rule, shared with the screens. */
export const formsFor = disciplineFormsFor;
export type { DisciplineSubject };

/** Where the subject stands relative to the deciding unit. */
export type SubjectRelation = "own" | "below" | "outside";

export interface AuthorityQuestion {
  body: DecidingBody;
  unitType: OrgUnitType;
  subjectType: DisciplineSubjectType;
  form: DisciplineFormAny;
  /** The member's cell (or the organisation) relative to the deciding unit. */
  relation: SubjectRelation;
}

/**
 * Whether a body may decide a form for a subject (Điều lệ Đ36; 22-QĐ/TW Đ11, as the rule setting holds them): the
 * right type of unit, the form within its power, the subject within its reach (a cell its own members; a committee,
 * its standing committee or UBKT their unit and below; an organisation only from above). Null when it may; else the
 * message code of the rule broken.
 */
export function authorityBreach(authority: Authority, q: AuthorityQuestion): string | null {
  const rule = authority[q.body];
  if (!rule.unitTypes.includes(q.unitType)) return "discipline.bodyNotAtLevel";
  const forms = q.subjectType === "organisation" ? rule.organisation : rule.member;
  if (!forms.includes(q.form)) return "discipline.formBeyondBody";
  if (q.relation === "outside") return "discipline.subjectOutside";
  if (q.subjectType === "organisation" && q.relation !== "below") return "discipline.organisationFromAbove";
  if (q.subjectType === "member" && rule.memberScope === "own" && q.relation !== "own")
    return "discipline.cellOwnMembers";
  return null;
}

export interface LimitationQuestion {
  subjectType: DisciplineSubjectType;
  form: DisciplineFormAny;
  group: ViolationGroup;
  violationFrom: string;
  violationTo: string | null;
  /** A new violation within the period restarts the clock. */
  renewedOn: string | null;
}

/**
 * The last day a form may still be decided for a violation (domain.md §7.4): the period of the form counted from the
 * violation, or from its end when it ran on; a new violation committed within that period restarts the clock from
 * itself (one committed after the period has run out revives nothing). Null when the violation has no limit: a group
 * the setting lists, or a form the setting gives no period (expulsion, dissolution).
 */
export function limitationEndsOn(limitation: Limitation, q: LimitationQuestion): string | null {
  if (limitation.unlimitedGroups.includes(q.group)) return null;
  const years = limitation[q.subjectType][q.form];
  if (years === null || years === undefined) return null;
  const periodFrom = (start: string) => addDays(addMonths(start, years * 12), -1);
  const start = q.violationTo && q.violationTo > q.violationFrom ? q.violationTo : q.violationFrom;
  const ends = periodFrom(start);
  if (q.renewedOn && q.renewedOn > start && q.renewedOn <= ends) return periodFrom(q.renewedOn);
  return ends;
}

/** The last day to file a complaint against a decision received on `decidedOn`: `days` calendar days after it. */
export function complaintDeadline(decidedOn: string, days: number): string {
  return addDays(decidedOn, days);
}

/** What a decided form does to the member's record: an expulsion ends the membership; the rest are recorded on it. */
export function memberEventOf(form: DisciplineFormAny): "expulsion" | "discipline" | null {
  if (form === "expulsion") return "expulsion";
  if (form === "reprimand" || form === "warning" || form === "dismissal") return "discipline";
  return null;
}
