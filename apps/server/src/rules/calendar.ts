import { addDays, dayOfWeek } from "./dates";

/** The days that break the Monday–Friday week (records-and-calendar.md §1.3–1.5). */
export interface WorkCalendar {
  daysOff: ReadonlySet<string>;
  workingSaturdays: ReadonlySet<string>;
}

/** Party and State bodies work Monday to Friday (QĐ 188/1999/QĐ-TTg), except holidays and swapped Saturdays. */
export function isWorkingDay(iso: string, calendar: WorkCalendar): boolean {
  if (calendar.workingSaturdays.has(iso)) return true;
  const weekday = dayOfWeek(iso);
  if (weekday === 0 || weekday === 6) return false;
  return !calendar.daysOff.has(iso);
}

/** The date `n` working days after `start` (the start day itself is not counted). */
export function addWorkingDays(start: string, n: number, calendar: WorkCalendar): string {
  let day = start;
  for (let counted = 0; counted < n; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) counted++;
  }
  return day;
}

/** Working days strictly after `from` up to and including `to`. */
export function workingDaysBetween(from: string, to: string, calendar: WorkCalendar): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day, calendar)) count++;
  return count;
}

export interface LunarDates {
  /** Mùng 1 tháng Giêng (Tết) in the solar calendar. */
  tet: string;
  /** 10/3 âm lịch (Giỗ Tổ Hùng Vương). */
  hungKings: string;
}

export interface DayOff {
  day: string;
  name: string;
}

/**
 * The statutory days off of a year under the Labour Code 2019 (Điều 112, 111 k3), for years without an official
 * notice yet: 1/1; Tết from the day before mùng 1 to mùng 4; Giỗ Tổ; 30/4; 1/5; 2/9 and the day before. A holiday
 * on a weekend is made up on the next days that are neither weekend nor holiday. Provisional: the Government fixes
 * the real days each year.
 */
export function provisionalDaysOff(year: number, lunar: LunarDates): DayOff[] {
  const holidays: DayOff[] = [
    { day: `${year}-01-01`, name: "Tết Dương lịch" },
    ...[-1, 0, 1, 2, 3].map((offset) => ({ day: addDays(lunar.tet, offset), name: "Tết Nguyên đán" })),
    { day: lunar.hungKings, name: "Giỗ Tổ Hùng Vương" },
    { day: `${year}-04-30`, name: "Ngày Chiến thắng" },
    { day: `${year}-05-01`, name: "Ngày Quốc tế lao động" },
    { day: `${year}-09-01`, name: "Quốc khánh" },
    { day: `${year}-09-02`, name: "Quốc khánh" },
  ];
  const taken = new Set(holidays.map((h) => h.day));
  const isWeekend = (d: string) => dayOfWeek(d) === 0 || dayOfWeek(d) === 6;
  const makeUps: DayOff[] = [];
  for (const holiday of holidays.filter((h) => isWeekend(h.day)).sort((a, b) => a.day.localeCompare(b.day))) {
    let day = holiday.day;
    do day = addDays(day, 1);
    while (isWeekend(day) || taken.has(day));
    taken.add(day);
    makeUps.push({ day, name: `Nghỉ bù ${holiday.name}` });
  }
  return [...holidays.filter((h) => !isWeekend(h.day)), ...makeUps].sort((a, b) => a.day.localeCompare(b.day));
}
