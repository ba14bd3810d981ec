import { randomUUID } from "node:crypto";
import { addDays } from "../rules/dates";
import { demoFrameworks } from "./rating-frameworks";
import { type AssessmentRow, at, decisionStep, type Level, proposalStep, selfStep } from "./rating-rows";
import type { TreeOn } from "./rating-units";
import {
  cellSizes,
  decisionOf,
  excludedRow,
  levelsOf,
  openedOn,
  type RatingsContext,
  type Subject,
} from "./seed-ratings";

type Stage = "pending" | "self" | "proposed" | "decided";

/**
 * This year's cycle of one upper committee, in the state the browser journeys start from: in the journey cell every
 * member pending (bác Tư self-assesses in the handbook); in the other cells of Đảng bộ Sở Tài chính every member
 * self-assessed and proposed with the vote, two excellent more than the quota allows, none decided (the base
 * committee meets the quota message); elsewhere about half self-assessed, some cells' proposals made, a few base
 * organisations' members decided. Base organisations and the cells of Sở Tài chính have self-assessed; the
 * decided bases have decided their cells.
 */
export function seedCurrentCycle(
  c: RatingsContext,
  tree: TreeOn,
  cycle: { id: string; year: number; orgUnitId: string },
  subjects: Subject[],
): AssessmentRow[] {
  const journeyBase = tree.baseOf(c.journeyCellId).id;
  const bases = [...new Set(subjects.map((s) => s.baseId))].sort();
  const decided = new Set(bases.filter((id, i) => id !== journeyBase && i % 9 === 4));
  const rows: AssessmentRow[] = [];
  const sizes = cellSizes(subjects);
  const step = stepDays(c);
  const frameworks = tree.day >= "2025-08-30" ? demoFrameworks() : null;
  const disciplined = c.disciplined.get(cycle.year) ?? new Set<string>();
  const member = (
    s: Subject,
    stage: Stage,
    level: Level,
    decision?: { unitId: string; number: string; on: string },
  ) => {
    const row: AssessmentRow = {
      id: randomUUID(),
      cycleId: cycle.id,
      subjectType: "member",
      memberId: s.g.member.id,
      orgUnitId: s.cellId,
      status: "pending",
      // Set when the cycle opens, as the ratings module does: the framework in force on the judging day.
      frameworkKey: frameworks?.member.key ?? null,
    };
    if (stage === "pending") return row;
    Object.assign(row, selfStep(c.random, "member", level, step(0)(), frameworks?.member ?? null));
    if (stage === "self") return row;
    Object.assign(row, proposalStep(c.random, level, step(1)(), sizes.get(s.cellId) ?? 3));
    if (stage === "decided" && decision) Object.assign(row, announcedDecision(c, level, decision));
    return row;
  };
  const byBase = new Map<string, Subject[]>();
  for (const s of subjects) {
    if (s.excluded) rows.push(excludedRow(cycle.id, s));
    else byBase.set(s.baseId, [...(byBase.get(s.baseId) ?? []), s]);
  }
  for (const [baseId, group] of byBase) {
    if (baseId === journeyBase) {
      const proposing = group.filter((s) => s.cellId !== c.journeyCellId);
      const lv = levelsOf(c.random, proposing, disciplined, new Map(), 2);
      for (const s of group)
        rows.push(
          s.cellId === c.journeyCellId ? member(s, "pending", "good") : member(s, "proposed", lv.get(id(s)) as Level),
        );
    } else if (decided.has(baseId)) {
      const lv = levelsOf(c.random, group, disciplined, new Map());
      const decision = decisionOf(c, tree, baseId, cycle.year, step(2));
      for (const s of group) rows.push(member(s, "decided", lv.get(id(s)) as Level, decision));
    } else {
      for (const cell of [...new Set(group.map((s) => s.cellId))]) {
        const people = group.filter((s) => s.cellId === cell);
        const lv = levelsOf(c.random, people, disciplined, new Map());
        const stage = c.random.weighted([
          ["pending", 30],
          ["self", 40],
          ["proposed", 30],
        ] as const);
        for (const s of people) {
          const own: Stage = stage === "pending" || c.random.chance(0.15) ? "pending" : stage;
          rows.push(member(s, own, lv.get(id(s)) as Level));
        }
      }
    }
  }
  rows.push(...currentOrgs(c, tree, cycle, journeyBase, decided, step, frameworks?.org ?? null));
  return rows;
}

const id = (s: Subject) => s.g.member.id;

/** A base organisation that has decided this year announces the same evening: its results are out. */
function announcedDecision(c: RatingsContext, level: Level, decision: { unitId: string; number: string; on: string }) {
  return { ...decisionStep(c.random, level, decision, false), announcedAt: at(decision.on, 18) };
}

function currentOrgs(
  c: RatingsContext,
  tree: TreeOn,
  cycle: { id: string; year: number; orgUnitId: string },
  journeyBase: string,
  decided: Set<string>,
  step: (k: 0 | 1 | 2) => () => string,
  framework: ReturnType<typeof demoFrameworks>["org"] | null,
): AssessmentRow[] {
  return tree.below(cycle.orgUnitId).map((u) => {
    const level = c.random.weighted([
      ["excellent", 20],
      ["good", 72],
      ["completed", 8],
    ] as const);
    const row: AssessmentRow = {
      id: randomUUID(),
      cycleId: cycle.id,
      subjectType: "org",
      memberId: null,
      orgUnitId: u.id,
      status: "pending",
      frameworkKey: framework?.key ?? null,
    };
    const base = tree.isBase(u.id) ? null : tree.baseOf(u.id).id;
    const self = base === null || base === journeyBase || (base && decided.has(base)) || c.random.chance(0.5);
    if (self) Object.assign(row, selfStep(c.random, "org", level, step(0)(), framework));
    if (base && decided.has(base)) {
      const decision = decisionOf(c, tree, base, cycle.year, step(2));
      Object.assign(row, announcedDecision(c, level, decision));
    }
    return row;
  });
}

/**
 * Days for this year's steps between the cycle's opening and yesterday, in order: self-assessments (k = 0) in the
 * first half, proposals (1) in the second, decisions (2) on the last days.
 */
function stepDays(c: RatingsContext) {
  const opened = openedOn(c.today);
  const span = Math.max(0, Math.round((Date.parse(c.today) - Date.parse(opened)) / 86_400_000) - 1);
  const half = Math.floor(span / 2);
  const ranges = [
    [0, half],
    [half, Math.max(half, span - 2)],
    [Math.max(half, span - 2), span],
  ] as const;
  return (k: 0 | 1 | 2) => () => addDays(opened, c.random.int(...(ranges[k] as readonly [number, number])));
}
