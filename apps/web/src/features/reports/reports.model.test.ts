import { describe, expect, it } from "vitest";
import {
  defaultPeriod,
  figureOf,
  figureText,
  indicatorOfField,
  isEmptyChange,
  isOverdue,
  mergeChanges,
  percentText,
  recentPeriods,
  reportPath,
  toRoman,
} from "./reports.model";

describe("the period pickers (the server's keys: 2026-11, 2026-Q3, 2026-H1, 2026-9M, 2026, 2020-2025)", () => {
  it("goes back month by month across the new year", () => {
    expect(recentPeriods("month", "2026-02-14", 4).map((p) => p.key)).toEqual([
      "2026-02",
      "2026-01",
      "2025-12",
      "2025-11",
    ]);
  });

  it("counts quarters, halves, nine months, years and terms", () => {
    expect(recentPeriods("quarter", "2026-11-29", 5).map((p) => p.key)).toEqual([
      "2026-Q4",
      "2026-Q3",
      "2026-Q2",
      "2026-Q1",
      "2025-Q4",
    ]);
    expect(recentPeriods("half_year", "2026-11-29", 3).map((p) => p.key)).toEqual(["2026-H2", "2026-H1", "2025-H2"]);
    expect(recentPeriods("nine_months", "2026-11-29", 2).map((p) => p.key)).toEqual(["2026-9M", "2025-9M"]);
    expect(recentPeriods("year", "2026-11-29", 2).map((p) => p.key)).toEqual(["2026", "2025"]);
    expect(recentPeriods("term", "2026-11-29", 2).map((p) => p.key)).toEqual(["2025-2030", "2020-2025"]);
  });

  it("opens a monthly report on the current month and the others on the last period ended", () => {
    expect(defaultPeriod("month", "2026-11-29").key).toBe("2026-11");
    expect(defaultPeriod("half_year", "2026-11-29").key).toBe("2026-H1");
    expect(defaultPeriod("half_year", "2026-03-02").key).toBe("2025-H2");
    expect(defaultPeriod("year", "2026-11-29").key).toBe("2025");
  });
});

describe("figures as the report shows them", () => {
  it("writes a share of another figure as x (y%), and the figure alone without a base", () => {
    expect(percentText(134, 200)).toBe("134 (67%)");
    expect(percentText(1, 3)).toBe("1 (33,3%)");
    expect(percentText(5, 0)).toBe("5");
    expect(percentText(5, null)).toBe("5");
    expect(percentText(null, 10)).toBe("");
  });

  it("reads a number box: blank is none, digits a number", () => {
    expect(figureOf("")).toBeNull();
    expect(figureOf(null)).toBeNull();
    expect(figureOf(12)).toBe(12);
    expect(figureOf("1.234")).toBe(1234);
    expect(figureOf("abc")).toBeNull();
  });

  it("is overdue only while not sent up", () => {
    expect(isOverdue("draft", "2026-11-20", "2026-11-21")).toBe(true);
    expect(isOverdue("not_started", "2026-11-20", "2026-11-20")).toBe(false);
    expect(isOverdue("returned", "2026-11-01", "2026-11-21")).toBe(true);
    expect(isOverdue("submitted", "2026-11-01", "2026-11-21")).toBe(false);
    expect(isOverdue("approved", "2026-11-01", "2026-11-21")).toBe(false);
  });
});

describe("autosave", () => {
  it("merges the edits waiting, the newest value of a field winning", () => {
    const merged = mergeChanges(
      { entered: { "entered.a": 1, "entered.b": 2 } },
      { entered: { "entered.a": 5 }, narrative: { results: "x" } },
    );
    expect(merged).toEqual({ entered: { "entered.a": 5, "entered.b": 2 }, narrative: { results: "x" } });
    expect(isEmptyChange(mergeChanges({}, {}))).toBe(true);
    expect(isEmptyChange({ narrative: { results: "" } })).toBe(false);
  });

  it("finds the figure a validation error names, with or without the entered. prefix doubled", () => {
    const ids = new Set(["entered.letters.received", "entered.letters.resolved"]);
    expect(indicatorOfField("entered.entered.letters.resolved", ids)).toBe("entered.letters.resolved");
    expect(indicatorOfField("entered.letters.received", ids)).toBe("entered.letters.received");
    expect(indicatorOfField("values", ids)).toBeUndefined();
  });

  it("escapes nothing but what a URL needs in a report's path", () => {
    expect(reportPath("t1", "u1", "2026-11")).toBe("/reports/t1/u1/2026-11");
  });
});

describe("the print view", () => {
  it("numbers sections in Roman numerals", () => {
    expect([1, 2, 3, 4, 5, 9, 14, 40].map(toRoman)).toEqual(["I", "II", "III", "IV", "V", "IX", "XIV", "XL"]);
  });
});

describe("a row's figure", () => {
  it("prints a rate with its sign and a share with its base", () => {
    const values = new Map([
      [
        "a",
        {
          indicator: "a",
          label: "A",
          kind: "computed" as const,
          unit: "percent" as const,
          value: 87.5,
          own: null,
          children: null,
        },
      ],
      [
        "b",
        {
          indicator: "b",
          label: "B",
          kind: "computed" as const,
          unit: "count" as const,
          value: 3,
          own: null,
          children: null,
        },
      ],
      [
        "c",
        {
          indicator: "c",
          label: "C",
          kind: "computed" as const,
          unit: "count" as const,
          value: 12,
          own: null,
          children: null,
        },
      ],
    ]);
    expect(figureText({ indicator: "a" }, values)).toBe("87,5%");
    expect(figureText({ indicator: "b", percentOf: "c" }, values)).toBe("3 (25%)");
    expect(figureText({ indicator: "c" }, values)).toBe("12");
    expect(figureText({ indicator: "missing" }, values)).toBe("");
  });
});
