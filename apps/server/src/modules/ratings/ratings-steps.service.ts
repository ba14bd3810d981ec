import type {
  AssessmentDetail,
  ChangeInput,
  DecisionInput,
  ProposalInput,
  RatingLevel,
  SelfAssessmentInput,
} from "@dangvu/contract";
import { subtreeUnitIds } from "../../access/scope";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import type { Tx } from "../../db/database";
import { Conflict, NotFound, RuleViolation } from "../../errors";
import { ruleValue } from "../../rules/settings";
import { memberDisciplines } from "../members";
import { unitNames } from "../org";
import { holdsAt, requireRating } from "./ratings.access";
import * as repo from "./ratings.repo";
import {
  decidingUnit,
  disciplineBars,
  goodNeededForOnePlace,
  levelAllowedForTotal,
  pointsProblem,
  proposalPasses,
  quotaAllows,
  totalOf,
} from "./ratings.rules";
import { type AuthoritySetting, authorityKey, type QuotaSetting, quotaKey } from "./ratings.settings";
import { frameworkOn } from "./ratings.view";
import { getAssessment } from "./ratings-detail.service";

type Row = repo.AssessmentRow;

/** An assessment and its cycle, for a step: 404/403 by the permission at the assessment's unit, 409 when closed. */
async function forStep(ctx: Ctx, id: string, permission: "rating.write" | "rating.decide") {
  const assessment = await repo.findAssessment(ctx.db, id);
  if (!assessment) throw new NotFound();
  await requireRating(ctx, permission, assessment.orgUnitId);
  return withCycle(ctx, assessment);
}

export async function withCycle(ctx: Ctx, assessment: Row) {
  const cycle = await repo.findCycle(ctx.db, assessment.cycleId);
  if (!cycle) throw new NotFound();
  if (cycle.status !== "open") throw new Conflict("rating.cycleClosed");
  if (assessment.status === "excluded")
    throw new RuleViolation(
      assessment.excludedReason === "exempt" ? "rating.excluded.exempt" : "rating.excluded.recently_admitted",
    );
  return { assessment, cycle };
}

/** Self-assessment by the organisation itself, or by a cell secretary on a member's behalf (rating.write). */
export async function selfAssess(ctx: Ctx, id: string, input: SelfAssessmentInput): Promise<AssessmentDetail> {
  const { assessment, cycle } = await forStep(ctx, id, "rating.write");
  await saveSelf(ctx, assessment, cycle.referenceDate, cycle.year, input);
  return getAssessment(ctx, id);
}

/** Checks and saves a self-assessment (shared with the member's own in the handbook). */
export async function saveSelf(ctx: Ctx, a: Row, referenceDate: string, year: number, input: SelfAssessmentInput) {
  if (a.status !== "pending" && a.status !== "self_assessed") throw new Conflict("rating.selfClosed");
  const found = await frameworkOn(ctx.db, a.subjectType as "member" | "org", referenceDate);
  const problem = pointsProblem(input.points, found?.setting ?? null);
  if (problem) throw pointsError(problem);
  const total = found && input.points ? totalOf(input.points) : null;
  if (found && total !== null && !levelAllowedForTotal(input.level, total, found.bands))
    throw new RuleViolation("rating.levelAboveBand", { total }, { level: "rating.levelAboveBand" });
  await checkDiscipline(ctx, a, input.level, year);
  const changes = {
    status: "self_assessed",
    selfPoints: input.points ?? null,
    selfTotal: total,
    selfLevel: input.level,
    selfText: input.text || null,
    selfAt: ctx.now,
    selfBy: ctx.actor.userId,
  };
  await save(ctx, a, changes, "rating.selfAssessed");
}

function pointsError(problem: NonNullable<ReturnType<typeof pointsProblem>>) {
  if (problem.kind === "notAllowed")
    return new RuleViolation("rating.pointsNotAllowed", {}, { points: "rating.pointsNotAllowed" });
  const field = { [`points.${problem.criterion}`]: `rating.${problem.kind}` };
  const max = problem.kind === "aboveMax" ? problem.max : 0;
  return new RuleViolation(`rating.${problem.kind}`, { criterion: problem.criterion, max }, field);
}

/** The cell's proposal for a member, with its vote (passing with more than half of those present). */
export async function propose(ctx: Ctx, id: string, input: ProposalInput): Promise<AssessmentDetail> {
  const { assessment: a, cycle } = await forStep(ctx, id, "rating.write");
  if (a.subjectType !== "member") throw new RuleViolation("rating.proposeMembersOnly");
  if (a.status === "pending") throw new Conflict("rating.notSelfAssessed");
  if (a.status === "decided") throw new Conflict("rating.alreadyDecided");
  if (!proposalPasses(input.vote))
    throw new RuleViolation(
      "rating.voteFails",
      { inFavour: input.vote.inFavour, present: input.vote.present },
      { "vote.inFavour": "rating.voteFails" },
    );
  await checkDiscipline(ctx, a, input.level, cycle.year);
  await save(
    ctx,
    a,
    {
      status: "proposed",
      proposedLevel: input.level,
      proposalVote: input.vote,
      proposalNote: input.note || null,
      proposedAt: ctx.now,
      proposedBy: ctx.actor.userId,
    },
    "rating.proposed",
  );
  return getAssessment(ctx, id);
}

