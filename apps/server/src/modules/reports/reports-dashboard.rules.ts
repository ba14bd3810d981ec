import type { PeriodType } from "@dangvu/contract";
import { type Period, parsePeriod, periodContaining } from "./reports.periods";

/** The key figures of the dashboard, in the order shown: the list at the period's end, its changes, the meetings. */
export const dashboardIndicators = [
  "members.onList",
  "members.full",
  "members.probationary",
  "members.admitted",
  "members.recognisedFull",
  "members.transferredIn",
  "members.transferredOut",
  "members.struckOff",
  "members.expelled",
  "members.died",
  "meetings.held.regular",
  "meetings.held.thematic",
  "meetings.attendanceRate",
] as const;

/** The three figures of each child unit (kept to three: the root of a bloc has dozens of children). */
export const childIndicators = {
  members: "members.onList",
  admitted: "members.admitted",
  meetingsHeld: "meetings.held.regular",
} as const;

const dashboardTypes: PeriodType[] = ["month", "quarter", "half_year", "year"];

/** The period a dashboard key names (month, quarter, half-year or year); the current month when there is no key. */
export function dashboardPeriod(key: string | undefined, today: string): Period | undefined {
  if (key === undefined) return periodContaining("month", today);
  for (const type of dashboardTypes) {
    const period = parsePeriod(type, key);
    if (period) return period;
  }
  return undefined;
}

/** The change from the previous period, when both are known (percentage points for a percentage, rounded to 0.1). */
export function changeOf(value: number | null, previous: number | null): number | null {
  if (value === null || previous === null) return null;
  return Math.round((value - previous) * 10) / 10;
}

/** The day a period's figures are counted to: its last day, or today while it is in progress. */
export function countedUntil(period: Period, today: string): string {
  return period.to < today ? period.to : today;
}

/** The months of the period's year from January to the period's last month, not past `today`'s month. */
export function monthsOfYear(period: Period, today: string): Period[] {
  const year = period.from.slice(0, 4);
  const last = countedUntil(period, today);
  const months: Period[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = parsePeriod("month", `${year}-${String(m).padStart(2, "0")}`) as Period;
    if (month.from > last) break;
    months.push(month);
  }
  return months;
}

/**
 * The breadcrumb: the path from the top of the tree cut to start at the highest unit where the user reads reports,
 * so it names no unit above the user's reach.
 */
export function readablePath<T extends { id: string }>(path: readonly T[], readRoots: ReadonlySet<string>): T[] {
  const first = path.findIndex((unit) => readRoots.has(unit.id));
  return first < 0 ? [] : path.slice(first);
}
