import type { Meeting, MeetingCounts, VoteKind, VoteThreshold } from "@dangvu/contract";
import type { Db } from "../../db/database";
import { type Lang, translate } from "../../i18n";
import { ruleValue } from "../../rules/settings";
import type { AttendancePointsRule, VoteBaseRule } from "./meetings.settings";
import {
  attendancePoints,
  belowQuorum,
  type VoteMember,
  voteBase,
  votesNeeded,
  voteVerdict,
} from "./meetings-votes.rules";

const thresholdKeys: Record<VoteKind, string> = {
  resolution: "meeting.vote.resolution",
  admission: "meeting.vote.admission",
  full_membership: "meeting.vote.fullMembership",
};

export interface VoteRow {
  id: string;
  subject: string;
  kind: string;
  forCount: number;
  againstCount: number;
  abstainCount: number;
}

/** The rules of the cell's votes in force on the meeting's day (rule settings of the meetings module). */
export async function voteRulesOn(db: Db, day: string) {
  const entries = await Promise.all(
    (Object.keys(thresholdKeys) as VoteKind[]).map(
      async (kind) => [kind, await ruleValue<VoteThreshold>(db, thresholdKeys[kind], day)] as const,
    ),
  );
  return {
    thresholds: Object.fromEntries(entries) as Record<VoteKind, VoteThreshold>,
    base: await ruleValue<VoteBaseRule>(db, "meeting.voteBase", day),
    quorum: await ruleValue<Omit<VoteThreshold, "strict">>(db, "meeting.quorum", day),
  };
}

/** Who may vote at a meeting: the full members present, exempt members who came included. */
export async function votersOf(db: Db, day: string, roster: readonly VoteMember[]): Promise<number> {
  const rules = await voteRulesOn(db, day);
  return voteBase(roster, rules.base.exclude).voters;
}

/**
 * The votes of a meeting with their verdicts, the base they count against, what each kind needs, and the attendance
 * warning when fewer full members came than the committee's threshold (its own setting, worded as such).
 */
export async function votingOf(
  db: Db,
  lang: Lang,
  day: string,
  roster: readonly VoteMember[],
  counts: MeetingCounts,
  votes: readonly VoteRow[],
): Promise<Pick<Meeting, "votes" | "voting" | "warnings">> {
  const rules = await voteRulesOn(db, day);
  const base = voteBase(roster, rules.base.exclude);
  const thresholds = Object.fromEntries(
    (Object.keys(rules.thresholds) as VoteKind[]).map((kind) => {
      const threshold = rules.thresholds[kind];
      return [kind, { ...threshold, needed: votesNeeded(base.base, threshold) }];
    }),
  ) as Meeting["voting"]["thresholds"];
  const countedFull = roster.filter((m) => m.counted && m.status === "full").length;
  const recorded = roster.some((m) => m.attendance);
  const warnings =
    recorded && belowQuorum(counts.presentFull, countedFull, rules.quorum)
      ? [
          {
            code: "meeting.belowQuorum",
            message: translate(lang, "meeting.belowQuorum", {
              present: counts.presentFull,
              total: countedFull,
              threshold: `${rules.quorum.numerator}/${rules.quorum.denominator}`,
            }),
          },
        ]
      : [];
  return {
    voting: { ...base, thresholds },
    votes: votes.map((v) => {
      const kind = (v.kind in thresholdKeys ? v.kind : "resolution") as VoteKind;
      return { ...v, kind, verdict: voteVerdict(v.forCount, base.base, rules.thresholds[kind]) };
    }),
    warnings,
  };
}

/** The attendance criterion of the template in force and its points from the recorded attendance rate. */
export async function attendanceScoreOf(
  db: Db,
  day: string,
  template: { criteria: readonly { key: string; max: number }[] } | undefined,
  rate: number,
): Promise<Meeting["attendanceScore"]> {
  const rule = await ruleValue<AttendancePointsRule>(db, "meeting.attendancePoints", day);
  const criterion = template?.criteria.find((c) => c.key === rule.criterionKey);
  return criterion
    ? { criterionKey: criterion.key, max: criterion.max, points: attendancePoints(rate, criterion.max) }
    : null;
}
