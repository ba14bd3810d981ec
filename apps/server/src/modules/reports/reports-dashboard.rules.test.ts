import { describe, expect, it } from "vitest";
import { previousPeriod } from "./reports.periods";
import { changeOf, dashboardPeriod, monthsOfYear, readablePath } from "./reports-dashboard.rules";

describe("dashboard rules", () => {
  it("reads a month, a quarter, a half-year or a year, and takes the current month by default", () => {
    expect(dashboardPeriod(undefined, "2026-11-23")?.key).toBe("2026-11");
    expect(dashboardPeriod("2026-Q3", "2026-11-23")).toMatchObject({ type: "quarter", from: "2026-07-01" });
    expect(dashboardPeriod("2026-H1", "2026-11-23")).toMatchObject({ type: "half_year", to: "2026-06-30" });
    expect(dashboardPeriod("2025", "2026-11-23")).toMatchObject({ type: "year", to: "2025-12-31" });
    expect(dashboardPeriod("2026-02", "2026-11-23")?.to).toBe("2026-02-28");
    expect(dashboardPeriod("2026-9M", "2026-11-23")).toBeUndefined();
    expect(dashboardPeriod("2020-2025", "2026-11-23")).toBeUndefined();
    expect(dashboardPeriod("1800", "2026-11-23")).toBeUndefined();
  });

  it("gives the change in the figure's own unit, unknown when either side is", () => {
    expect(changeOf(12, 10)).toBe(2);
    expect(changeOf(8, 10)).toBe(-2);
    expect(changeOf(87.2, 90)).toBe(-2.8);
    expect(changeOf(null, 10)).toBeNull();
    expect(changeOf(3, null)).toBeNull();
  });

  it("lists the months of the year up to the period's end, never past today", () => {
    const q2 = dashboardPeriod("2026-Q2", "2026-11-23");
    expect(q2 && monthsOfYear(q2, "2026-11-23").map((m) => m.key)).toEqual([
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
    ]);
    const year = dashboardPeriod("2026", "2026-11-23");
    expect(year && monthsOfYear(year, "2026-11-23").at(-1)?.key).toBe("2026-11");
    const past = dashboardPeriod("2025", "2026-11-23");
    expect(past && monthsOfYear(past, "2026-11-23")).toHaveLength(12);
    const month = dashboardPeriod("2026-01", "2026-11-23");
    expect(month && previousPeriod(month).key).toBe("2025-12");
  });

  it("starts the breadcrumb at the highest unit where the user reads reports", () => {
    const path = [{ id: "bloc" }, { id: "base" }, { id: "cell" }];
    expect(readablePath(path, new Set(["base"])).map((u) => u.id)).toEqual(["base", "cell"]);
    expect(readablePath(path, new Set(["cell", "bloc"])).map((u) => u.id)).toEqual(["bloc", "base", "cell"]);
    expect(readablePath(path, new Set(["other"]))).toEqual([]);
  });
});
