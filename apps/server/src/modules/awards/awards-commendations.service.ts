import { randomUUID } from "node:crypto";
import type {
  AwardForm,
  AwardFormCatalogue,
  Commendation,
  CommendationDecision,
  CommendationListQuery,
  CommendationPage,
  DecideCommendationsInput,
  MyAwards,
  OrgUnitType,
  ProposeCommendationInput,
  RefuseCommendationInput,
} from "@dangvu/contract";
import { permissionsIfVisible, requireCan } from "../../access/require";
import { ancestorsOrSelf, resolveScope } from "../../access/scope";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { Conflict, NotFound, RuleViolation } from "../../errors";
import { dmy } from "../../rules/dates";
import { ruleValue } from "../../rules/settings";
import { isOnMemberList } from "../members";
import { activeUnit } from "../org";
import { decidedYearLevels } from "../ratings";
import { memberIdOfUser } from "../users";
import { eligibilityProblem, formFitsRecipient, mayAward, yearsNeeded } from "./awards.rules";
import * as campaigns from "./awards-campaigns.repo";
import { requireAwardAt } from "./awards-commendations.access";
import * as repo from "./awards-commendations.repo";
import {
  type AwardEligibility,
  awardEligibilityKey,
  awardFormsKey,
  seededVersion,
} from "./awards-commendations.settings";
import { toCommendation } from "./awards-commendations.view";

const fail = (code: string, params: Record<string, string | number>, field: string): never => {
  throw new RuleViolation(code, params, { [field]: code });
};

export const formsInForce = (ctx: Ctx) => ruleValue<AwardForm[]>(ctx.db, awardFormsKey, ctx.today);

/** The catalogue of forms in force today, with its source. */
export async function formCatalogue(ctx: Ctx): Promise<AwardFormCatalogue> {
  const seeded = seededVersion(awardFormsKey, ctx.today);
  return {
    forms: await formsInForce(ctx),
    source: seeded?.source ?? "",
    confidence: seeded?.confidence ?? "C",
    note: seeded?.note ?? null,
  };
}

async function shown(ctx: Ctx, ids: string[]): Promise<Commendation[]> {
  const forms = await formsInForce(ctx);
  return (await repo.listedByIds(ctx.db, ids)).map((r) => toCommendation(r, forms, ctx.lang));
}

/** The recipient's unit (the member's cell, or the organisation), after the actor's right to propose there. */
async function recipientOf(ctx: Ctx, input: ProposeCommendationInput) {
  if (input.recipientType === "member") {
    if (!input.memberId) return fail("award.recipientRequired", {}, "memberId");
    const member = await repo.memberCell(ctx.db, input.memberId);
    if (!member) throw new NotFound();
    await requireCan(ctx, "award.write", input.proposingUnitId ?? member.orgUnitId);
    if (!isOnMemberList(member.status as never)) fail("award.notOnList", { name: member.fullName }, "memberId");
    return { unitId: member.orgUnitId, subjectId: member.id, name: member.fullName };
  }
  if (!input.orgUnitId) return fail("award.recipientRequired", {}, "orgUnitId");
  await requireCan(ctx, "award.write", input.proposingUnitId ?? input.orgUnitId);
  const unit = await activeUnit(ctx, input.orgUnitId);
  return { unitId: input.orgUnitId, subjectId: input.orgUnitId, name: unit.name };
}

/** The decided yearly levels of one subject, year → level. */
async function levelsOf(ctx: Ctx, type: "member" | "org", ids: string[], years: number[]) {
  const rows = await decidedYearLevels(ctx.db, type, ids, years);
  const byId = new Map<string, Map<number, string>>();
  for (const r of rows) byId.set(r.subjectId, (byId.get(r.subjectId) ?? new Map()).set(r.year, r.level));
  return byId;
}

async function checkEligible(ctx: Ctx, c: { basis: string; year: number | null; recipientType: string }, id: string) {
  if (c.basis !== "year_excellent" && c.basis !== "five_years_excellent") return;
  const rules = await ruleValue<AwardEligibility>(ctx.db, awardEligibilityKey, ctx.today);
  const year = c.year as number;
  const basis = c.basis as "year_excellent";
  const type = c.recipientType === "member" ? "member" : "org";
  const levels = (await levelsOf(ctx, type, [id], yearsNeeded(basis, year, rules))).get(id) ?? new Map();
  const problem = eligibilityProblem(basis, year, levels, rules);
  if (problem) fail(problem.code, problem.params, problem.field);
}

