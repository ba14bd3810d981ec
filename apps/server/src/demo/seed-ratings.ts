import { randomUUID } from "node:crypto";
import { bulkInsert } from "../db/bulk";
import type { Db } from "../db/database";
import { ratingAssessments, reviewCycles } from "../db/schema";
import type { GeneratedMember } from "./members";
import type { Random } from "./random";
import { demoFrameworks } from "./rating-frameworks";
import {
  type AssessmentRow,
  at,
  decisionStep,
  type Level,
  proposalStep,
  selfStep,
  weightedSample,
} from "./rating-rows";
import { codeOf, type DecisionNumbers, exclusionOf, listedCellOn, TreeOn } from "./rating-units";
import { seedCurrentCycle } from "./seed-ratings-current";
import { starOrgs, twiceNotCompleted } from "./seed-ratings-picks";
import type { DemoTree } from "./tree";

/** A decided yearly level, what commendations are chosen from. */
export interface RatedMember {
  memberId: string;
  year: number;
  level: Level;
  cellId: string;
  baseId: string;
}
export interface RatedOrg {
  unitId: string;
  year: number;
  level: Level;
  deciderId: string;
  isBase: boolean;
}

export interface RatingsContext {
  random: Random;
  tree: DemoTree;
  generated: GeneratedMember[];
  /** Members disciplined each year: never rated excellent that year. */
  disciplined: Map<number, Set<string>>;
  /** The journey cell (Chi bộ Văn phòng of Đảng bộ Sở Tài chính). */
  journeyCellId: string;
  numbers: DecisionNumbers;
  today: string;
  now: Date;
}

export interface RatingResults {
  members: RatedMember[];
  orgs: RatedOrg[];
}

/** A member subject of a cycle: on the list on the judging day, in a cell under the cycle's committee. */
export interface Subject {
  g: GeneratedMember;
  cellId: string;
  baseId: string;
  excluded: "exempt" | "recently_admitted" | null;
}

/**
 * Three complete yearly cycles before this year, each run by the upper committee of its time (the bloc until 2024,
 * its two successors since), decided and announced; and this year's cycle in progress (seed-ratings-current.ts).
 * The member who is not completed two years running raises the striking-off reminder.
 */
export async function seedDemoRatings(db: Db, c: RatingsContext): Promise<RatingResults> {
  const year = Number(c.today.slice(0, 4));
  const results: RatingResults = { members: [], orgs: [] };
  const cycles: (typeof reviewCycles.$inferInsert)[] = [];
  const rows: AssessmentRow[] = [];
  const twice = twiceNotCompleted(c, year);
  for (const y of [year - 3, year - 2, year - 1]) {
    const tree = new TreeOn(c.tree.history, `${y}-12-31`);
    const stars = starOrgs(c, tree);
    for (const upper of tree.uppers()) {
      const cycle = cycleRow(c, upper.id, y, "closed");
      cycles.push(cycle);
      const subjects = subjectsOf(c, tree, upper.id);
      rows.push(...pastMembers(c, tree, cycle.id, y, subjects, results, twice));
      rows.push(...pastOrgs(c, tree, cycle.id, y, upper.id, results, stars));
    }
  }
  const current = new TreeOn(c.tree.history, `${year}-12-31`);
  for (const upper of current.uppers()) {
    const cycle = cycleRow(c, upper.id, year, "open");
    cycles.push(cycle);
    rows.push(...seedCurrentCycle(c, current, cycle, subjectsOf(c, current, upper.id)));
  }
  await bulkInsert(db, reviewCycles, cycles);
  await bulkInsert(db, ratingAssessments, rows, 4000);
  return results;
}

