import { randomUUID } from "node:crypto";
import type {
  AnnounceInput,
  AnnounceResult,
  CreateCycleInput,
  CycleListQuery,
  CyclePage,
  RatingCycleDetail,
  StatusCounts,
} from "@dangvu/contract";
import { requireCan } from "../../access/require";
import { subtreeUnitIds } from "../../access/scope";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { Conflict, RuleViolation } from "../../errors";
import { addDays, dmy } from "../../rules/dates";
import { ruleValue } from "../../rules/settings";
import { membersForReview } from "../members";
import { readableUnits, requireCycle, requireRating } from "./ratings.access";
import * as repo from "./ratings.repo";
import { exclusionOf } from "./ratings.rules";
import {
  type ExclusionsSetting,
  exclusionsKey,
  type FrameworkSetting,
  frameworkKeys,
  type StepDeadlinesSetting,
  stepDeadlinesKey,
} from "./ratings.settings";
import { toCycle } from "./ratings.view";

/**
 * Opens a cycle for a committee's subtree (rating.decide there): one assessment for every member on the list in the
 * subtree on the reference day (the exempt and the recently admitted kept with their reason and no steps) and one for
 * every organisation strictly below the committee. At most one open cycle of a kind and period per unit (409).
 */
export async function createCycle(ctx: Ctx, input: CreateCycleInput): Promise<RatingCycleDetail> {
  await requireCan(ctx, "rating.decide", input.orgUnitId);
  const due = await dueDates(ctx, input);
  const quarter = input.kind === "quarter" ? (input.quarter ?? null) : null;
  const period = {
    orgUnitId: input.orgUnitId,
    kind: input.kind,
    year: input.year,
    quarter,
    referenceDate: input.referenceDate,
  };
  if (await repo.openCycleLike(ctx.db, period)) throw new Conflict("rating.cycleOpen");
  const id = randomUUID();
  const rows = await subjects(ctx, id, input.orgUnitId, input.referenceDate);
  const name = input.name || defaultName(input.kind, input.year, quarter, input.referenceDate);
  await ctx.transaction(async (tx) => {
    if (await repo.openCycleLike(tx, period)) throw new Conflict("rating.cycleOpen");
    await repo.insertCycle(tx, { id, ...period, name, ...due, status: "open", createdAt: ctx.now });
    await repo.insertAssessments(tx, rows);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "rating.cycleCreated",
      entityType: "ratingCycle",
      entityId: id,
      after: { ...period, name, ...due, assessments: rows.length },
    });
  });
  return getCycle(ctx, id);
}

async function dueDates(ctx: Ctx, input: CreateCycleInput) {
  const days = await ruleValue<StepDeadlinesSetting>(ctx.db, stepDeadlinesKey, input.referenceDate);
  const due = {
    selfDueOn: input.selfDueOn ?? addDays(input.referenceDate, days.selfDays),
    proposalDueOn: input.proposalDueOn ?? addDays(input.referenceDate, days.proposalDays),
    decisionDueOn: input.decisionDueOn ?? addDays(input.referenceDate, days.decisionDays),
  };
  if (due.proposalDueOn < due.selfDueOn)
    throw new RuleViolation("rating.dueOrder", {}, { proposalDueOn: "rating.dueOrder" });
  if (due.decisionDueOn < due.proposalDueOn)
    throw new RuleViolation("rating.dueOrder", {}, { decisionDueOn: "rating.dueOrder" });
  if (Math.abs(Number(input.referenceDate.slice(0, 4)) - input.year) > 1)
    throw new RuleViolation("rating.referenceYear", { year: input.year }, { referenceDate: "rating.referenceYear" });
  return due;
}

