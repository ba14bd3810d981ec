import { randomUUID } from "node:crypto";
import type { BadgeDecision, BadgeDecisionPage, CreateBadgeDecisionInput } from "@dangvu/contract";
import { requireCan } from "../../access/require";
import { resolveScope } from "../../access/scope";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { Conflict, RuleViolation } from "../../errors";
import { dmy } from "../../rules/dates";
import { ruleValue } from "../../rules/settings";
import { paperUnit } from "../org";
import * as repo from "./awards-badges.repo";
import { type BadgeSubject, badgeRefusal, disciplineClearsOn } from "./awards-badges.rules";
import { badgeRules, subjectsOf, toBadge } from "./awards-badges.service";
import { type BadgeAuthority, badgeAuthorityKey } from "./awards-badges.settings";

type Entry = CreateBadgeDecisionInput["badges"][number];

/**
 * POST /api/awards/badge-decisions: records a decision awarding party badges with each badge's number. The deciding
 * unit needs award.decide and a type the rule setting awards.badgeAuthority names; every member must be in its
 * subtree; each badge must pass the rules (milestone reached within the allowance of its kind, no discipline delay,
 * not awarded twice; a reissue only of a badge received); numbers are unique. Nothing is written unless all pass.
 */
export async function recordDecision(ctx: Ctx, input: CreateBadgeDecisionInput): Promise<BadgeDecision> {
  await requireCan(ctx, "award.decide", input.orgUnitId);
  const unit = await paperUnit(ctx.db, input.orgUnitId);
  const authority = await ruleValue<BadgeAuthority>(ctx.db, badgeAuthorityKey, input.signedOn);
  if (!authority.decidingUnitTypes.includes(unit.type))
    throw new RuleViolation("badge.authority", { unit: unit.name }, { orgUnitId: "badge.authority" });
  if (input.signedOn > ctx.today)
    throw new RuleViolation("badge.signedInFuture", {}, { signedOn: "badge.signedInFuture" });
  checkWithinInput(input.badges);
  const subtree = await resolveScope(ctx.db, ctx.actor, "award.decide", input.orgUnitId);
  const facts = await repo.factsOf(ctx.db, [...new Set(input.badges.map((b) => b.memberId))]);
  input.badges.forEach((entry, i) => {
    const row = facts.find((f) => f.id === entry.memberId);
    if (!row || (subtree !== "all" && !subtree.includes(row.orgUnitId)))
      throw new RuleViolation(
        "badge.memberOutside",
        { unit: unit.name },
        { [`badges.${i}.memberId`]: "badge.memberOutside" },
      );
  });
  const { subjects } = await subjectsOf(ctx.db, facts);
  const rules = await badgeRules(ctx.db, input.awardDate);
  for (const [i, entry] of input.badges.entries()) checkEntry(entry, i, subjects, rules, input.awardDate, facts);
  if (await repo.decisionNumberTaken(ctx.db, input.number))
    throw new Conflict("badge.decisionNumberTaken", { number: input.number }, { number: "badge.decisionNumberTaken" });
  const taken = await repo.takenBadgeNumbers(
    ctx.db,
    input.badges.map((b) => b.badgeNumber),
  );
  if (taken.length) {
    const i = input.badges.findIndex((b) => taken.some((t) => t.toLowerCase() === b.badgeNumber.toLowerCase()));
    throw new Conflict(
      "badge.numberTaken",
      { number: input.badges[i]?.badgeNumber ?? "" },
      { [`badges.${i}.badgeNumber`]: "badge.numberTaken" },
    );
  }
  const id = randomUUID();
  await ctx.transaction(async (tx) => {
    await repo.insertDecision(tx, {
      id,
      kind: "badge",
      decidingUnitId: input.orgUnitId,
      number: input.number,
      signedOn: input.signedOn,
      signerName: input.signerName ?? null,
      createdAt: ctx.now,
    });
    await repo.insertBadges(
      tx,
      input.badges.map((b) => ({
        id: randomUUID(),
        memberId: b.memberId,
        milestone: b.milestone,
        kind: b.kind,
        awardDate: input.awardDate,
        decisionId: id,
        badgeNumber: b.badgeNumber,
        note: b.note ?? null,
        createdAt: ctx.now,
      })),
    );
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "award.badgeDecision.recorded",
      entityType: "badgeDecision",
      entityId: id,
      after: { ...input },
    });
  });
  return decisionById(ctx, id, subtree);
}

