import { describe, expect, it } from "vitest";
import { axisTicks, barsOf, changeText, choiceOfKey, figureText, switchType, trendOf } from "./dashboard-model";

describe("dashboard model", () => {
  it("reads the period keys the dashboard takes, and nothing else", () => {
    expect(choiceOfKey("2026-11")).toEqual({ key: "2026-11", type: "month", year: 2026, n: 11 });
    expect(choiceOfKey("2026-Q3")).toEqual({ key: "2026-Q3", type: "quarter", year: 2026, n: 3 });
    expect(choiceOfKey("2026-H2")).toEqual({ key: "2026-H2", type: "half_year", year: 2026, n: 2 });
    expect(choiceOfKey("2026")).toEqual({ key: "2026", type: "year", year: 2026, n: 0 });
    for (const bad of ["2026-13", "2026-H3", "2026-9M", "2020-2025", "", "abc"])
      expect(choiceOfKey(bad)).toBeUndefined();
  });

  it("switches the period type to the period holding the one shown, not past today", () => {
    const today = "2026-11-23";
    const may = choiceOfKey("2026-05");
    expect(may && switchType(may, "quarter", today).key).toBe("2026-Q2");
    expect(may && switchType(may, "half_year", today).key).toBe("2026-H1");
    expect(may && switchType(may, "year", today).key).toBe("2026");
    const year = choiceOfKey("2026");
    expect(year && switchType(year, "month", today).key).toBe("2026-11");
    const past = choiceOfKey("2025");
    expect(past && switchType(past, "quarter", today).key).toBe("2025-Q4");
    const q1 = choiceOfKey("2026-Q1");
    expect(q1 && switchType(q1, "month", today).key).toBe("2026-03");
  });

  it("colours a rise green, and red for figures of members leaving", () => {
    expect(trendOf("members.onList", 3)).toEqual({ arrow: "▲", tone: "good" });
    expect(trendOf("members.onList", -1)).toEqual({ arrow: "▼", tone: "bad" });
    expect(trendOf("members.died", 1)).toEqual({ arrow: "▲", tone: "bad" });
    expect(trendOf("members.struckOff", -2)).toEqual({ arrow: "▼", tone: "good" });
    expect(trendOf("members.admitted", 0)).toEqual({ arrow: "=", tone: "flat" });
    expect(trendOf("members.admitted", null)).toBeUndefined();
  });

  it("writes figures and changes the Vietnamese way", () => {
    expect(figureText(1234, "count")).toBe("1.234");
    expect(figureText(66.7, "percent")).toBe("66,7%");
    expect(figureText(null, "percent")).toBe("—");
    expect(changeText(3)).toBe("+3");
    expect(changeText(-33.3)).toBe("−33,3");
    expect(changeText(0)).toBe("0");
  });

  it("puts bars on one scale and the axis on round steps", () => {
    expect(
      barsOf([
        { label: "A", value: 10 },
        { label: "B", value: 5 },
        { label: "C", value: null },
      ]),
    ).toEqual([
      { label: "A", value: 10, share: 1 },
      { label: "B", value: 5, share: 0.5 },
      { label: "C", value: 0, share: 0 },
    ]);
    expect(barsOf([{ label: "A", value: 0 }])[0]?.share).toBe(0);
    expect(axisTicks(0)).toEqual([0, 1]);
    expect(axisTicks(3)).toEqual([0, 1, 2, 3]);
    expect(axisTicks(10)).toEqual([0, 5, 10]);
    expect(axisTicks(437)).toEqual([0, 200, 400, 600]);
  });
});
