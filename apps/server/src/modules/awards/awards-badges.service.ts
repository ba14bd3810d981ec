import type { BadgeCandidate, BadgeList, BadgeListQuery, MemberBadges, PartyBadge } from "@dangvu/contract";
import { requireCan } from "../../access/require";
import { resolveScope } from "../../access/scope";
import type { Ctx } from "../../context";
import type { Db } from "../../db/database";
import { NotFound } from "../../errors";
import { addMonths } from "../../rules/dates";
import { loadBadgeRules } from "../../rules/lifecycle-settings";
import { ruleValue } from "../../rules/settings";
import { memberDisciplines, partyAge, requireMember } from "../members";
import { memberIdOfUser } from "../users";
import * as repo from "./awards-badges.repo";
import {
  type BadgeDisciplineDelay,
  type BadgeEarly,
  type BadgeRuleSet,
  type BadgeSubject,
  badgeCandidate,
  isAwardDay,
  nextMilestone,
  previousAwardDate,
} from "./awards-badges.rules";
import { badgeDisciplineDelayKey, badgeEarlyKey } from "./awards-badges.settings";

/** The badge rules in force on a date: milestones and award days (members' settings), early award and delays. */
export async function badgeRules(db: Db, on: string): Promise<BadgeRuleSet> {
  const base = await loadBadgeRules(db, on);
  return {
    ...base,
    early: await ruleValue<BadgeEarly>(db, badgeEarlyKey, on),
    delay: await ruleValue<BadgeDisciplineDelay>(db, badgeDisciplineDelayKey, on),
  };
}

/** The members' facts as the rules judge them, with their badges and disciplines. */
export async function subjectsOf(
  db: Db,
  rows: readonly repo.BadgeFactsRow[],
): Promise<{ subjects: Map<string, BadgeSubject>; badges: repo.BadgeRow[] }> {
  const ids = rows.map((r) => r.id);
  const [badges, disciplines] = await Promise.all([repo.badgesOfMembers(db, ids), memberDisciplines(db, ids)]);
  const subjects = new Map<string, BadgeSubject>();
  for (const row of rows)
    subjects.set(row.id, {
      record: row,
      deceased: row.status === "left" && row.exitReason === "died",
      onList: row.status === "full",
      awarded: badges.filter((b) => b.memberId === row.id && b.kind !== "reissue").map((b) => b.milestone),
      disciplines: disciplines.filter((d) => d.memberId === row.id),
    });
  return { subjects, badges };
}

const collator = new Intl.Collator("vi");

export interface EvaluatedList {
  previousOn: string;
  rows: { facts: repo.BadgeFactsRow; item: BadgeCandidate }[];
}

/**
 * The members of the reader's subtree (or of `orgUnitId` in it) on the list of an award date, sorted by unit then
 * Vietnamese name. Any date may be an award date (the committee's own anniversaries): the list then holds the
 * milestones reached since the last award day of the settings.
 */
export async function evaluateList(
  ctx: Ctx,
  on: string,
  orgUnitId: string | undefined,
  includeEarly: boolean,
): Promise<EvaluatedList> {
  if (orgUnitId) await requireCan(ctx, "award.read", orgUnitId);
  const rules = await badgeRules(ctx.db, on);
  const previousOn = previousAwardDate(on, rules.awardDays);
  const units = await resolveScope(ctx.db, ctx.actor, "award.read", orgUnitId);
  // The earliest milestone, less the longest early allowance (24 months), bounds who can be on any list.
  const admittedBy = addMonths(on, -(12 * Math.min(...rules.milestones) - 24));
  const facts = await repo.candidateFacts(ctx.db, units, admittedBy, previousOn, on);
  const { subjects } = await subjectsOf(ctx.db, facts);
  const rows: EvaluatedList["rows"] = [];
  for (const row of facts) {
    const candidate = badgeCandidate(subjects.get(row.id) as BadgeSubject, on, previousOn, rules, includeEarly);
    if (!candidate) continue;
    const age = partyAge(row, on);
    rows.push({
      facts: row,
      item: {
        memberId: row.id,
        fullName: row.fullName,
        birthDate: row.birthDate,
        orgUnitId: row.orgUnitId,
        orgUnitName: row.orgUnitName,
        admissionDecidedOn: row.firstAdmissionDecidedOn as string,
        partyAge: { years: age.years, months: age.months },
        milestone: candidate.milestone,
        kind: candidate.kind,
        reachedOn: candidate.reachedOn,
        delayedUntil: candidate.delayedUntil,
        diedOn: candidate.kind === "posthumous" ? row.exitedOn : null,
      },
    });
  }
  rows.sort(
    (a, b) =>
      collator.compare(a.facts.orgUnitName, b.facts.orgUnitName) ||
      (a.facts.nameSortKey < b.facts.nameSortKey ? -1 : a.facts.nameSortKey > b.facts.nameSortKey ? 1 : 0),
  );
  return { previousOn, rows };
}

