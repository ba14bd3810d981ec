import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canBeUnder,
  cellWarnings,
  effectiveDateProblem,
  hasInspectionCommittee,
  isInSubtree,
  type Seat,
  type SeatRequest,
  seatProblem,
} from "./org.rules";

const rules = { minFullMembers: 3, cellCommitteeThreshold: 9 };

describe("organisation rules", () => {
  it("places cells under base committees and sub-committees, never under the upper committee", () => {
    expect(canBeUnder("cell", "grassroots_committee")).toBe(true);
    expect(canBeUnder("cell", "sub_committee")).toBe(true);
    expect(canBeUnder("cell", "upper_committee")).toBe(false);
    expect(canBeUnder("grassroots_cell", "upper_committee")).toBe(true);
    expect(canBeUnder("party_group", "cell")).toBe(true);
  });

  it("puts blocs, successor committees and grassroots organisations under the province (domain.md §1.2)", () => {
    expect(canBeUnder("upper_committee", "provincial_committee")).toBe(true);
    expect(canBeUnder("grassroots_committee", "provincial_committee")).toBe(true);
    expect(canBeUnder("cell", "provincial_committee")).toBe(false);
    expect(canBeUnder("provincial_committee", "upper_committee")).toBe(false);
    expect(hasInspectionCommittee("provincial_committee")).toBe(true);
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
    expect(cellWarnings("grassroots_cell", 9, rules, true)).toEqual([]);
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

describe("committee seats (domain.md §1.3)", () => {
  const seat = (kind: Seat["kind"], memberId: string, startsOn = "2025-01-01", endsOn: string | null = null): Seat => ({
    kind,
    memberId,
    holderName: memberId,
    startsOn,
    endsOn,
  });
  const request = (over: Partial<SeatRequest>): SeatRequest => ({
    unitType: "cell",
    kind: "committee_member",
    startsOn: "2025-06-01",
    endsOn: null,
    memberId: "m9",
    holderName: null,
    holder: { inUnit: true, isFull: true },
    fullMembers: 9,
    seats: [],
    rules: { cellCommitteeThreshold: 9, cellCommitteeMaxSize: 7 },
    ...over,
  });
  const code = (over: Partial<SeatRequest>) => seatProblem(request(over))?.code ?? null;

  it("gives a cell's seats only to its own full members", () => {
    expect(code({})).toBeNull();
    expect(code({ memberId: null, holderName: "Ai Đó" })).toBe("org.seatNeedsMember");
    expect(code({ holder: null })).toBe("org.seatHolderNotInUnit");
    expect(code({ holder: { inUnit: false, isFull: true } })).toBe("org.seatHolderNotInUnit");
    expect(code({ holder: { inUnit: true, isFull: false } })).toBe("org.seatHolderNotFull");
    expect(code({ unitType: "grassroots_committee", memberId: null, holder: null, holderName: "Ai Đó" })).toBeNull();
    expect(code({ unitType: "grassroots_committee", memberId: null, holder: null })).toBe("org.seatNeedsHolder");
  });

  it("keeps one bí thư at a time, but lets a new one start the day the last one ended", () => {
    const before = [seat("secretary", "m1", "2022-05-01", "2025-06-01")];
    expect(code({ kind: "secretary", seats: before })).toBeNull();
    expect(code({ kind: "secretary", startsOn: "2025-05-31", seats: before })).toBe("org.oneSecretary");
    expect(code({ kind: "secretary", seats: [seat("committee_member", "m9")] })).toBe("org.seatHolderTwice");
  });

  it("lets a cell elect one phó bí thư, a chi ủy only from nine full members, of at most seven", () => {
    expect(code({ kind: "deputy_secretary", fullMembers: 5, seats: [seat("deputy_secretary", "m2")] })).toBe(
      "org.oneDeputy",
    );
    expect(code({ kind: "deputy_secretary", fullMembers: 5 })).toBeNull();
    expect(code({ fullMembers: 8 })).toBe("org.cellCommitteeTooSmall");
    const six = ["m1", "m2", "m3", "m4", "m5", "m6"].map((m) => seat("committee_member", m));
    expect(code({ seats: six })).toBeNull();
    expect(code({ seats: [...six, seat("secretary", "m7")] })).toBe("org.cellCommitteeFull");
    expect(code({ unitType: "grassroots_committee", seats: [...six, seat("secretary", "m7")] })).toBeNull();
  });

  it("has a standing committee and an inspection committee only from a base committee up", () => {
    expect(code({ kind: "standing_committee_member" })).toBe("org.noStandingCommittee");
    expect(code({ kind: "inspection_chair" })).toBe("org.noInspectionCommittee");
    expect(code({ kind: "standing_committee_member", unitType: "sub_committee" })).toBe("org.noStandingCommittee");
    expect(code({ kind: "standing_committee_member", unitType: "grassroots_committee" })).toBeNull();
  });
});
