import type { PeriodType } from "@dangvu/contract";

/** A reporting period as the reports module keys and names it (reports.periods.ts): month, half-year or year. */
export interface DemoPeriod {
  type: PeriodType;
  key: string;
  from: string;
  to: string;
  label: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function period(type: PeriodType, year: number, m1: number, m2: number, key: string, label: string): DemoPeriod {
  return { type, key, from: `${year}-${pad(m1)}-01`, to: `${year}-${pad(m2)}-${pad(lastDay(year, m2))}`, label };
}

/** The month, half-year or year that contains a month index (year * 12 + month - 1). */
function containing(type: PeriodType, index: number): DemoPeriod {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (type === "month") return period(type, year, month, month, `${year}-${pad(month)}`, `tháng ${month} năm ${year}`);
  if (type === "half_year")
    return month <= 6
      ? period(type, year, 1, 6, `${year}-H1`, `6 tháng đầu năm ${year}`)
      : period(type, year, 7, 12, `${year}-H2`, `6 tháng cuối năm ${year}`);
  return period("year", year, 1, 12, `${year}`, `năm ${year}`);
}

/**
 * The periods of a type that have begun by `today`, newest first, back to `months` months before today's month (a
 * period is kept when it ends after that month begins): the demo's reporting calendar.
 */
export function periodsBack(type: "month" | "half_year" | "year", today: string, months: number): DemoPeriod[] {
  const now = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1;
  const out: DemoPeriod[] = [];
  for (let i = now; i >= now - months; i--) {
    const p = containing(type, i);
    if (out.at(-1)?.key !== p.key) out.push(p);
  }
  return out;
}