/** GET /api/awards/badges: the award date's list, paged, with the counts of each group. */
export async function listBadges(ctx: Ctx, query: BadgeListQuery): Promise<BadgeList> {
  const { previousOn, rows } = await evaluateList(ctx, query.on, query.orgUnitId, query.early === "true");
  const items = rows.map((r) => r.item);
  const rules = await loadBadgeRules(ctx.db, query.on);
  const start = (query.page - 1) * query.pageSize;
  return {
    on: query.on,
    previousOn,
    isAwardDay: isAwardDay(query.on, rules.awardDays),
    awardDays: rules.awardDays,
    items: items.slice(start, start + query.pageSize),
    total: items.length,
    counts: {
      regular: items.filter((i) => i.kind === "regular" && !i.delayedUntil).length,
      posthumous: items.filter((i) => i.kind === "posthumous").length,
      early: items.filter((i) => i.kind === "early_illness").length,
      delayed: items.filter((i) => i.delayedUntil).length,
    },
  };
}

export function toBadge(row: repo.BadgeRow): PartyBadge {
  return {
    id: row.id,
    memberId: row.memberId,
    fullName: row.fullName,
    orgUnitName: row.orgUnitName,
    milestone: row.milestone,
    kind: row.kind as PartyBadge["kind"],
    awardDate: row.awardDate,
    badgeNumber: row.badgeNumber,
    note: row.note,
    decisionId: row.decisionId,
    decisionNumber: row.decisionNumber,
    signedOn: row.signedOn,
  };
}

async function badgesAndNext(ctx: Ctx, memberId: string): Promise<MemberBadges> {
  const facts = await repo.factsOf(ctx.db, [memberId]);
  if (facts.length === 0) throw new NotFound();
  const { subjects, badges } = await subjectsOf(ctx.db, facts);
  const rules = await loadBadgeRules(ctx.db, ctx.today);
  return {
    badges: badges.map(toBadge),
    next: nextMilestone(
      subjects.get(memberId) as BadgeSubject,
      ctx.today,
      rules,
      badges.filter((b) => b.kind !== "reissue"),
    ),
  };
}

/**
 * The next badge of a member the reader may already see (the handbook's own member): the milestone and the award day
 * for it, as the badge list judges it. Null for a member who has no next milestone (deceased, off the list).
 */
export async function nextBadgeOfMember(ctx: Ctx, memberId: string): Promise<{ years: number; on: string } | null> {
  const { next } = await badgesAndNext(ctx, memberId);
  return next ? { years: next.milestone, on: next.awardOn } : null;
}

/** GET /api/members/:id/badges: the badges a member received and the next milestone (member.read). */
export async function memberBadges(ctx: Ctx, memberId: string): Promise<MemberBadges> {
  await requireMember(ctx, memberId);
  return badgesAndNext(ctx, memberId);
}

/** GET /api/me/badges: the signed-in member's own badges and next milestone, for the handbook. */
export async function myBadges(ctx: Ctx): Promise<MemberBadges> {
  const memberId = await memberIdOfUser(ctx.db, ctx.actor.userId);
  if (!memberId) throw new NotFound("handbook.notLinked");
  return badgesAndNext(ctx, memberId);
}
