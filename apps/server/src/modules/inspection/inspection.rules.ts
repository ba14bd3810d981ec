import type { CaseAction, CaseKind, CaseState, SubjectType } from "@dangvu/contract";
import { isFiledWithoutAction, isSupervision } from "@dangvu/contract";
import { addWorkingDays, type WorkCalendar } from "../../rules/calendar";
import { addDays } from "../../rules/dates";
import type { StepDays } from "./inspection.settings";

/**
 * The workflow of a case (domain.md §7.1), as DIGIT keeps it: each action from the states it may follow to the state
 * it leads to. A supervision may be concluded on the subject's report without verification; an inspection may not.
 */
const transitions: Record<CaseAction, { from: readonly CaseState[]; to: CaseState }> = {
  form_team: { from: ["decided"], to: "team_formed" },
  receive_self_report: { from: ["team_formed"], to: "self_report" },
  start_verification: { from: ["self_report"], to: "verifying" },
  conclude: { from: ["verifying"], to: "concluded" },
  notify: { from: ["concluded"], to: "notified" },
  close: { from: ["notified"], to: "closed" },
};

/** The state an action leads to from `state`, or null when the action may not be taken there. */
export function nextState(kind: CaseKind, state: CaseState, action: CaseAction): CaseState | null {
  const rule = transitions[action];
  if (rule.from.includes(state)) return rule.to;
  if (action === "conclude" && state === "self_report" && isSupervision(kind)) return rule.to;
  return null;
}

/** The actions a case may take next, in the order of the workflow. */
export function nextActions(kind: CaseKind, state: CaseState): CaseAction[] {
  return (Object.keys(transitions) as CaseAction[]).filter((a) => nextState(kind, state, a) !== null);
}

/** The deadline of the step that begins on `since` in `state`: its working days from the setting; none once closed. */
export function stepDueOn(state: CaseState, since: string, days: StepDays, calendar: WorkCalendar): string | null {
  const n = days[state];
  if (state === "closed" || n === undefined || n === null) return null;
  return addWorkingDays(since, n, calendar);
}

/** Whether a case is late on `today`: its step's deadline or the decision's own time limit has passed. */
export function isOverdue(
  c: { state: CaseState; stepDueOn: string | null; dueOn: string | null },
  today: string,
): boolean {
  if (c.state === "closed") return false;
  return (
    (c.stepDueOn !== null && c.stepDueOn < today) || (c.dueOn !== null && c.state !== "notified" && c.dueOn < today)
  );
}

/** Letters from no one who can be answered are kept without action: the contract's rule, shared with the screens. */
export { isFiledWithoutAction };

/** The last day to resolve a letter received on `receivedOn` (calendar days, as the rule counts them). */
export function letterDueOn(receivedOn: string, days: number): string {
  return addDays(receivedOn, days);
}

/** Whether a letter still to be resolved is past its deadline. */
export function letterOverdue(l: { status: string; dueOn: string | null }, today: string): boolean {
  return (l.status === "received" || l.status === "in_progress") && l.dueOn !== null && l.dueOn < today;
}

/** The subject types that name a member record (a committee member is a member too). */
export function namesMember(type: SubjectType): boolean {
  return type === "member" || type === "committee_member";
}
