import type { PositionKind } from "@dangvu/contract";
import { bulkInsert } from "../db/bulk";
import type { Db } from "../db/database";
import {
  disciplineActions,
  disciplineComplaints,
  inspectionCaseSteps,
  inspectionCaseSubjects,
  inspectionCases,
  inspectionLetters,
  inspectionProgrammeItems,
  inspectionProgrammes,
} from "../db/schema";
import { type LetterDays, letterDaysKey, type StepDays, stepDaysKey } from "../modules/inspection";
import { addDays } from "../rules/dates";
import { loadCalendar } from "../rules/lifecycle-settings";
import { ruleValue } from "../rules/settings";
import type { SeatRow } from "./committees";
import type { GeneratedMember } from "./members";
import { fictionalName } from "./names";
import type { Random } from "./random";
import { listedCellOn, TreeOn } from "./rating-units";
import { type CaseWork, type SeededCase, stall } from "./seed-inspection-cases";
import { planDiscipline } from "./seed-inspection-discipline";
import { casesFromLetters, planLetters } from "./seed-inspection-letters";
import { planProgrammes } from "./seed-inspection-programmes";
import { bodyCode } from "./seed-inspection-texts";
import type { Untouchable } from "./seed-lives";
import type { DemoTree } from "./tree";

export interface InspectionContext {
  random: Random;
  tree: DemoTree;
  generated: GeneratedMember[];
  seats: SeatRow[];
  keep: Untouchable;
  today: string;
  now: Date;
}

/** What the planners share: the demo, the rules' deadlines and quick answers about the tree on a day. */
export interface InspectionDemo extends CaseWork {
  tree: DemoTree;
  generated: GeneratedMember[];
  keep: Untouchable;
  letterDays: number;
  on(day: string): TreeOn;
  /** Members listed in a cell on a day, the journeys' people left out. */
  membersIn(cellId: string, day: string): GeneratedMember[];
  /** Who held a seat of a unit on a day (a name made up when the seat was empty). */
  holderOf(unitId: string, kind: PositionKind, day: string): string;
}

/**
 * Two years of the inspection committees' work (issue 11), up to today: each committee's programmes with their items
 * and the cases carrying them out (past ones closed, recent ones mid-way, a couple stuck past a step's deadline),
 * letters, the cases of suspected violation some letters opened, and the decided discipline behind every discipline
 * the members' records hold, with one complaint upheld. Confidential records: shared with no one but the inspection
 * committee, except one of coso's base committee's cases, shared with its staff.
 */
export async function seedDemoInspection(db: Db, c: InspectionContext): Promise<void> {
  const d = await demoOf(db, c);
  const programmes = planProgrammes(d);
  const discipline = planDiscipline(d);
  const letters = [...planLetters(d), ...discipline.letters];
  const cases = [...programmes.cases, ...discipline.cases, ...casesFromLetters(d, letters)];
  stallSome(d, programmes.cases);
  shareOne(c, programmes.cases);
  numberCases(d, cases, new Set(discipline.actions.map((a) => `${a.decidingUnitId}|${a.decisionNo?.toLowerCase()}`)));
  await bulkInsert(db, inspectionProgrammes, programmes.programmes);
  await bulkInsert(db, inspectionProgrammeItems, programmes.items);
  await bulkInsert(
    db,
    inspectionCases,
    cases.map((x) => x.row),
  );
  await bulkInsert(
    db,
    inspectionCaseSubjects,
    cases.flatMap((x) => x.subjects),
  );
  await bulkInsert(
    db,
    inspectionCaseSteps,
    cases.flatMap((x) => x.steps),
  );
  await bulkInsert(db, inspectionLetters, letters);
  await bulkInsert(db, disciplineActions, discipline.actions);
  await bulkInsert(db, disciplineComplaints, discipline.complaints);
}

