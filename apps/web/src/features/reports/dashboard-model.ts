import type { PeriodType } from "@dangvu/contract";
import { type PeriodChoice, periodContaining } from "./reports.model";

/** The address of a unit's dashboard for a period (links, the drill-down, the breadcrumb). */
export function dashboardPath(orgUnitId: string, period: string): string {
  return `/reports/dashboard?${new URLSearchParams({ unit: orgUnitId, period })}`;
}

/** The period types a dashboard offers. */
export const dashboardPeriodTypes: PeriodType[] = ["month", "quarter", "half_year", "year"];

/** The period a dashboard key names ("2026-11", "2026-Q3", "2026-H1", "2026"); undefined for any other text. */
export function choiceOfKey(key: string): PeriodChoice | undefined {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (month) return { key, type: "month", year: Number(month[1]), n: Number(month[2]) };
  const part = /^(\d{4})-([QH])([1-4])$/.exec(key);
  if (part) {
    const type = part[2] === "Q" ? "quarter" : "half_year";
    if (type === "half_year" && Number(part[3]) > 2) return undefined;
    return { key, type, year: Number(part[1]), n: Number(part[3]) };
  }
  if (/^\d{4}$/.test(key)) return { key, type: "year", year: Number(key), n: 0 };
  return undefined;
}

/** The period of a type to show when the user switches to that type: the one holding the period shown so far. */
export function switchType(current: PeriodChoice, type: PeriodType, today: string): PeriodChoice {
  const lastMonth = { month: current.n, quarter: current.n * 3, half_year: current.n * 6, year: 12 }[
    current.type as "month" | "quarter" | "half_year" | "year"
  ];
  const day = `${current.year}-${String(lastMonth ?? 12).padStart(2, "0")}-01`;
  return periodContaining(type, day < today ? day : today);
}

/** The indicators whose rise is bad news (members leaving the list): their ▲ is red, their ▼ green. */
const badWhenUp = new Set(["members.struckOff", "members.expelled", "members.died", "members.transferredOut"]);

export interface Trend {
  arrow: "▲" | "▼" | "=";
  tone: "good" | "bad" | "flat";
}

/** How a change from the previous period is shown; undefined when it is unknown. */
export function trendOf(indicator: string, change: number | null): Trend | undefined {
  if (change === null) return undefined;
  if (change === 0) return { arrow: "=", tone: "flat" };
  const up = change > 0;
  const good = badWhenUp.has(indicator) ? !up : up;
  return { arrow: up ? "▲" : "▼", tone: good ? "good" : "bad" };
}

/** A figure for a card: "1.234", "66,7%"; a dash when there is nothing to measure. */
export function figureText(value: number | null, unit: "count" | "percent", locale = "vi-VN"): string {
  if (value === null) return "—";
  const text = value.toLocaleString(locale, { maximumFractionDigits: 1 });
  return unit === "percent" ? `${text}%` : text;
}

/** A change with its sign: "+3", "−2", "+1,5 điểm %" is left to the caller's words; "0" unchanged. */
export function changeText(change: number, locale = "vi-VN"): string {
  const text = Math.abs(change).toLocaleString(locale, { maximumFractionDigits: 1 });
  return change > 0 ? `+${text}` : change < 0 ? `−${text}` : "0";
}

/** A bar: the item with its value (0 for none) and its length as a share (0..1) of the scale. */
export type Bar<T> = T & { value: number; share: number };

/** Bars on a shared scale from 0 to the largest value (at least 1, so a row of zeros draws no bar). */
export function barsOf<T extends { value: number | null }>(items: readonly T[]): Bar<T>[] {
  const max = Math.max(1, ...items.map((i) => i.value ?? 0));
  return items.map((i) => ({ ...i, value: i.value ?? 0, share: (i.value ?? 0) / max }));
}

/** Round steps for an axis from 0 to at least `max`: 0, 1, 2 … or 0, 5, 10 … (at most about five ticks). */
export function axisTicks(max: number): number[] {
  const top = Math.max(1, max);
  const raw = top / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let v = 0; v < top + step; v += Math.max(1, step)) {
    ticks.push(v);
    if (v >= top) break;
  }
  return ticks;
}
