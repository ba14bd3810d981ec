import { describe, expect, it } from "vitest";
import { dueOn, parsePeriod, periodContaining, previousPeriod, recentPeriods } from "./reports.periods";

describe("report periods", () => {
  it.each([
    ["month", "2026-02", "2026-02-01", "2026-02-28", "tháng 2 năm 2026"],
    ["month", "2024-02", "2024-02-01", "2024-02-29", "tháng 2 năm 2024"],
    ["quarter", "2026-Q3", "2026-07-01", "2026-09-30", "quý III năm 2026"],
    ["half_year", "2026-H1", "2026-01-01", "2026-06-30", "6 tháng đầu năm 2026"],
    ["half_year", "2026-H2", "2026-07-01", "2026-12-31", "6 tháng cuối năm 2026"],
    ["nine_months", "2026-9M", "2026-01-01", "2026-09-30", "9 tháng năm 2026"],
    ["year", "2025", "2025-01-01", "2025-12-31", "năm 2025"],
    ["term", "2020-2025", "2020-01-01", "2025-12-31", "nhiệm kỳ 2020 - 2025"],
  ] as const)("reads %s %s as %s – %s", (type, key, from, to, label) => {
    expect(parsePeriod(type, key)).toEqual({ type, key, from, to, label });
  });

  it.each([
    ["month", "2026-13"],
    ["month", "2026-Q1"],
    ["quarter", "2026-Q5"],
    ["year", "2026-01"],
    ["half_year", "2026-H3"],
    ["term", "2025-2020"],
    ["term", "2020-2040"],
    ["year", "1800"],
  ] as const)("refuses %s %s, which is not one of its periods", (type, key) => {
    expect(parsePeriod(type, key)).toBeUndefined();
  });

  it("finds the period of a day and the one before it, across a year's end", () => {
    expect(periodContaining("month", "2026-01-15").key).toBe("2026-01");
    expect(previousPeriod(periodContaining("month", "2026-01-15")).key).toBe("2025-12");
    expect(previousPeriod(periodContaining("quarter", "2026-02-01")).key).toBe("2025-Q4");
    expect(previousPeriod(periodContaining("half_year", "2026-07-01")).key).toBe("2026-H1");
    expect(previousPeriod(periodContaining("nine_months", "2026-07-01")).key).toBe("2025-9M");
    expect(previousPeriod(periodContaining("term", "2026-07-01")).key).toBe("2020-2025");
    expect(recentPeriods("year", "2026-11-29", 3).map((p) => p.key)).toEqual(["2026", "2025", "2024"]);
  });

  it("puts the due date after (or before) the period's last day", () => {
    const june = parsePeriod("month", "2026-06");
    expect(june && dueOn(june, 5)).toBe("2026-07-05");
    expect(june && dueOn(june, -10)).toBe("2026-06-20");
  });
});
