import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  attendancePoints,
  belowQuorum,
  type VoteMember,
  voteBase,
  votesNeeded,
  voteVerdict,
} from "./meetings-votes.rules";

const majority = { numerator: 1, denominator: 2, strict: true };
const twoThirds = { numerator: 2, denominator: 3, strict: false };
const allExclusions = ["temporary_elsewhere", "exempt_absent", "absent_excused"] as const;

const m = (status: "full" | "probationary", over: Partial<VoteMember> = {}): VoteMember => ({
  status,
  counted: true,
  exempt: false,
  attendance: "present",
  ...over,
});

describe("the base a vote is counted against (domain.md §3.5)", () => {
  const roster: VoteMember[] = [
    m("full"),
    m("full", { exempt: true, counted: false }), // exempt and came: counted, may vote
    m("full", { exempt: true, counted: false, attendance: null }), // exempt and absent: left out
    m("full", { counted: false, attendance: null }), // in temporary activity elsewhere: left out
    m("full", { attendance: "absent_excused" }), // absent with a reason: left out
    m("full", { attendance: "absent_unexcused" }), // absent without reason: counted
    m("full"),
    m("full"),
    m("full"),
    m("probationary"), // probationary members do not vote on party matters
  ];

  it("is the full members on the list minus those the rules leave out; exempt members who attend count", () => {
    expect(voteBase(roster, [...allExclusions])).toEqual({
      fullMembers: 9,
      excluded: { temporaryElsewhere: 1, exemptAbsent: 1, absentExcused: 1 },
      base: 6,
      voters: 5,
    });
  });

  it("never counts a member of another cell here in temporary activity: not on the list, no vote", () => {
    const guest = m("full", { counted: false, temporary: true });
    expect(voteBase([...roster, guest], [...allExclusions])).toEqual(voteBase(roster, [...allExclusions]));
  });

  it("leaves out only what the rule version in force leaves out", () => {
    expect(voteBase(roster, ["temporary_elsewhere"])).toMatchObject({
      excluded: { temporaryElsewhere: 1, exemptAbsent: 0, absentExcused: 0 },
      base: 8,
    });
  });
});

describe("a vote's verdict", () => {
  it("passes a resolution with more than half of the base: 4 of 6 and 4 of 7, not 3 of 6", () => {
    expect(voteVerdict(4, 6, majority)).toEqual({ passed: true, base: 6, needed: 4, forCount: 4 });
    expect(voteVerdict(3, 6, majority)).toEqual({ passed: false, base: 6, needed: 4, forCount: 3 });
    expect(voteVerdict(4, 7, majority).passed).toBe(true);
  });

  it("passes an admission or a recognition as full member with at least two thirds: 4 of 6, 5 of 7", () => {
    expect(votesNeeded(6, twoThirds)).toBe(4);
    expect(votesNeeded(7, twoThirds)).toBe(5);
    expect(votesNeeded(9, twoThirds)).toBe(6);
    expect(voteVerdict(4, 7, twoThirds).passed).toBe(false);
  });

  it("never passes with nobody to count", () => {
    expect(voteVerdict(0, 0, majority).passed).toBe(false);
    expect(voteVerdict(0, 0, twoThirds).passed).toBe(false);
  });

  it("needs exactly the smallest count above the fraction, for any base", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), (base) => {
        const half = votesNeeded(base, majority);
        expect(half * 2 > base && (half - 1) * 2 <= base).toBe(true);
        const two = votesNeeded(base, twoThirds);
        expect(two * 3 >= base * 2 && (two - 1) * 3 < base * 2).toBe(true);
      }),
    );
  });
});

describe("the attendance warning and the attendance points", () => {
  it("warns below the committee's threshold of full members present", () => {
    expect(belowQuorum(3, 6, twoThirds)).toBe(true);
    expect(belowQuorum(4, 6, twoThirds)).toBe(false);
    expect(belowQuorum(0, 0, twoThirds)).toBe(false);
  });

  it("gives the attendance criterion its share of the maximum, rounded down", () => {
    expect(attendancePoints(100, 20)).toBe(20);
    expect(attendancePoints(87.5, 20)).toBe(17);
    expect(attendancePoints(0, 20)).toBe(0);
  });
});
