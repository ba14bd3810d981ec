import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canBeUnder, cellWarnings, effectiveDateProblem, hasInspectionCommittee, isInSubtree } from "./org.rules";

const rules = { minFullMembers: 3, cellCommitteeThreshold: 9 };

describe("organisation rules", () => {
  it("places cells under base committees and sub-committees, never under the upper committee", () => {
    expect(canBeUnder("cell", "grassroots_committee")).toBe(true);
    expect(canBeUnder("cell", "sub_committee")).toBe(true);
    expect(canBeUnder("cell", "upper_committee")).toBe(false);
    expect(canBeUnder("grassroots_cell", "upper_committee")).toBe(true);
    expect(canBeUnder("party_group", "cell")).toBe(true);
  });

  it("gives an inspection committee only to a base committee or higher (Điều lệ Đ32)", () => {
    expect(hasInspectionCommittee("grassroots_committee")).toBe(true);
    expect(hasInspectionCommittee("upper_committee")).toBe(true);
    expect(hasInspectionCommittee("sub_committee")).toBe(false);
    expect(hasInspectionCommittee("cell")).toBe(false);
  });

  it("warns when a cell has fewer than 3 full members, and asks for a cell committee from 9", () => {
    expect(cellWarnings("cell", 2, rules)).toEqual([{ code: "org.warn.fewFullMembers", params: { count: 2, min: 3 } }]);
    expect(cellWarnings("cell", 3, rules)).toEqual([]);
    expect(cellWarnings("grassroots_cell", 9, rules)[0]?.code).toBe("org.warn.needsCellCommittee");
    expect(cellWarnings("grassroots_committee", 0, rules)).toEqual([]);
  });

  it("refuses dates in the future, before founding, or before the last change, in that order", () => {
    expect(effectiveDateProblem("2026-12-01", "2026-11-23", "2010-01-01", "2020-01-01")).toBe("future");
    expect(effectiveDateProblem("2009-12-31", "2026-11-23", "2010-01-01", "2010-01-01")).toBe("beforeExistence");
    expect(effectiveDateProblem("2019-12-31", "2026-11-23", "2010-01-01", "2020-01-01")).toBe("beforeLastChange");
    expect(effectiveDateProblem("2020-01-01", "2026-11-23", "2010-01-01", "2020-01-01")).toBeNull();
  });

  it("finds a unit in its own subtree through any chain of parents, and stops on a loop", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { minLength: 1, maxLength: 20 }), (parents) => {
        const map = new Map<string, string | null>(
          parents.map((p, i) => [`u${i + 1}`, p <= i ? (p === 0 ? null : `u${p}`) : null]),
        );
        for (const [unit] of map) {
          expect(isInSubtree(map, unit, unit)).toBe(true);
          let at = map.get(unit);
          while (at) {
            expect(isInSubtree(map, at, unit)).toBe(true);
            at = map.get(at);
          }
        }
      }),
    );
    const loop = new Map([
      ["a", "b"],
      ["b", "a"],
    ]);
    expect(isInSubtree(loop, "c", "a")).toBe(false);
  });
});