async function subjects(ctx: Ctx, cycleId: string, unitId: string, day: string): Promise<repo.AssessmentInsert[]> {
  const units = subtreeUnitIds(unitId, day);
  const [members, orgs, exclusions, memberFramework, orgFramework] = await Promise.all([
    membersForReview(ctx.db, units, day),
    repo.orgsBelow(ctx.db, units, unitId),
    ruleValue<ExclusionsSetting>(ctx.db, exclusionsKey, day),
    ruleValue<FrameworkSetting>(ctx.db, frameworkKeys.member, day),
    ruleValue<FrameworkSetting>(ctx.db, frameworkKeys.org, day),
  ]);
  const keyOf = (f: FrameworkSetting) => (f.criteria.length ? f.key : null);
  const memberRows = members.map((m): repo.AssessmentInsert => {
    const excluded = exclusionOf(m, day, exclusions.recentlyAdmittedMonths);
    return {
      id: randomUUID(),
      cycleId,
      subjectType: "member",
      memberId: m.id,
      orgUnitId: m.cellId,
      excludedReason: excluded,
      status: excluded ? "excluded" : "pending",
      frameworkKey: excluded ? null : keyOf(memberFramework),
    };
  });
  const orgRows = orgs.map(
    (orgUnitId): repo.AssessmentInsert => ({
      id: randomUUID(),
      cycleId,
      subjectType: "org",
      orgUnitId,
      status: "pending",
      frameworkKey: keyOf(orgFramework),
    }),
  );
  return [...memberRows, ...orgRows];
}

function defaultName(kind: string, year: number, quarter: number | null, day: string): string {
  const base = "Kiểm điểm, đánh giá, xếp loại chất lượng";
  if (kind === "year") return `${base} năm ${year}`;
  if (kind === "quarter") return `${base} quý ${quarter} năm ${year}`;
  if (kind === "term") return `${base} nhiệm kỳ (đến ngày ${dmy(day)})`;
  return `${base} ngày ${dmy(day)}`;
}

/** Cycles the reader sees (run in their units, or above them and reviewing their units), newest first. */
export async function listCycles(ctx: Ctx, q: CycleListQuery): Promise<CyclePage> {
  let visible = readableUnits(ctx);
  if (q.orgUnitId) {
    await requireCan(ctx, "rating.read", q.orgUnitId);
    visible = subtreeUnitIds(q.orgUnitId);
  }
  const page = await repo.listCycles(ctx.db, visible, q);
  return { items: page.items.map(toCycle), total: page.total };
}

const emptyCounts = (): StatusCounts => ({ pending: 0, self_assessed: 0, proposed: 0, decided: 0, excluded: 0 });

/** A cycle with its progress in the reader's units: assessments by status, exclusions by reason, unannounced. */
export async function getCycle(ctx: Ctx, id: string): Promise<RatingCycleDetail> {
  const { cycle } = await requireCycle(ctx, id, "rating.read");
  const counts = { member: emptyCounts(), org: emptyCounts() };
  const exclusions = { exempt: 0, recently_admitted: 0 };
  let unannounced = 0;
  for (const row of await repo.cycleCounts(ctx.db, id, readableUnits(ctx))) {
    const byStatus = counts[row.subjectType as "member" | "org"];
    byStatus[row.status as keyof StatusCounts] += row.n;
    if (row.reason === "exempt" || row.reason === "recently_admitted") exclusions[row.reason] += row.n;
    unannounced += row.unannounced;
  }
  return { ...toCycle(cycle), counts, exclusions, unannounced };
}

/** The deciding body announces its decisions of the cycle: members then see their level in the handbook. */
export async function announce(ctx: Ctx, id: string, input: AnnounceInput): Promise<AnnounceResult> {
  await requireCycle(ctx, id, "rating.decide");
  await requireRating(ctx, "rating.decide", input.orgUnitId);
  const announced = await ctx.transaction(async (tx) => {
    const ids = await repo.announce(tx, id, input.orgUnitId, ctx.now);
    if (ids.length > 0)
      await recordAudit(tx, ctx.actor, ctx.now, {
        action: "rating.announced",
        entityType: "ratingCycle",
        entityId: id,
        after: { decidedByUnitId: input.orgUnitId, assessments: ids },
      });
    return ids.length;
  });
  return { announced };
}

/** For the audit trail: a cycle is read where it is run. */
export async function locateCycleForAudit(ctx: Ctx, id: string): Promise<{ orgUnitId: string } | undefined> {
  const cycle = await repo.findCycle(ctx.db, id);
  return cycle ? { orgUnitId: cycle.orgUnitId } : undefined;
}

/** For the audit trail: an assessment is read where its subject is (the member's cell, the organisation). */
export async function locateAssessmentForAudit(ctx: Ctx, id: string): Promise<{ orgUnitId: string } | undefined> {
  const assessment = await repo.findAssessment(ctx.db, id);
  return assessment ? { orgUnitId: assessment.orgUnitId } : undefined;
}