async function demoOf(db: Db, c: InspectionContext): Promise<InspectionDemo> {
  const trees = new Map<string, TreeOn>();
  const byCell = new Map<string, GeneratedMember[]>();
  for (const g of c.generated)
    for (const cellId of new Set([g.member.orgUnitId, ...(g.memberships ?? []).map((m) => m.orgUnitId)]))
      byCell.set(cellId, [...(byCell.get(cellId) ?? []), g]);
  const seats = new Map<string, SeatRow[]>();
  for (const s of c.seats) seats.set(`${s.orgUnitId}|${s.kind}`, [...(seats.get(`${s.orgUnitId}|${s.kind}`) ?? []), s]);
  const made = new Map<string, string>();
  return {
    random: c.random,
    tree: c.tree,
    generated: c.generated,
    keep: c.keep,
    today: c.today,
    calendar: await loadCalendar(db),
    stepDays: await ruleValue<StepDays>(db, stepDaysKey, c.today),
    letterDays: (await ruleValue<LetterDays>(db, letterDaysKey, c.today)).local,
    on(day) {
      // The tree changes on the first of a month (1/3 and 1/7/2025): one tree a month will do.
      const key = `${day.slice(0, 7)}-15`;
      const cached = trees.get(key) ?? new TreeOn(c.tree.history, key);
      trees.set(key, cached);
      return cached;
    },
    membersIn: (cellId, day) =>
      (byCell.get(cellId) ?? []).filter((g) => !c.keep.memberIds.has(g.member.id) && listedCellOn(g, day) === cellId),
    holderOf(unitId, kind, day) {
      const seat = seats
        .get(`${unitId}|${kind}`)
        ?.find((s) => s.startsOn <= day && (!s.endsOn || s.endsOn > day) && s.holderName);
      if (seat) return seat.holderName;
      const key = `${unitId}|${kind}`;
      made.set(key, made.get(key) ?? fictionalName(c.random, c.random.chance(0.6) ? "male" : "female"));
      return made.get(key) as string;
    },
  };
}

/** Two of the upper committees' cases and one base committee's stay stuck past a step's deadline ("quá hạn"). */
function stallSome(d: InspectionDemo, cases: SeededCase[]): void {
  const from = d.tree.history;
  const candidates = cases.filter(
    (x) =>
      x.row.state !== "decided" &&
      x.row.decidedOn >= addDays(d.today, -150) &&
      x.row.decidedOn <= addDays(d.today, -60) &&
      !from.units.get(x.row.orgUnitId)?.dissolvedOn,
  );
  const upper = (x: SeededCase) => d.on(d.today).units.get(x.row.orgUnitId)?.type === "upper_committee";
  let uppers = 0;
  let bases = 0;
  for (const x of candidates) {
    const wanted = upper(x) ? uppers < 2 : bases < 1;
    if (!wanted || !stall(d, x)) continue;
    if (upper(x)) uppers++;
    else bases++;
  }
}

/** One case of coso's base committee (its committee's latest about cells only) is shared with the base's staff. */
function shareOne(c: InspectionContext, cases: SeededCase[]): void {
  const own = cases
    .filter((x) => x.row.orgUnitId === c.keep.baseId)
    .sort((a, b) => b.row.decidedOn.localeCompare(a.row.decidedOn));
  const organisations = own.filter((x) => x.row.body === "committee" && x.subjects.every((s) => !s.memberId));
  const chosen = organisations[0] ?? own[0];
  if (chosen) chosen.row.sharedWithRoles = ["grassroots_staff"];
}

/**
 * Decision and notice numbers in each body's register, a year at a time in the order of their days ("12-QĐ/UBKT",
 * "07-TB/UBKT"), skipping the numbers the discipline decisions of the same unit hold.
 */
function numberCases(d: InspectionDemo, cases: SeededCase[], taken: Set<string>): void {
  const registers = new Map<string, number>();
  const next = (unitId: string, key: string, code: string) => {
    for (;;) {
      const n = (registers.get(key) ?? d.random.int(0, 2)) + d.random.int(1, 2);
      registers.set(key, n);
      const no = `${String(n).padStart(2, "0")}-${code}`;
      if (!taken.has(`${unitId}|${no.toLowerCase()}`)) return no;
    }
  };
  const code = (x: SeededCase) => bodyCode(x.row.body as "committee", x.row.orgUnitId === d.tree.bloc.id);
  for (const x of [...cases].sort((a, b) => a.row.decidedOn.localeCompare(b.row.decidedOn))) {
    const key = `${x.row.orgUnitId}|${x.row.body}|${x.row.decidedOn.slice(0, 4)}`;
    x.row.decisionNo = next(x.row.orgUnitId, `QĐ|${key}`, `QĐ/${code(x)}`);
  }
  const notices = cases.flatMap((x) => x.steps.filter((s) => s.action === "notify").map((s) => ({ x, s })));
  for (const { x, s } of notices.sort((a, b) => a.s.on.localeCompare(b.s.on))) {
    const key = `TB|${x.row.orgUnitId}|${x.row.body}|${s.on.slice(0, 4)}`;
    s.details = { noticeNo: next(x.row.orgUnitId, key, `TB/${code(x)}`) };
  }
}
