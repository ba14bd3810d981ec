import type { PeriodType } from "@dangvu/contract";
import { addDays } from "../../rules/dates";

/** A reporting period: its key as written in URLs, its first and last day, and its Vietnamese name. */
export interface Period {
  type: PeriodType;
  key: string;
  from: string;
  to: string;
  label: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const span = (year: number, m1: number, m2: number) => ({
  from: `${year}-${pad(m1)}-01`,
  to: `${year}-${pad(m2)}-${pad(lastDay(year, m2))}`,
});

const patterns: Record<PeriodType, RegExp> = {
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  half_year: /^(\d{4})-H([12])$/,
  nine_months: /^(\d{4})-9M$/,
  year: /^(\d{4})$/,
  term: /^(\d{4})-(\d{4})$/,
};

/**
 * The period a key names for a template's period type, or undefined when the key is not one of its periods. A term
 * ("2020-2025") runs from 1 January of its first year to 31 December of its last: party terms run congress to
 * congress, whose dates the office knows and the key does not [C] (document the doubt, domain.md §9.1).
 */
export function parsePeriod(type: PeriodType, key: string): Period | undefined {
  const match = patterns[type].exec(key);
  if (!match) return undefined;
  const year = Number(match[1]);
  const n = Number(match[2]);
  if (year < 1930 || year > 2100) return undefined;
  switch (type) {
    case "month":
      return { type, key, ...span(year, n, n), label: `tháng ${n} năm ${year}` };
    case "quarter":
      return {
        type,
        key,
        ...span(year, 3 * n - 2, 3 * n),
        label: `quý ${["I", "II", "III", "IV"][n - 1]} năm ${year}`,
      };
    case "half_year":
      return n === 1
        ? { type, key, ...span(year, 1, 6), label: `6 tháng đầu năm ${year}` }
        : { type, key, ...span(year, 7, 12), label: `6 tháng cuối năm ${year}` };
    case "nine_months":
      return { type, key, ...span(year, 1, 9), label: `9 tháng năm ${year}` };
    case "year":
      return { type, key, ...span(year, 1, 12), label: `năm ${year}` };
    case "term":
      if (n <= year || n - year > 6) return undefined;
      return { type, key, from: `${year}-01-01`, to: `${n}-12-31`, label: `nhiệm kỳ ${year} - ${n}` };
  }
}

/** The period of the given type that contains a day (for a term: the five years from the last year ending in 0 or 5). */
export function periodContaining(type: PeriodType, day: string): Period {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const key = {
    month: `${year}-${pad(month)}`,
    quarter: `${year}-Q${Math.ceil(month / 3)}`,
    half_year: `${year}-H${month <= 6 ? 1 : 2}`,
    nine_months: `${year}-9M`,
    year: `${year}`,
    term: `${year - (year % 5)}-${year - (year % 5) + 5}`,
  }[type];
  return parsePeriod(type, key) as Period;
}

/** The period before this one of the same type (for a change from the previous period). */
export function previousPeriod(period: Period): Period {
  if (period.type === "nine_months")
    return parsePeriod("nine_months", `${Number(period.key.slice(0, 4)) - 1}-9M`) as Period;
  if (period.type === "term") {
    const length = Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4));
    const first = Number(period.from.slice(0, 4)) - length;
    return parsePeriod("term", `${first}-${first + length}`) as Period;
  }
  return periodContaining(period.type, addDays(period.from, -1));
}

/** The periods of a type that have begun by `today`, newest first, going back `count` periods. */
export function recentPeriods(type: PeriodType, today: string, count: number): Period[] {
  const list: Period[] = [];
  let period = periodContaining(type, today);
  for (let i = 0; i < count; i++) {
    list.push(period);
    period = previousPeriod(period);
  }
  return list;
}

/** The due date: `offsetDays` after the period's last day (negative: before it, as for a report due on the 20th). */
export function dueOn(period: Period, offsetDays: number): string {
  return addDays(period.to, offsetDays);
}
