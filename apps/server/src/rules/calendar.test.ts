import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addWorkingDays, isWorkingDay, provisionalDaysOff, type WorkCalendar, workingDaysBetween } from "./calendar";
import { lunarDates, seededCalendar } from "./calendar-data";
import { addDays } from "./dates";

function calendarOf(rows = seededCalendar()): WorkCalendar {
  return {
    daysOff: new Set(rows.filter((r) => r.kind === "off").map((r) => r.day)),
    workingSaturdays: new Set(rows.filter((r) => r.kind === "working").map((r) => r.day)),
  };
}
const calendar = calendarOf();

describe("working days", () => {
  it("makes up Giỗ Tổ and 30/4 of 2023 on Tuesday 2/5 and Wednesday 3/5 (1/5 is itself a holiday)", () => {
    const days = provisionalDaysOff(2023, lunarDates[2023] as (typeof lunarDates)[2023]).map((d) => d.day);
    expect(days).toContain("2023-05-01");
    expect(days).toContain("2023-05-02");
    expect(days).toContain("2023-05-03");
  });

  it("skips the 9-day Tết break of 2026 and counts the swapped Saturday 10/01/2026", () => {
    expect(isWorkingDay("2026-02-16", calendar)).toBe(false);
    expect(isWorkingDay("2026-02-23", calendar)).toBe(true);
    expect(isWorkingDay("2026-01-10", calendar)).toBe(true);
    expect(isWorkingDay("2026-01-02", calendar)).toBe(false);
    // Friday 13/02/2026 + 1 working day: the whole Tết week is skipped.
    expect(addWorkingDays("2026-02-13", 1, calendar)).toBe("2026-02-23");
  });

  it("puts 30 working days after a decision of 02/01/2026 on 12/02/2026 (Saturday 10/01 counts)", () => {
    expect(addWorkingDays("2026-01-02", 30, calendar)).toBe("2026-02-12");
  });

  it("counts back what it adds, and always lands on a working day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 90 }), (offset, n) => {
        const start = addDays("2018-01-01", offset);
        const end = addWorkingDays(start, n, calendar);
        expect(isWorkingDay(end, calendar)).toBe(true);
        expect(workingDaysBetween(start, end, calendar)).toBe(n);
      }),
    );
  });

  it("gives every year 11 statutory days (Labour Code 2019, Điều 112) in the provisional rule", () => {
    for (const year of [2027, 2028, 2029, 2030]) {
      const lunar = lunarDates[year] as (typeof lunarDates)[2027];
      const holidays = [
        `${year}-01-01`,
        ...[-1, 0, 1, 2, 3].map((o) => addDays(lunar.tet, o)),
        lunar.hungKings,
        `${year}-04-30`,
        `${year}-05-01`,
        `${year}-09-01`,
        `${year}-09-02`,
      ];
      expect(new Set(holidays).size).toBe(11);
      const days = provisionalDaysOff(year, lunar);
      expect(
        days.every(
          (d) =>
            !isWorkingDay(
              d.day,
              calendarOf(days.map((x) => ({ ...x, kind: "off" as const, source: null, provisional: true }))),
            ),
        ),
      ).toBe(true);
    }
  });
});
