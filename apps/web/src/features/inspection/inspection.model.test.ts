import { describe, expect, it } from "vitest";
import {
  allowedForms,
  filedWithoutAction,
  isIrreversible,
  letterActionsOf,
  mayOpenCaseFrom,
  nextActionOf,
  periodDates,
} from "./inspection.model";

describe("inspection screens' rules", () => {
  it("offers a probationary member two forms, a full member four, an organisation its three", () => {
    expect(allowedForms("member", "probationary")).toEqual(["reprimand", "warning"]);
    expect(allowedForms("member", "full")).toEqual(["reprimand", "warning", "dismissal", "expulsion"]);
    expect(allowedForms("member", undefined)).toContain("expulsion");
    expect(allowedForms("organisation", undefined)).toEqual(["reprimand", "warning", "dissolution"]);
  });

  it("says a letter from no one who can be answered is filed without action, before it is saved", () => {
    expect(filedWithoutAction("named")).toBe(false);
    expect(filedWithoutAction(undefined)).toBe(false);
    for (const identity of ["anonymous", "false_name", "no_address"] as const)
      expect(filedWithoutAction(identity)).toBe(true);
  });

  it("shows the first open action of a case and asks before closing it", () => {
    expect(nextActionOf(["start_verification", "conclude"])).toBe("start_verification");
    expect(nextActionOf([])).toBeNull();
    expect(isIrreversible("close")).toBe(true);
    expect(isIrreversible("conclude")).toBe(false);
  });

  it("offers a letter's actions by its status, and a case from it only while it is handled and has none", () => {
    expect(letterActionsOf("received")).toEqual(["take", "forward", "file"]);
    expect(letterActionsOf("in_progress")).toEqual(["resolve"]);
    expect(letterActionsOf("filed")).toEqual([]);
    expect(mayOpenCaseFrom({ status: "received", caseId: null })).toBe(true);
    expect(mayOpenCaseFrom({ status: "received", caseId: "x" })).toBe(false);
    expect(mayOpenCaseFrom({ status: "filed", caseId: null })).toBe(false);
  });

  it("gives the dates of a year and of its halves", () => {
    expect(periodDates(2026, "year")).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    expect(periodDates(2026, "h1")).toEqual({ from: "2026-01-01", to: "2026-06-30" });
    expect(periodDates(2026, "h2")).toEqual({ from: "2026-07-01", to: "2026-12-31" });
  });
});
