import type { PeriodType, ReportPatch, ReportStatus, ReportValue, TemplateRow } from "@dangvu/contract";

/** A period the pickers offer: its key as in URLs and what its name is made of (the label comes from i18n). */
export interface PeriodChoice {
  key: string;
  type: PeriodType;
  year: number;
  /** The month (1–12), quarter (1–4) or half (1–2); the last year for a term; 0 otherwise. */
  n: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The period of a type that contains a day (`YYYY-MM-DD`), as the server counts them (reports.periods.ts). */
export function periodContaining(type: PeriodType, day: string): PeriodChoice {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  switch (type) {
    case "month":
      return { key: `${year}-${pad(month)}`, type, year, n: month };
    case "quarter":
      return { key: `${year}-Q${Math.ceil(month / 3)}`, type, year, n: Math.ceil(month / 3) };
    case "half_year":
      return { key: `${year}-H${month <= 6 ? 1 : 2}`, type, year, n: month <= 6 ? 1 : 2 };
    case "nine_months":
      return { key: `${year}-9M`, type, year, n: 0 };
    case "year":
      return { key: `${year}`, type, year, n: 0 };
    case "term": {
      const first = year - (year % 5);
      return { key: `${first}-${first + 5}`, type, year: first, n: first + 5 };
    }
  }
}

/** The period before this one of the same type. */
export function previousPeriod(period: PeriodChoice): PeriodChoice {
  const { type, year, n } = period;
  switch (type) {
    case "month":
      return n === 1 ? periodContaining(type, `${year - 1}-12-01`) : periodContaining(type, `${year}-${pad(n - 1)}-01`);
    case "quarter":
      return n === 1
        ? periodContaining(type, `${year - 1}-12-01`)
        : periodContaining(type, `${year}-${pad(3 * n - 3)}-01`);
    case "half_year":
      return n === 1 ? periodContaining(type, `${year - 1}-12-01`) : periodContaining(type, `${year}-01-01`);
    case "nine_months":
    case "year":
      return periodContaining(type, `${year - 1}-01-01`);
    case "term": {
      const length = n - year;
      return { key: `${year - length}-${year}`, type, year: year - length, n: year };
    }
  }
}

/** The periods of a type that have begun by `today`, newest first, `count` of them (the period pickers). */
export function recentPeriods(type: PeriodType, today: string, count: number): PeriodChoice[] {
  const list: PeriodChoice[] = [];
  let period = periodContaining(type, today);
  for (let i = 0; i < count; i++) {
    list.push(period);
    period = previousPeriod(period);
  }
  return list;
}

/** How many periods back a picker offers for each type: two years of months, five of years. */
export const periodsOffered: Record<PeriodType, number> = {
  month: 24,
  quarter: 8,
  half_year: 6,
  nine_months: 4,
  year: 5,
  term: 3,
};

/** The period a report should open on for a type: the last one ended by `today` (a report is made after the period). */
export function defaultPeriod(type: PeriodType, today: string): PeriodChoice {
  const current = periodContaining(type, today);
  // A monthly report is written during its month (due on the 20th-ish of the next): the current month by default.
  return type === "month" ? current : previousPeriod(current);
}

/** A due date has passed without the report being sent up. */
export function isOverdue(status: ReportStatus, dueOn: string, today: string): boolean {
  return (status === "not_started" || status === "draft" || status === "returned") && dueOn < today;
}

/** The tag colour of a status. */
export function statusColor(status: ReportStatus): string {
  return { not_started: "default", draft: "blue", submitted: "gold", returned: "red", approved: "green" }[status];
}

/** A figure in Vietnamese digits: 1.234; blank for none. */
export function formatFigure(value: number | null | undefined): string {
  if (value === null || value === undefined) return "";
  return value.toLocaleString("vi-VN", { maximumFractionDigits: 1 });
}

/** A figure as a share of another one: "134 (67%)"; the figure alone when the base is missing or zero. */
export function percentText(value: number | null | undefined, base: number | null | undefined): string {
  const shown = formatFigure(value);
  if (value === null || value === undefined || !base) return shown;
  const share = Math.round((value / base) * 1000) / 10;
  return `${shown} (${share.toLocaleString("vi-VN", { maximumFractionDigits: 1 })}%)`;
}

/** The report's values by indicator. */
export function valuesByIndicator(values: readonly ReportValue[]): Map<string, ReportValue> {
  return new Map(values.map((v) => [v.indicator, v]));
}

/** The label of a row: the template's own, else the indicator's. */
export function rowLabel(row: TemplateRow, value: ReportValue | undefined): string {
  return row.label || value?.label || row.indicator;
}

/** Changes waiting to be saved: what the user typed since the last PATCH left. */
export type PendingChanges = Pick<ReportPatch, "entered" | "narrative">;

/** Adds newer edits to those still waiting; the newest value of a field wins. */
export function mergeChanges(waiting: PendingChanges, newer: PendingChanges): PendingChanges {
  const entered = waiting.entered || newer.entered ? { ...waiting.entered, ...newer.entered } : undefined;
  const narrative = waiting.narrative || newer.narrative ? { ...waiting.narrative, ...newer.narrative } : undefined;
  return { ...(entered ? { entered } : {}), ...(narrative ? { narrative } : {}) };
}

/** Nothing waits to be saved. */
export function isEmptyChange(changes: PendingChanges): boolean {
  return Object.keys(changes.entered ?? {}).length === 0 && Object.keys(changes.narrative ?? {}).length === 0;
}

/** The text of a number box as a figure to save: blank is none, anything else a whole number (the server judges). */
export function figureOf(text: number | string | null | undefined): number | null {
  if (text === null || text === undefined || text === "") return null;
  const value = typeof text === "number" ? text : Number(String(text).replace(/\./g, ""));
  return Number.isFinite(value) ? value : null;
}

/** The URL path of a report. */
export function reportPath(templateId: string, orgUnitId: string, period: string): string {
  return `/reports/${templateId}/${orgUnitId}/${encodeURIComponent(period)}`;
}

/**
 * The figure a server field error names (`entered.<id>`, where entered ids start with `entered.` themselves), or
 * undefined when it names the report as a whole (`values`).
 */
export function indicatorOfField(field: string, indicators: ReadonlySet<string>): string | undefined {
  if (indicators.has(field)) return field;
  const stripped = field.startsWith("entered.") ? field.slice("entered.".length) : field;
  return indicators.has(stripped) ? stripped : undefined;
}

/** 1 → I, 4 → IV, 14 → XIV: the sections of a party document are numbered in Roman numerals (one rule, in the contract). */
export { toRoman } from "@dangvu/contract";

/** A row's figure as the report prints it: "134 (67%)" for a share of another row, "87,5%" for a rate. */
export function figureText(row: TemplateRow, values: ReadonlyMap<string, ReportValue>): string {
  const value = values.get(row.indicator);
  if (!value) return "";
  if (row.percentOf) return percentText(value.value, values.get(row.percentOf)?.value);
  const text = formatFigure(value.value);
  return value.unit === "percent" && text ? `${text}%` : text;
}
