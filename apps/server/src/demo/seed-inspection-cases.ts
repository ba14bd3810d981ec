import type { CaseAction, CaseKind, CaseState, InspectingBody } from "@dangvu/contract";
import { isSupervision } from "@dangvu/contract";
import type { inspectionCaseSteps, inspectionCaseSubjects, inspectionCases, StoredSubject } from "../db/schema";
import type { StepDays } from "../modules/inspection";
import { nextState, stepDueOn } from "../modules/inspection";
import { addWorkingDays, isWorkingDay, type WorkCalendar } from "../rules/calendar";
import { addDays } from "../rules/dates";
import type { Random } from "./random";
import { followUpOf, stepNotes } from "./seed-inspection-texts";

export type CaseRow = typeof inspectionCases.$inferInsert;
export type SubjectRow = typeof inspectionCaseSubjects.$inferInsert;
export type StepRow = typeof inspectionCaseSteps.$inferInsert;

/** What the case builder needs from the demo: its stream, the holidays, the step deadlines and today. */
export interface CaseWork {
  random: Random;
  calendar: WorkCalendar;
  stepDays: StepDays;
  today: string;
}

/** A case to build: what it is and what it will record at each step. The decision number is set afterwards. */
export interface CaseSpec {
  orgUnitId: string;
  body: InspectingBody;
  kind: CaseKind;
  title: string;
  content: string | null;
  subjects: StoredSubject[];
  decidedOn: string;
  programmeItemId: string | null;
  letterId: string | null;
  leader: string;
  team: string;
  byName: string;
  conclusion: string;
  violationFound: boolean;
  /** The last day the inspecting unit exists, when it ends: the case must be closed by then. */
  until: string | null;
  /** How much of each step's time limit the step takes (0.3–0.6 by default). */
  pace?: readonly [number, number];
}

export interface SeededCase {
  row: CaseRow & { id: string; decisionNo: string };
  subjects: SubjectRow[];
  steps: (StepRow & { action: CaseAction; on: string })[];
  concludedOn: string | null;
}

/** The first working day on or after `day`. */
export function workdayFrom(day: string, calendar: WorkCalendar): string {
  let d = day;
  while (!isWorkingDay(d, calendar)) d = addDays(d, 1);
  return d;
}

/** The actions a case goes through, in the workflow's order: a supervision sometimes concludes on the report. */
function actionsOf(random: Random, kind: CaseKind): CaseAction[] {
  const all: CaseAction[] = ["form_team", "receive_self_report", "start_verification", "conclude", "notify", "close"];
  return isSupervision(kind) && random.chance(0.5) ? all.filter((a) => a !== "start_verification") : all;
}

/**
 * A case decided on its day, its steps dated in order within each step's time limit (working days, holidays
 * skipped), recorded up to today: past ones closed, recent ones mid-way with the current step's deadline. Null when
 * its unit ends before the case could be closed.
 */
export function buildCase(w: CaseWork, spec: CaseSpec): SeededCase | null {
  const { random, calendar, stepDays } = w;
  const [lo, hi] = spec.pace ?? [0.3, 0.6];
  const planned: { action: CaseAction; on: string; state: CaseState }[] = [];
  let state: CaseState = "decided";
  let on = spec.decidedOn;
  for (const action of actionsOf(random, spec.kind)) {
    const limit = state === "notified" ? 60 : (stepDays[state] ?? 10);
    on = addWorkingDays(on, Math.max(1, random.int(Math.ceil(limit * lo), Math.ceil(limit * hi))), calendar);
    const next = nextState(spec.kind, state, action);
    if (!next) throw new Error(`demo: ${action} may not follow ${state}`);
    state = next;
    planned.push({ action, on, state });
  }
  if (spec.until && (planned.at(-1) as { on: string }).on > spec.until) return null;
  const id = random.uuid();
  const notifyOn = planned.find((p) => p.action === "notify")?.on as string;
  const dueOn = random.chance(0.7) ? addDays(notifyOn, random.int(3, 20)) : null;
  const done = planned.filter((p) => p.on <= w.today);
  const steps = done.map((p) => ({
    id: random.uuid(),
    caseId: id,
    action: p.action,
    on: p.on,
    details: detailsOf(random, spec, p.action),
    byName: spec.byName,
    createdAt: new Date(`${p.on}T${String(random.int(8, 16)).padStart(2, "0")}:${random.int(10, 59)}:00+07:00`),
  }));
  const seeded: SeededCase = {
    row: {
      id,
      orgUnitId: spec.orgUnitId,
      body: spec.body,
      kind: spec.kind,
      title: spec.title,
      content: spec.content,
      decisionNo: "",
      decidedOn: spec.decidedOn,
      dueOn,
      state: "decided",
      stateSince: spec.decidedOn,
      stepDueOn: null,
      programmeItemId: spec.programmeItemId,
      letterId: spec.letterId,
      sharedWithRoles: [],
      createdAt: new Date(`${spec.decidedOn}T08:30:00+07:00`),
    },
    subjects: spec.subjects.map((s, position) => ({ caseId: id, position, ...s })),
    steps,
    concludedOn: null,
  };
  settle(w, seeded);
  return seeded;
}

/** The case's state, since and step deadline from its recorded steps (and the version its writes gave it). */
export function settle(w: CaseWork, c: SeededCase): void {
  let state: CaseState = "decided";
  for (const s of c.steps) state = nextState(c.row.kind as CaseKind, state, s.action) as CaseState;
  const since = c.steps.at(-1)?.on ?? c.row.decidedOn;
  c.row.state = state;
  c.row.stateSince = since;
  c.row.stepDueOn = stepDueOn(state, since, w.stepDays, w.calendar);
  c.row.version = 1 + c.steps.length;
  c.concludedOn = c.steps.find((s) => s.action === "conclude")?.on ?? null;
}

/**
 * Leaves a case stuck in verification (or awaiting the report) past that step's deadline: its later steps were never
 * taken. False when the case has no such step whose deadline has passed by today.
 */
export function stall(w: CaseWork, c: SeededCase): boolean {
  for (const action of ["start_verification", "receive_self_report"] as const) {
    const at = c.steps.findIndex((s) => s.action === action);
    if (at < 0) continue;
    const step = c.steps[at] as { on: string };
    const state = action === "start_verification" ? "verifying" : "self_report";
    const due = stepDueOn(state, step.on, w.stepDays, w.calendar);
    if (!due || due >= w.today) continue;
    c.steps = c.steps.slice(0, at + 1);
    settle(w, c);
    return true;
  }
  return false;
}

function detailsOf(random: Random, spec: CaseSpec, action: CaseAction): Record<string, unknown> {
  switch (action) {
    case "form_team":
      return { leader: spec.leader, team: spec.team };
    case "receive_self_report":
      return { note: random.pick(stepNotes.selfReport) };
    case "start_verification":
      return { note: random.pick(stepNotes.verification) };
    case "conclude":
      return { conclusion: spec.conclusion, violationFound: spec.violationFound };
    case "notify":
      return { noticeNo: "" };
    case "close":
      return { followUp: followUpOf(random) };
  }
}
