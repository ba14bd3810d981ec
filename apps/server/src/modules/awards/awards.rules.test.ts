import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eligibilityProblem, mayAward, modelOutcome, yearsNeeded } from "./awards.rules";
import { seededAwardForms } from "./awards-commendations.settings";

const rules = { yearLevels: ["excellent"], runningYears: 5, runningLevels: ["excellent"] };
const level = fc.constantFrom("excellent", "good", "completed", "not_completed");
const form = (code: string) => seededAwardForms.find((f) => f.code === code);

describe("who may award what (§6.1)", () => {
  it("lets a base committee give giấy khen to members and organisations, a base cell only to its members", () => {
    expect(mayAward(form("certificate_of_merit"), "grassroots_committee", "org")).toBe(true);
    expect(mayAward(form("certificate_of_merit"), "grassroots_cell", "member")).toBe(true);
    expect(mayAward(form("certificate_of_merit"), "grassroots_cell", "org")).toBe(false);
    expect(mayAward(form("certificate_of_merit"), "cell", "member")).toBe(false);
    expect(mayAward(form("emulation_flag"), "provincial_committee", "member")).toBe(false);
    expect(mayAward(undefined, "provincial_committee", "member")).toBe(false);
  });
});

describe("eligibility from the decided ratings (§6.2)", () => {
  it("five years running holds exactly when each of the five years ending with the year is outstanding", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2030 }), fc.array(level, { minLength: 7, maxLength: 7 }), (year, ls) => {
        const levels = new Map(ls.map((l, i) => [year - 6 + i, l] as const));
        const window = yearsNeeded("five_years_excellent", year, rules);
        expect(window).toEqual([year - 4, year - 3, year - 2, year - 1, year]);
        const allExcellent = window.every((y) => levels.get(y) === "excellent");
        expect(eligibilityProblem("five_years_excellent", year, levels, rules) === null).toBe(allExcellent);
      }),
    );
  });

  it("the year's commendation needs that year outstanding, whatever the other years; a missing year says so", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2030 }), level, level, (year, that, other) => {
        const levels = new Map([
          [year, that],
          [year - 1, other],
        ]);
        expect(eligibilityProblem("year_excellent", year, levels, rules) === null).toBe(that === "excellent");
      }),
    );
    expect(eligibilityProblem("year_excellent", 2025, new Map(), rules)?.code).toBe("award.notRatedYear");
    expect(eligibilityProblem("campaign", 2025, new Map(), rules)).toBeNull();
  });
});

describe("recognition of emulation models (§6.4)", () => {
  it("recognises exactly the scores within the range", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (score, min) => {
        const outcome = modelOutcome(score, { min, max: 100 });
        expect(outcome === "recognised").toBe(score >= min);
      }),
    );
    expect(modelOutcome(74, { min: 75, max: 100 })).toBe("not_recognised");
    expect(modelOutcome(75, { min: 75, max: 100 })).toBe("recognised");
  });
});