function cycleRow(c: RatingsContext, unitId: string, year: number, status: "open" | "closed") {
  const opened = status === "closed" ? `${year}-11-16` : openedOn(c.today);
  return {
    id: c.random.uuid(),
    orgUnitId: unitId,
    kind: "year",
    year,
    quarter: null,
    name: `Kiểm điểm, đánh giá, xếp loại chất lượng năm ${year}`,
    referenceDate: `${year}-12-31`,
    selfDueOn: `${year}-12-10`,
    proposalDueOn: `${year}-12-20`,
    decisionDueOn: `${year}-12-31`,
    status,
    createdAt: at(opened, 8),
  };
}

/** When this year's cycle opened: three weeks ago, not before the year began. */
export function openedOn(today: string): string {
  const back = new Date(Date.parse(`${today}T00:00:00Z`) - 21 * 86_400_000).toISOString().slice(0, 10);
  return back < `${today.slice(0, 4)}-01-02` ? `${today.slice(0, 4)}-01-02` : back;
}

export function subjectsOf(c: RatingsContext, tree: TreeOn, upperId: string): Subject[] {
  const out: Subject[] = [];
  for (const g of c.generated) {
    const cellId = listedCellOn(g, tree.day);
    if (!cellId || !tree.units.has(cellId) || !tree.isUnder(cellId, upperId)) continue;
    out.push({ g, cellId, baseId: tree.baseOf(cellId).id, excluded: exclusionOf(g, tree.day) });
  }
  return out;
}

export function cellSizes(subjects: Subject[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const s of subjects) sizes.set(s.cellId, (sizes.get(s.cellId) ?? 0) + 1);
  return sizes;
}

export function excludedRow(cycleId: string, s: Subject): AssessmentRow {
  return {
    id: randomUUID(),
    cycleId,
    subjectType: "member",
    memberId: s.g.member.id,
    orgUnitId: s.cellId,
    status: "excluded",
    excludedReason: s.excluded,
  };
}

/**
 * The levels of a base organisation's members: a few completed, a handful not completed, the rest good or better,
 * of whom the excellent are `extra` more than the quota allows (20% of good-or-better, floor) or, by default, the
 * quota or one fewer; never a member disciplined that year; last year's excellent more often again.
 */
export function levelsOf(
  random: Random,
  group: Subject[],
  disciplined: Set<string>,
  previous: Map<string, Level>,
  extra?: number,
): Map<string, Level> {
  const out = new Map<string, Level>();
  const better: Subject[] = [];
  for (const s of group) {
    const id = s.g.member.id;
    if (disciplined.has(id)) out.set(id, random.chance(0.25) ? "not_completed" : "completed");
    else if (random.chance(0.0025)) out.set(id, "not_completed");
    else if (random.chance(0.09)) out.set(id, "completed");
    else better.push(s);
  }
  const quota = Math.floor(0.2 * better.length);
  const count = extra === undefined ? Math.max(0, quota - (random.chance(0.4) ? 1 : 0)) : quota + extra;
  const weight = (s: Subject) =>
    (previous.get(s.g.member.id) === "excellent" ? 4 : 1) * (s.g.member.status === "probationary" ? 0.2 : 1);
  const excellent = new Set(weightedSample(random, better, weight, Math.min(count, better.length)));
  for (const s of better) out.set(s.g.member.id, excellent.has(s) ? "excellent" : "good");
  return out;
}

