import type { AttendanceStatus, VoteThreshold } from "@dangvu/contract";

/** A member as a vote counts them (domain.md §3.5). */
export interface VoteMember {
  status: "probationary" | "full";
  /** False for a member exempt from activities or in temporary activity in another cell. */
  counted: boolean;
  /** A member of another cell here in temporary activity: not on this cell's list, never votes here. */
  temporary?: boolean;
  exempt: boolean;
  attendance: AttendanceStatus | null;
}

/** Who a rule version leaves out of the base: the kinds of members named by the election rules (domain.md §3.5). */
export type VoteExclusion = "temporary_elsewhere" | "exempt_absent" | "absent_excused";

export interface VoteBase {
  /** Full members on the cell's list. */
  fullMembers: number;
  excluded: { temporaryElsewhere: number; exemptAbsent: number; absentExcused: number };
  /** What "of the cell's full members" means for this meeting: the list minus those left out. */
  base: number;
  /** Full members present who may vote (exempt members who came are counted). */
  voters: number;
}

function exclusionOf(member: VoteMember): VoteExclusion | null {
  if (!member.counted && !member.exempt) return "temporary_elsewhere";
  if (member.exempt && member.attendance !== "present") return "exempt_absent";
  if (member.attendance === "absent_excused") return "absent_excused";
  return null;
}

/**
 * The base of the cell's votes: full members on the list, minus those the rule version leaves out (members in
 * temporary activity elsewhere, exempt members who did not come, members absent with a reason); probationary members
 * do not vote on party matters. Exempt members who attend are counted and vote.
 */
export function voteBase(roster: readonly VoteMember[], exclude: readonly VoteExclusion[]): VoteBase {
  const full = roster.filter((member) => member.status === "full" && !member.temporary);
  const left = (kind: VoteExclusion) =>
    exclude.includes(kind) ? full.filter((member) => exclusionOf(member) === kind).length : 0;
  const excluded = {
    temporaryElsewhere: left("temporary_elsewhere"),
    exemptAbsent: left("exempt_absent"),
    absentExcused: left("absent_excused"),
  };
  return {
    fullMembers: full.length,
    excluded,
    base: full.length - excluded.temporaryElsewhere - excluded.exemptAbsent - excluded.absentExcused,
    voters: full.filter((member) => member.attendance === "present" && (member.counted || member.exempt)).length,
  };
}

/** The fewest votes in favour that reach a threshold: more than (strict) or at least the fraction of the base. */
export function votesNeeded(base: number, threshold: VoteThreshold): number {
  const share = base * threshold.numerator;
  const needed = threshold.strict
    ? Math.floor(share / threshold.denominator) + 1
    : Math.floor((share + threshold.denominator - 1) / threshold.denominator);
  return Math.max(1, needed);
}

/** Passed or not, with the arithmetic: the votes in favour against the base and the number needed. */
export function voteVerdict(forCount: number, base: number, threshold: VoteThreshold) {
  const needed = votesNeeded(base, threshold);
  return { passed: base > 0 && forCount >= needed, base, needed, forCount };
}

/** Below the share of full members present the committee set for its warning (a setting, not the Charter's rule). */
export function belowQuorum(present: number, convened: number, threshold: Omit<VoteThreshold, "strict">): boolean {
  return convened > 0 && present * threshold.denominator < convened * threshold.numerator;
}

/** The attendance criterion's points from the attendance rate: its share of the maximum, rounded down. */
export function attendancePoints(rate: number, max: number): number {
  return Math.max(0, Math.min(max, Math.floor((rate * max) / 100 + 1e-9)));
}