/** Two lines of the same request giving one number, or one member the same milestone twice: 422 naming the line. */
function checkWithinInput(badges: readonly Entry[]) {
  const numbers = new Set<string>();
  const milestones = new Set<string>();
  badges.forEach((b, i) => {
    const number = b.badgeNumber.toLowerCase();
    if (numbers.has(number))
      throw new RuleViolation(
        "badge.numberRepeated",
        { number: b.badgeNumber },
        { [`badges.${i}.badgeNumber`]: "badge.numberRepeated" },
      );
    numbers.add(number);
    const key = `${b.memberId}/${b.milestone}/${b.kind === "reissue"}`;
    if (milestones.has(key))
      throw new RuleViolation("badge.memberRepeated", {}, { [`badges.${i}.memberId`]: "badge.memberRepeated" });
    milestones.add(key);
  });
}

function checkEntry(
  entry: Entry,
  i: number,
  subjects: Map<string, BadgeSubject>,
  rules: Awaited<ReturnType<typeof badgeRules>>,
  on: string,
  facts: readonly repo.BadgeFactsRow[],
) {
  const name = facts.find((f) => f.id === entry.memberId)?.fullName ?? "";
  const params = { name, milestone: entry.milestone, date: dmy(on) };
  if ((entry.kind === "early_illness" || entry.kind === "reissue") && !entry.note)
    throw new RuleViolation("badge.needsReason", params, { [`badges.${i}.note`]: "badge.needsReason" });
  const subject = subjects.get(entry.memberId) as BadgeSubject;
  const refusal = badgeRefusal(subject, { ...entry, on }, rules);
  if (!refusal) return;
  if (refusal === "badge.duplicate") throw new Conflict(refusal, params, { [`badges.${i}.milestone`]: refusal });
  const until = disciplineClearsOn(subject.disciplines, rules.delay, on);
  const field = refusal === "badge.unknownMilestone" || refusal === "badge.milestoneNotReached" ? "milestone" : "kind";
  throw new RuleViolation(
    refusal,
    { ...params, until: until ? dmy(until) : "" },
    { [`badges.${i}.${field}`]: refusal },
  );
}

/** GET /api/awards/badge-decisions: decisions with badges of members in the reader's subtree, newest first. */
export async function listDecisions(
  ctx: Ctx,
  query: { orgUnitId?: string; awardDate?: string; page: number; pageSize: number },
): Promise<BadgeDecisionPage> {
  if (query.orgUnitId) await requireCan(ctx, "award.read", query.orgUnitId);
  const units = await resolveScope(ctx.db, ctx.actor, "award.read", query.orgUnitId);
  const { rows, total } = await repo.listDecisions(ctx.db, units, query.awardDate, query);
  const badges = await repo.badgesOfDecisions(
    ctx.db,
    rows.map((r) => r.id),
    units,
  );
  return {
    items: rows.map((r) => ({ ...r, badges: badges.filter((b) => b.decisionId === r.id).map(toBadge) })),
    total,
  };
}

/** One decision with its badges of members in `units`. */
async function decisionById(ctx: Ctx, id: string, units: repo.Units): Promise<BadgeDecision> {
  const row = (await repo.findDecision(ctx.db, id)) as repo.DecisionRow;
  const badges = await repo.badgesOfDecisions(ctx.db, [id], units);
  return { ...row, badges: badges.map(toBadge) };
}

/** For the audit trail: a badge decision is read where its deciding unit is. */
export async function locateDecisionForAudit(ctx: Ctx, id: string): Promise<{ orgUnitId: string } | undefined> {
  const unit = await repo.decisionUnit(ctx.db, id);
  return unit ? { orgUnitId: unit } : undefined;
}
