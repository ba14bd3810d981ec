import { describe, expect, it } from "vitest";
import { isOverdue, letterDueOn, letterOverdue, nextActions, stepDueOn } from "./inspection.rules";

const calendar = { daysOff: new Set(["2026-09-01", "2026-09-02"]), workingSaturdays: new Set<string>() };
const days = { decided: 10, team_formed: 5, notified: 90 };

describe("deadlines of a case's steps, in working days with the holiday table", () => {
  it("skips weekends and the National Day holidays", () => {
    // Fri 28/8 + 5 working days: Mon 31/8, (1/9 and 2/9 off), Thu 3/9, Fri 4/9, Mon 7/9, Tue 8/9.
    expect(stepDueOn("team_formed", "2026-08-28", days, calendar)).toBe("2026-09-08");
    expect(stepDueOn("team_formed", "2026-08-28", days, { daysOff: new Set(), workingSaturdays: new Set() })).toBe(
      "2026-09-04",
    );
  });

  it("counts a working Saturday, and gives no deadline to a closed case or a step without one", () => {
    const swapped = { daysOff: new Set<string>(), workingSaturdays: new Set(["2026-08-29"]) };
    expect(stepDueOn("team_formed", "2026-08-28", days, swapped)).toBe("2026-09-03");
    expect(stepDueOn("closed", "2026-08-28", days, calendar)).toBeNull();
    expect(stepDueOn("verifying", "2026-08-28", days, calendar)).toBeNull();
  });

  it("is late when the step's deadline or the decision's limit has passed, never once closed", () => {
    const c = { state: "verifying" as const, stepDueOn: "2026-11-20", dueOn: null };
    expect(isOverdue(c, "2026-11-20")).toBe(false);
    expect(isOverdue(c, "2026-11-21")).toBe(true);
    expect(isOverdue({ ...c, stepDueOn: null, dueOn: "2026-11-01" }, "2026-11-02")).toBe(true);
    expect(isOverdue({ ...c, state: "closed" }, "2027-01-01")).toBe(false);
  });

  it("offers the actions of the workflow: verification before an inspection's conclusion, not a supervision's", () => {
    expect(nextActions("inspection_suspected", "self_report")).toEqual(["start_verification"]);
    expect(nextActions("supervision_thematic", "self_report")).toEqual(["start_verification", "conclude"]);
    expect(nextActions("inspection_regular", "closed")).toEqual([]);
  });
});

describe("letters' deadlines", () => {
  it("counts 90 calendar days from receipt, and is late only while still to resolve", () => {
    expect(letterDueOn("2026-01-15", 90)).toBe("2026-04-15");
    expect(letterOverdue({ status: "in_progress", dueOn: "2026-04-15" }, "2026-04-16")).toBe(true);
    expect(letterOverdue({ status: "resolved", dueOn: "2026-04-15" }, "2026-04-16")).toBe(false);
  });
});
