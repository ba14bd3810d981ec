import type { PeriodType, TemplateSection } from "@dangvu/contract";
import { addDays } from "../rules/dates";
import type { Random } from "./random";
import { TreeOn, type UnitOn } from "./rating-units";
import { type DemoPeriod as Period, periodsBack } from "./report-periods";
import type { Level } from "./report-texts";
import type { DemoTree } from "./tree";

/** A standard template as the seed needs it: ids, sections, due offset, the words for "the next period". */
export interface SeedTemplate {
  id: string;
  versionId: string;
  /** The first day of this version; a report takes the version in force on its period's first day. */
  validFrom: string;
  code: string;
  periodType: PeriodType;
  sections: TemplateSection[];
  dueOffsetDays: number;
  typeCode: string;
}

export type SeedStatus = "draft" | "submitted" | "returned" | "approved";

/** One report the demo holds: who, which period, where it stands and when each step happened. */
export interface PlannedReport {
  id: string;
  template: SeedTemplate;
  unit: UnitOn;
  level: Level;
  period: Period;
  dueOn: string;
  status: SeedStatus;
  createdAt: Date;
  submittedAt: Date | null;
  /** When the unit above approved or returned it. */
  decidedAt: Date | null;
}

export interface PlanContext {
  random: Random;
  tree: DemoTree;
  today: string;
  now: Date;
  journeyCellId: string;
  journeyBaseId: string;
}

/** The periods of a type the demo holds: the current one first, then the past ones kept (newest first). */
export function demoPeriods(type: PeriodType, today: string): Period[] {
  if (type === "month") return periodsBack("month", today, 24);
  if (type === "half_year") {
    const [current, ...past] = periodsBack("half_year", today, 24);
    return [current as Period, ...past.filter((p) => p.key.endsWith("H1"))];
  }
  return periodsBack("year", today, 12);
}

const cellTypes = new Set(["cell", "grassroots_cell"]);
const baseTypes = new Set(["grassroots_committee", "sub_committee"]);

/** The reports of one template (its versions, oldest first) over its periods: every unit expected, with its state. */
export function planTemplate(c: PlanContext, versions: readonly SeedTemplate[], level: Level): PlannedReport[] {
  const types = level === "cell" ? cellTypes : level === "base" ? baseTypes : new Set(["upper_committee"]);
  const out: PlannedReport[] = [];
  demoPeriods((versions[0] as SeedTemplate).periodType, c.today).forEach((period, i) => {
    const template = (versions.filter((v) => v.validFrom <= period.from).at(-1) ?? versions[0]) as SeedTemplate;
    const day = [period.to, c.today].sort()[0] as string;
    const tree = new TreeOn(c.tree.history, day);
    const dueOn = addDays(period.to, template.dueOffsetDays);
    for (const unit of [...tree.units.values()]
      .filter((u) => types.has(u.type))
      .sort((a, b) => a.id.localeCompare(b.id))) {
      const status = statusOf(c, unit, i, level);
      if (!status) continue;
      out.push({ id: c.random.uuid(), template, unit, level, period, dueOn, ...timesOf(c, period, dueOn, status, i) });
    }
  });
  return out;
}

/**
 * Where a report stands by how recent its period is (0 = the current period, 1 = the latest past one): the current
 * ones mostly not started or in draft; the latest past one mostly approved, some awaiting approval, a few not started
 * or in draft; the one before almost all approved; older ones all approved. The journeys' periods are left open.
 */
function statusOf(c: PlanContext, unit: UnitOn, rank: number, level: Level): SeedStatus | null {
  const journey = unit.id === c.journeyCellId || (level === "base" && unit.id === c.journeyBaseId);
  if (rank === 0) {
    if (journey) return null;
    if (level === "committee") return "draft";
    return c.random.chance(0.3) ? "draft" : null;
  }
  if (journey) return "approved";
  if (rank === 1)
    return c.random.weighted<SeedStatus | null>([
      [null, 4],
      ["draft", 3],
      ["submitted", level === "committee" ? 0 : 9],
      ["approved", 84],
    ]);
  if (rank === 2)
    return c.random.weighted<SeedStatus | null>([
      [null, 1],
      ["submitted", 2],
      ["approved", 97],
    ]);
  return "approved";
}

/** A moment of a day in Vietnam, between 7:30 and 17:00. */
export function momentOn(random: Random, day: string): Date {
  const minutes = random.int(7 * 60 + 30, 17 * 60);
  return new Date(
    `${day}T${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}:00+07:00`,
  );
}

/**
 * The days of the steps: created a few days before it was sent, sent by the due date or (about one in seven) up to
 * ten days late, decided one to six days later; a step that would fall after now has not happened yet.
 */
function timesOf(c: PlanContext, period: Period, dueOn: string, status: SeedStatus, rank: number) {
  const yesterday = addDays(c.today, -1);
  const latest = (day: string) => (day > yesterday ? yesterday : day);
  if (status === "draft") {
    const first = rank === 0 ? period.from : period.to;
    const created = momentOn(c.random, latest(addDays(first, c.random.int(0, 6))));
    return {
      status,
      createdAt: created < c.now ? created : new Date(c.now.getTime() - 3_600_000),
      submittedAt: null,
      decidedAt: null,
    };
  }
  const late = c.random.chance(0.14);
  const planned = latest(late ? addDays(dueOn, c.random.int(1, 10)) : addDays(dueOn, -c.random.int(0, 6)));
  const sentDay = [planned, period.to].sort()[1] as string;
  const sent = momentOn(c.random, sentDay);
  const createdAt = new Date(sent.getTime() - c.random.int(1, 5) * 86_400_000 - c.random.int(1, 300) * 60_000);
  if (status === "submitted") return { status, createdAt, submittedAt: sent, decidedAt: null };
  const decided = momentOn(c.random, addDays(sentDay, c.random.int(1, 6)));
  if (decided >= c.now) return { status: "submitted" as const, createdAt, submittedAt: sent, decidedAt: null };
  return { status, createdAt, submittedAt: sent, decidedAt: decided };
}