/** Proposes a commendation, refused (422) unless the recipient is eligible by the ratings for the basis. */
export async function proposeCommendation(ctx: Ctx, input: ProposeCommendationInput): Promise<Commendation> {
  const recipient = await recipientOf(ctx, input);
  const proposingUnitId = input.proposingUnitId ?? recipient.unitId;
  if (!(await ancestorsOrSelf(ctx.db, recipient.unitId)).has(proposingUnitId))
    fail("award.proposerNotAbove", {}, "proposingUnitId");
  const form = (await formsInForce(ctx)).find((f) => f.code === input.form);
  if (!form) fail("award.formUnknown", { form: input.form }, "form");
  if (!formFitsRecipient(form, input.recipientType)) fail("award.formRecipient", { form: form?.label ?? "" }, "form");
  const year = input.year ?? null;
  if (input.basis !== "ad_hoc" && input.basis !== "campaign" && year === null) fail("award.yearRequired", {}, "year");
  if (year !== null && year > Number(ctx.today.slice(0, 4))) fail("award.yearInFuture", { year }, "year");
  if (input.basis === "campaign") await checkCampaign(ctx, input.campaignId, recipient.unitId);
  await checkEligible(ctx, { basis: input.basis, year, recipientType: input.recipientType }, recipient.subjectId);
  const row = {
    id: randomUUID(),
    form: input.form,
    recipientType: input.recipientType,
    memberId: input.recipientType === "member" ? recipient.subjectId : null,
    orgUnitId: recipient.unitId,
    proposingUnitId,
    campaignId: input.basis === "campaign" ? (input.campaignId ?? null) : null,
    year,
    basis: input.basis,
    reason: input.reason,
    status: "proposed",
    proposedOn: ctx.today,
    decisionId: null,
    refusalReason: null,
    version: 1,
    createdAt: ctx.now,
  };
  if (await repo.sameProposal(ctx.db, row))
    throw new Conflict("award.duplicateProposal", {}, { form: "award.duplicateProposal" });
  await ctx.transaction(async (tx) => {
    await repo.insertCommendation(tx, row);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "award.commendationProposed",
      entityType: "commendation",
      entityId: row.id,
      after: input,
    });
  });
  return (await shown(ctx, [row.id]))[0] as Commendation;
}

async function checkCampaign(ctx: Ctx, campaignId: string | undefined, recipientUnitId: string) {
  if (!campaignId) return fail("award.campaignRequired", {}, "campaignId");
  const campaign = await campaigns.findCampaign(ctx.db, campaignId);
  if (!campaign || !(await ancestorsOrSelf(ctx.db, recipientUnitId)).has(campaign.orgUnitId))
    fail("award.campaignNotAbove", {}, "campaignId");
}

/** Commendations the actor may read, filtered, the latest first. */
export async function listCommendations(ctx: Ctx, query: CommendationListQuery): Promise<CommendationPage> {
  if (query.orgUnitId) await requireCan(ctx, "award.read", query.orgUnitId);
  const scope = await resolveScope(ctx.db, ctx.actor, "award.read", query.orgUnitId);
  const { page, pageSize, orgUnitId: _unit, ...filter } = query;
  const { rows, total } = await repo.listCommendations(ctx.db, { scope, ...filter }, { page, pageSize });
  const forms = await formsInForce(ctx);
  return { items: rows.map((r) => toCommendation(r, forms, ctx.lang)), total };
}

