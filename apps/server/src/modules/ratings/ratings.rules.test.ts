import type { RatingLevel } from "@dangvu/contract";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bandOf,
  decidingUnit,
  disciplineBars,
  exclusionOf,
  goodNeededForOnePlace,
  levelAllowedForTotal,
  pointsProblem,
  proposalPasses,
  quotaAllows,
  twoYearsNotCompleted,
} from "./ratings.rules";
import {
  type AuthoritySetting,
  type BandsSetting,
  type FrameworkSetting,
  ratingsRuleSettings,
} from "./ratings.settings";

const seeded = <T>(key: string) => ratingsRuleSettings.filter((s) => s.key === key).at(-1)?.value as T;
const bands = seeded<BandsSetting>("ratings.bands");
const framework = seeded<FrameworkSetting>("ratings.framework.member");
const authority = seeded<AuthoritySetting>("ratings.authority");
const quota = { percent: 20, base: "good_or_better", scope: "base_organisation" } as const;
const levels: RatingLevel[] = ["excellent", "good", "completed", "not_completed"];

describe("ratings rules", () => {
  it("finds the band of a total on the 366 bands", () => {
    expect(bandOf(100, bands)).toBe("excellent");
    expect(bandOf(90, bands)).toBe("excellent");
    expect(bandOf(89, bands)).toBe("good");
    expect(bandOf(70, bands)).toBe("good");
    expect(bandOf(69, bands)).toBe("completed");
    expect(bandOf(50, bands)).toBe("completed");
    expect(bandOf(49, bands)).toBe("not_completed");
  });

  it("refuses a level above the band of the total, accepts one at or below it", () => {
    expect(levelAllowedForTotal("excellent", 85, bands)).toBe(false);
    expect(levelAllowedForTotal("good", 85, bands)).toBe(true);
    expect(levelAllowedForTotal("completed", 95, bands)).toBe(true);
  });

  it("checks points against the framework: every criterion, none unknown, none above its maximum", () => {
    const full = Object.fromEntries(framework.criteria.map((c) => [c.id, c.max]));
    expect(pointsProblem(full, framework)).toBeNull();
    expect(framework.groups.reduce((s, g) => s + g.max, 0)).toBe(100);
    expect(framework.criteria.reduce((s, c) => s + c.max, 0)).toBe(100);
    expect(pointsProblem({ ...full, politics: 11 }, framework)).toEqual({
      kind: "aboveMax",
      criterion: "politics",
      max: 10,
    });
    expect(pointsProblem({ ...full, extra: 1 }, framework)).toEqual({ kind: "unknownCriterion", criterion: "extra" });
    const { politics: _, ...missing } = full;
    expect(pointsProblem(missing, framework)).toEqual({ kind: "missingCriterion", criterion: "politics" });
    expect(pointsProblem({ a: 1 }, { key: "124", groups: [], criteria: [] })).toEqual({ kind: "notAllowed" });
    expect(pointsProblem(undefined, { key: "124", groups: [], criteria: [] })).toBeNull();
  });

  it("passes a proposal with more than half of those present", () => {
    expect(proposalPasses({ present: 10, inFavour: 6, against: 4 })).toBe(true);
    expect(proposalPasses({ present: 10, inFavour: 5, against: 5 })).toBe(false);
    expect(proposalPasses({ present: 10, inFavour: 9, against: 3 })).toBe(false);
  });

  it("names the deciding body from the tree (HD 25-HD/BTCTW)", () => {
    const chain = [
      { id: "cell", type: "cell" as const },
      { id: "sub", type: "sub_committee" as const },
      { id: "base", type: "grassroots_committee" as const },
      { id: "bloc", type: "upper_committee" as const },
    ];
    expect(decidingUnit("member", chain, authority)).toBe("base");
    expect(decidingUnit("org", chain, authority)).toBe("base");
    expect(decidingUnit("org", chain.slice(1), authority)).toBe("base");
    expect(decidingUnit("org", chain.slice(2), authority)).toBe("bloc");
    expect(decidingUnit("member", [{ id: "gcell", type: "grassroots_cell" }, chain[3] as never], authority)).toBe(
      "gcell",
    );
    expect(decidingUnit("org", [{ id: "g", type: "grassroots_cell" }, chain[3] as never], authority)).toBe("bloc");
    expect(decidingUnit("org", [{ id: "t", type: "party_group" }, ...chain], authority)).toBeNull();
  });

  it("says how many good ratings open one more excellent place", () => {
    expect(goodNeededForOnePlace(quota, { goodOrBetter: 5, excellent: 1 })).toBe(5);
    expect(goodNeededForOnePlace(quota, { goodOrBetter: 7, excellent: 1 })).toBe(3);
  });

  it("bars excellent for a member disciplined in the year, only in that year", () => {
    expect(disciplineBars("excellent", ["2026-03-01"], 2026)).toBe(true);
    expect(disciplineBars("good", ["2026-03-01"], 2026)).toBe(false);
    expect(disciplineBars("excellent", ["2025-03-01"], 2026)).toBe(false);
  });

  it("leaves out exempt members and those admitted less than six months before", () => {
    expect(exclusionOf({ isExempt: true, admittedOn: "2000-01-01" }, "2026-12-31", 6)).toBe("exempt");
    expect(exclusionOf({ isExempt: false, admittedOn: "2026-07-01" }, "2026-12-31", 6)).toBe("recently_admitted");
    expect(exclusionOf({ isExempt: false, admittedOn: "2026-06-30" }, "2026-12-31", 6)).toBeNull();
  });

  it("finds two consecutive years not completed", () => {
    expect(
      twoYearsNotCompleted([
        { year: 2025, level: "not_completed" },
        { year: 2026, level: "not_completed" },
      ]),
    ).toBe(2026);
    expect(
      twoYearsNotCompleted([
        { year: 2024, level: "not_completed" },
        { year: 2026, level: "not_completed" },
      ]),
    ).toBe(null);
  });

  it("never lets excellent exceed its share, whatever the order of decisions and changes", () => {
    const step = fc.record({
      level: fc.constantFrom(...levels),
      change: fc.boolean(),
      pick: fc.nat(),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.array(step, { maxLength: 60 }), (percent, steps) => {
        const rule = { ...quota, percent };
        const decided: RatingLevel[] = [];
        for (const s of steps) {
          const counts = {
            goodOrBetter: decided.filter((l) => l === "excellent" || l === "good").length,
            excellent: decided.filter((l) => l === "excellent").length,
          };
          const index = s.change && decided.length > 0 ? s.pick % decided.length : -1;
          const replaced = index >= 0 ? (decided[index] as RatingLevel) : null;
          const verdict = quotaAllows(rule, counts, s.level, replaced);
          if (verdict.ok) {
            if (index >= 0) decided[index] = s.level;
            else decided.push(s.level);
          }
          const excellent = decided.filter((l) => l === "excellent").length;
          const base = decided.filter((l) => l === "excellent" || l === "good").length;
          expect(excellent).toBeLessThanOrEqual(Math.floor((percent * base) / 100));
        }
      }),
    );
  });

  it("refuses an excellent rating one too many and says how many places remain", () => {
    const verdict = quotaAllows(quota, { goodOrBetter: 5, excellent: 1 }, "excellent");
    expect(verdict.ok).toBe(false);
    expect(verdict.placesLeft).toBe(-1);
    expect(quotaAllows(quota, { goodOrBetter: 4, excellent: 0 }, "excellent").ok).toBe(true);
  });
});