/** The decision of the body with the authority (ratings.authority), within the excellent quota for members. */
export async function decide(ctx: Ctx, id: string, input: DecisionInput): Promise<AssessmentDetail> {
  const { assessment: a, cycle } = await forStep(ctx, id, "rating.decide");
  if (a.status === "decided") throw new Conflict("rating.alreadyDecided");
  const ready = a.subjectType === "member" ? "proposed" : "self_assessed";
  if (a.status !== ready)
    throw new Conflict(a.subjectType === "member" ? "rating.notProposed" : "rating.notSelfAssessed");
  if (input.decidedOn > ctx.today)
    throw new RuleViolation("rating.decidedInFuture", {}, { decidedOn: "rating.decidedInFuture" });
  const decider = await deciderOf(ctx, a);
  await checkDiscipline(ctx, a, input.level, cycle.year);
  const quota = await quotaRule(ctx, decider);
  await ctx.transaction(async (tx) => {
    await checkQuota(tx, quota, a, decider, input.level, null);
    const changes = {
      status: "decided",
      decidedLevel: input.level,
      decidedByUnitId: decider,
      decisionNumber: input.decisionNumber || null,
      decidedOn: input.decidedOn,
      decidedAt: ctx.now,
      decidedBy: ctx.actor.userId,
    };
    await write(ctx, tx, a, changes, "rating.decided");
  });
  return getAssessment(ctx, id);
}

/** A decided level changed by the body that decided it, with a reason; the quota still holds. */
export async function change(ctx: Ctx, id: string, input: ChangeInput): Promise<AssessmentDetail> {
  const { assessment: a, cycle } = await forStep(ctx, id, "rating.decide");
  if (a.status !== "decided" || !a.decidedByUnitId) throw new Conflict("rating.notDecided");
  if (!(await holdsAt(ctx, "rating.decide", a.decidedByUnitId)))
    throw new RuleViolation("rating.onlyDecider", { unit: a.decidedByUnitName ?? "" });
  if (input.level === a.decidedLevel) throw new RuleViolation("rating.sameLevel", {}, { level: "rating.sameLevel" });
  await checkDiscipline(ctx, a, input.level, cycle.year);
  const quota = await quotaRule(ctx, a.decidedByUnitId);
  await ctx.transaction(async (tx) => {
    await checkQuota(tx, quota, a, a.decidedByUnitId as string, input.level, a.decidedLevel as RatingLevel);
    await write(ctx, tx, a, { decidedLevel: input.level, changeReason: input.reason }, "rating.changed");
  });
  return getAssessment(ctx, id);
}

/** The deciding body, which the actor must hold rating.decide at (422 naming the rule and the body otherwise). */
async function deciderOf(ctx: Ctx, a: Row): Promise<string> {
  const authority = await ruleValue<AuthoritySetting>(ctx.db, authorityKey, ctx.today);
  const decider = decidingUnit(a.subjectType as "member" | "org", await repo.chainOf(ctx.db, a.orgUnitId), authority);
  if (!decider) throw new RuleViolation("rating.noDecider");
  if (!(await holdsAt(ctx, "rating.decide", decider))) {
    const name = (await unitNames(ctx.db, [decider])).get(decider) ?? "";
    throw new RuleViolation("rating.noAuthority", { unit: name });
  }
  return decider;
}

async function checkDiscipline(ctx: Ctx, a: Row, level: RatingLevel, year: number) {
  if (a.subjectType !== "member" || !a.memberId || level !== "excellent") return;
  const decisions = await memberDisciplines(ctx.db, [a.memberId]);
  if (
    disciplineBars(
      level,
      decisions.map((d) => d.decidedOn),
      year,
    )
  )
    throw new RuleViolation("rating.disciplined", { year }, { level: "rating.disciplined" });
}

/** Members only: the excellent quota of the base organisation (the deciding body), counted in the transaction. */
async function quotaRule(ctx: Ctx, base: string) {
  const quota = await ruleValue<QuotaSetting>(ctx.db, quotaKey, ctx.today);
  return { ...quota, unitName: (await unitNames(ctx.db, [base])).get(base) ?? "" };
}

/** Read before the transaction: on the embedded database a query outside it would wait for it. */
type QuotaRule = Awaited<ReturnType<typeof quotaRule>>;

async function checkQuota(
  tx: Tx,
  quota: QuotaRule,
  a: Row,
  base: string,
  level: RatingLevel,
  replaced: RatingLevel | null,
) {
  if (a.subjectType !== "member") return;
  const counts = await repo.quotaCounts(tx, a.cycleId, subtreeUnitIds(base), a.id);
  const before = { ...counts };
  if (replaced) {
    if (replaced === "excellent" || replaced === "good") before.goodOrBetter += 1;
    if (replaced === "excellent") before.excellent += 1;
  }
  const verdict = quotaAllows(quota, before, level, replaced);
  if (verdict.ok) return;
  const placesLeft = Math.max(0, verdict.placesLeft + (level === "excellent" ? 1 : 0));
  const goodNeeded = goodNeededForOnePlace(quota, verdict.after) ?? 0;
  throw new RuleViolation(
    "rating.quota",
    { unit: quota.unitName, percent: quota.percent, placesLeft, goodNeeded },
    { level: "rating.quotaField" },
  );
}

async function save(ctx: Ctx, a: Row, changes: Partial<repo.AssessmentInsert>, action: string) {
  await ctx.transaction((tx) => write(ctx, tx, a, changes, action));
}

async function write(ctx: Ctx, tx: Tx, a: Row, changes: Partial<repo.AssessmentInsert>, action: string) {
  if (!(await repo.updateAssessment(tx, a.id, a.version, changes))) throw new Conflict("version.stale");
  const before = Object.fromEntries(Object.keys(changes).map((k) => [k, a[k as keyof Row] ?? null]));
  await recordAudit(tx, ctx.actor, ctx.now, {
    action,
    entityType: "ratingAssessment",
    entityId: a.id,
    before,
    after: changes,
  });
}