function pastMembers(
  c: RatingsContext,
  tree: TreeOn,
  cycleId: string,
  year: number,
  subjects: Subject[],
  results: RatingResults,
  twice: Map<number, string>,
): AssessmentRow[] {
  const rows: AssessmentRow[] = [];
  const framework = tree.day >= "2025-08-30" ? demoFrameworks().member : null;
  const sizes = cellSizes(subjects);
  const previous = new Map<string, Level>();
  for (const r of results.members) if (r.year === year - 1) previous.set(r.memberId, r.level);
  const byBase = new Map<string, Subject[]>();
  for (const s of subjects) {
    if (s.excluded) rows.push(excludedRow(cycleId, s));
    else byBase.set(s.baseId, [...(byBase.get(s.baseId) ?? []), s]);
  }
  for (const [baseId, group] of byBase) {
    const lv = levelsOf(c.random, group, c.disciplined.get(year) ?? new Set(), previous);
    const forced = twice.get(year);
    if (forced && lv.has(forced)) lv.set(forced, "not_completed");
    const decision = decisionOf(c, tree, baseId, year, () => `${year}-12-${c.random.int(20, 27)}`);
    for (const s of group) {
      const level = lv.get(s.g.member.id) as Level;
      const self = selfStep(c.random, "member", level, `${year}-12-0${c.random.int(1, 9)}`, framework);
      const proposal = proposalStep(c.random, level, `${year}-12-${c.random.int(11, 19)}`, sizes.get(s.cellId) ?? 3);
      rows.push({
        id: randomUUID(),
        cycleId,
        subjectType: "member",
        memberId: s.g.member.id,
        orgUnitId: s.cellId,
        ...self,
        ...proposal,
        ...decisionStep(c.random, level, decision, true),
      } as AssessmentRow);
      results.members.push({ memberId: s.g.member.id, year, level, cellId: s.cellId, baseId });
    }
  }
  return rows;
}

/** One decision of a body for a year's results (its members and the organisations it decides), numbered once. */
const decisions = new WeakMap<DecisionNumbers, Map<string, { unitId: string; number: string; on: string }>>();
export function decisionOf(c: RatingsContext, tree: TreeOn, unitId: string, year: number, day: () => string) {
  const known = decisions.get(c.numbers) ?? new Map();
  decisions.set(c.numbers, known);
  const key = `${unitId}|${year}`;
  if (!known.has(key)) {
    const unit = tree.units.get(unitId) ?? { id: unitId, name: "", type: "upper_committee" as const, parentId: null };
    known.set(key, { unitId, number: c.numbers.next(`QĐ/${codeOf(unit, c.tree.bloc.id)}`), on: day() });
  }
  return known.get(key) as { unitId: string; number: string; on: string };
}

function pastOrgs(
  c: RatingsContext,
  tree: TreeOn,
  cycleId: string,
  year: number,
  upperId: string,
  results: RatingResults,
  stars: Set<string>,
): AssessmentRow[] {
  const framework = tree.day >= "2025-08-30" ? demoFrameworks().org : null;
  const units = tree.below(upperId);
  const previous = new Map(results.orgs.filter((r) => r.year === year - 1).map((r) => [r.unitId, r.level]));
  const cells = units.filter((u) => u.type === "cell" && u.id !== c.journeyCellId);
  // One weak cell a year (two in the middle year) across the committees, drawn in the cycle of the first one.
  const weak = new Set(weightedSample(c.random, cells, () => 1, year % 3 === 1 ? 2 : 1));
  return units.map((u) => {
    const isBase = tree.isBase(u.id);
    const was = previous.get(u.id);
    let level: Level = c.random.weighted([
      ["excellent", was === "excellent" ? 45 : 17],
      ["good", 74],
      ["completed", 8],
    ] as const);
    if (stars.has(u.id)) level = "excellent";
    if (weak.has(u) && upperId === tree.uppers()[0]?.id) level = "not_completed";
    const deciderId = tree.deciderOf(u.id);
    const decision = decisionOf(
      c,
      tree,
      deciderId,
      year,
      () => `${year}-12-${c.random.int(isBase ? 28 : 20, isBase ? 30 : 27)}`,
    );
    results.orgs.push({ unitId: u.id, year, level, deciderId, isBase });
    return {
      id: randomUUID(),
      cycleId,
      subjectType: "org",
      memberId: null,
      orgUnitId: u.id,
      ...selfStep(c.random, "org", level, `${year}-12-0${c.random.int(1, 9)}`, framework),
      ...decisionStep(c.random, level, decision, true),
    } as AssessmentRow;
  });
}