/** Records a decision commending the proposals listed, by a unit allowed to award their form (§6.1). */
export async function decideCommendations(ctx: Ctx, input: DecideCommendationsInput): Promise<CommendationDecision> {
  await requireCan(ctx, "award.decide", input.orgUnitId);
  const unit = await activeUnit(ctx, input.orgUnitId);
  const ids = [...new Set(input.commendationIds)];
  const rows = await repo.findCommendations(ctx.db, ids);
  for (const id of ids) {
    const row = rows.find((r) => r.id === id);
    if (!row || !(await permissionsIfVisible(ctx, row.orgUnitId))) throw new NotFound();
  }
  if (input.signedOn > ctx.today) fail("award.signedInFuture", {}, "signedOn");
  const forms = await formsInForce(ctx);
  for (const row of rows) await checkDecidable(ctx, row, unit, input, forms);
  if (new Set(rows.map((r) => r.form)).size > 1) fail("award.mixedForms", {}, "commendationIds");
  if (await repo.decisionNumberTaken(ctx.db, input.number))
    throw new Conflict("award.decisionNumberTaken", { number: input.number }, { number: "award.decisionNumberTaken" });
  const decision = {
    id: randomUUID(),
    kind: "commendation",
    decidingUnitId: input.orgUnitId,
    number: input.number,
    signedOn: input.signedOn,
    signerName: input.signerName || null,
    createdAt: ctx.now,
  };
  await ctx.transaction(async (tx) => {
    await repo.insertDecision(tx, decision);
    for (const row of rows) {
      if (!(await repo.updateCommendation(tx, row.id, row.version, { status: "decided", decisionId: decision.id })))
        throw new Conflict("version.stale");
      await recordAudit(tx, ctx.actor, ctx.now, {
        action: "award.commendationDecided",
        entityType: "commendation",
        entityId: row.id,
        before: { status: row.status },
        after: { status: "decided", decision: input.number, signedOn: input.signedOn, decidingUnitId: unit.id },
      });
    }
  });
  return {
    id: decision.id,
    number: decision.number,
    signedOn: decision.signedOn,
    signerName: decision.signerName,
    decidingUnitId: unit.id,
    decidingUnitName: unit.name,
    commendations: await shown(ctx, ids),
  };
}

async function checkDecidable(
  ctx: Ctx,
  row: repo.CommendationRow,
  unit: { id: string; name: string; type: string },
  input: DecideCommendationsInput,
  forms: AwardForm[],
) {
  if (row.status !== "proposed") throw new Conflict("award.notProposed", {}, { commendationIds: "award.notProposed" });
  if (!(await ancestorsOrSelf(ctx.db, row.orgUnitId)).has(unit.id))
    fail("award.deciderNotAbove", { unit: unit.name }, "orgUnitId");
  const form = forms.find((f) => f.code === row.form);
  if (!mayAward(form, unit.type as OrgUnitType, row.recipientType as "member" | "org"))
    fail("award.notAuthorised", { unit: unit.name, form: form?.label ?? row.form }, "orgUnitId");
  if (input.signedOn < row.proposedOn) fail("award.signedBeforeProposal", { date: dmy(row.proposedOn) }, "signedOn");
  await checkEligible(ctx, row, row.memberId ?? row.orgUnitId);
}

/** Refuses a proposal with a reason (award.decide at the recipient's unit). */
export async function refuseCommendation(ctx: Ctx, id: string, input: RefuseCommendationInput): Promise<Commendation> {
  const row = await repo.findCommendation(ctx.db, id);
  if (!row) throw new NotFound();
  await requireAwardAt(ctx, "award.decide", row.orgUnitId);
  if (row.status !== "proposed") throw new Conflict("award.notProposed");
  if (row.version !== input.version) throw new Conflict("version.stale", {}, { version: "version.stale" });
  await ctx.transaction(async (tx) => {
    if (!(await repo.updateCommendation(tx, id, row.version, { status: "refused", refusalReason: input.reason })))
      throw new Conflict("version.stale");
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "award.commendationRefused",
      entityType: "commendation",
      entityId: id,
      before: { status: row.status },
      after: { status: "refused", reason: input.reason },
    });
  });
  return (await shown(ctx, [id]))[0] as Commendation;
}

/** The commendations decided for the signed-in member, for the handbook. */
export async function myAwards(ctx: Ctx): Promise<MyAwards> {
  const memberId = await memberIdOfUser(ctx.db, ctx.actor.userId);
  if (!memberId) throw new NotFound("handbook.notLinked");
  const filter = { scope: "all" as const, memberId, status: "decided" };
  const { rows } = await repo.listCommendations(ctx.db, filter, { page: 1, pageSize: 200 });
  const forms = await formsInForce(ctx);
  return { commendations: rows.map((r) => toCommendation(r, forms, ctx.lang)) };
}

/** The unit that governs a commendation's audit history: the recipient's unit. */
export async function locateCommendationForAudit(ctx: Ctx, id: string) {
  const row = await repo.findCommendation(ctx.db, id);
  return row ? { orgUnitId: row.orgUnitId } : undefined;
}
