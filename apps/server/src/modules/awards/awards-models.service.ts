import { randomUUID } from "node:crypto";
import type {
  CreateModelInput,
  EmulationModel,
  ModelCatalogue,
  ModelLevel,
  ModelListQuery,
  ModelPage,
  ModelStatus,
  ModelTitle,
  RecogniseModelInput,
  UpdateModelInput,
} from "@dangvu/contract";
import { requireCan } from "../../access/require";
import { ancestorsOrSelf, resolveScope } from "../../access/scope";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { Conflict, NotFound, RuleViolation } from "../../errors";
import { ruleValue } from "../../rules/settings";
import { activeUnit } from "../org";
import { modelOutcome } from "./awards.rules";
import { requireAwardAt } from "./awards-commendations.access";
import * as commendations from "./awards-commendations.repo";
import {
  modelRecognitionScoreKey,
  modelTitlesKey,
  type RecognitionScore,
  seededVersion,
} from "./awards-commendations.settings";
import * as repo from "./awards-models.repo";

const fail = (code: string, params: Record<string, string | number>, field: string): never => {
  throw new RuleViolation(code, params, { [field]: code });
};

/** The titles and fields in force, and the score range that recognises a model. */
export async function modelCatalogue(ctx: Ctx): Promise<ModelCatalogue> {
  const score = await ruleValue<RecognitionScore>(ctx.db, modelRecognitionScoreKey, ctx.today);
  const note = seededVersion(modelRecognitionScoreKey, ctx.today)?.note ?? null;
  return { titles: await titlesInForce(ctx), recognitionScore: score, note };
}

const titlesInForce = (ctx: Ctx) => ruleValue<ModelTitle[]>(ctx.db, modelTitlesKey, ctx.today);

export function toModel(row: repo.ListedModel, titles: readonly ModelTitle[], lang = "vi"): EmulationModel {
  const title = titles.find((t) => t.code === row.title);
  const field = title?.fields.find((f) => f.code === row.field);
  const { createdAt: _created, ...rest } = row;
  return {
    ...rest,
    titleLabel: title ? (lang === "en" ? title.labelEn : title.label) : row.title,
    fieldLabel: field ? (lang === "en" ? field.labelEn : field.label) : row.field,
    level: row.level as ModelLevel,
    status: row.status as ModelStatus,
    valueVnd: row.valueVnd === null ? null : Number(row.valueVnd),
  };
}

async function shown(ctx: Ctx, id: string): Promise<EmulationModel> {
  const { rows } = await repo.listModels(ctx.db, { scope: "all", id }, null);
  return toModel(rows[0] as repo.ListedModel, await titlesInForce(ctx), ctx.lang);
}

function checkTitle(titles: ModelTitle[], title: string, field: string) {
  const found = titles.find((t) => t.code === title);
  if (!found) fail("award.modelTitleUnknown", { title }, "title");
  if (!found?.fields.some((f) => f.code === field))
    fail("award.modelFieldUnknown", { field, title: found?.label ?? title }, "field");
}

/** Registers a model of a unit (optionally carried by one of its members, an exemplar). */
export async function createModel(ctx: Ctx, input: CreateModelInput): Promise<EmulationModel> {
  await requireCan(ctx, "award.write", input.orgUnitId);
  await activeUnit(ctx, input.orgUnitId);
  checkTitle(await titlesInForce(ctx), input.title, input.field);
  if (input.registeredOn > ctx.today) fail("award.dateInFuture", {}, "registeredOn");
  if (input.memberId) {
    const member = await commendations.memberCell(ctx.db, input.memberId);
    if (!member || !(await ancestorsOrSelf(ctx.db, member.orgUnitId)).has(input.orgUnitId))
      fail("award.modelMemberOutside", {}, "memberId");
  }
  const row: repo.ModelRow = {
    id: randomUUID(),
    ...input,
    memberId: input.memberId ?? null,
    valueVnd: input.valueVnd ?? null,
    description: input.description || null,
    score: null,
    status: "registered",
    recognitionNumber: null,
    recognisedOn: null,
    version: 1,
    createdAt: ctx.now,
  };
  await ctx.transaction(async (tx) => {
    await repo.insertModel(tx, row);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "award.modelRegistered",
      entityType: "emulationModel",
      entityId: row.id,
      after: input,
    });
  });
  return shown(ctx, row.id);
}

async function modelFor(ctx: Ctx, id: string, permission: "award.write" | "award.decide", version: number) {
  const row = await repo.findModel(ctx.db, id);
  if (!row) throw new NotFound();
  await requireAwardAt(ctx, permission, row.orgUnitId);
  if (row.version !== version) throw new Conflict("version.stale", {}, { version: "version.stale" });
  return row;
}

/** Corrects a registered model; a scored one is closed (409). */
export async function updateModel(ctx: Ctx, id: string, input: UpdateModelInput): Promise<EmulationModel> {
  const row = await modelFor(ctx, id, "award.write", input.version);
  if (row.status !== "registered") throw new Conflict("award.modelScored");
  const { version, ...fields } = input;
  const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  if (changes.field) checkTitle(await titlesInForce(ctx), row.title, changes.field as string);
  await save(ctx, row, version, changes, "award.modelUpdated");
  return shown(ctx, id);
}

/**
 * Scores a model: recognised (with the decision's number and date) when the score lies in the range in force,
 * otherwise not recognised. A model is scored once (409 after).
 */
export async function recogniseModel(ctx: Ctx, id: string, input: RecogniseModelInput): Promise<EmulationModel> {
  const row = await modelFor(ctx, id, "award.decide", input.version);
  if (row.status !== "registered") throw new Conflict("award.modelScored");
  if (input.recognisedOn > ctx.today) fail("award.dateInFuture", {}, "recognisedOn");
  if (input.recognisedOn < row.registeredOn) fail("award.recognisedBeforeRegistered", {}, "recognisedOn");
  const range = await ruleValue<RecognitionScore>(ctx.db, modelRecognitionScoreKey, ctx.today);
  const status = modelOutcome(input.score, range);
  if (status === "recognised" && !input.number) fail("award.recognitionNumberRequired", {}, "number");
  const changes = {
    score: input.score,
    status,
    recognitionNumber: status === "recognised" ? (input.number ?? null) : null,
    recognisedOn: input.recognisedOn,
  };
  await save(ctx, row, input.version, changes, "award.modelScored");
  return shown(ctx, id);
}

/** Deletes a model registered by mistake, while not yet scored. */
export async function deleteModel(ctx: Ctx, id: string): Promise<{ ok: true }> {
  const found = await repo.findModel(ctx.db, id);
  if (!found) throw new NotFound();
  const row = await modelFor(ctx, id, "award.write", found.version);
  if (row.status !== "registered") throw new Conflict("award.modelScored");
  await ctx.transaction(async (tx) => {
    await repo.deleteModel(tx, id);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "award.modelDeleted",
      entityType: "emulationModel",
      entityId: id,
      before: { name: row.name, orgUnitId: row.orgUnitId },
    });
  });
  return { ok: true };
}

async function save(ctx: Ctx, row: repo.ModelRow, version: number, changes: Partial<repo.ModelRow>, action: string) {
  await ctx.transaction(async (tx) => {
    if (!(await repo.updateModel(tx, row.id, version, changes))) throw new Conflict("version.stale");
    await recordAudit(tx, ctx.actor, ctx.now, {
      action,
      entityType: "emulationModel",
      entityId: row.id,
      before: { status: row.status, name: row.name, score: row.score },
      after: changes,
    });
  });
}

/** The filter of a list or an export: the actor's scope (a unit's subtree when asked), year, title, field, status. */
export async function modelFilter(
  ctx: Ctx,
  query: Omit<ModelListQuery, "page" | "pageSize">,
): Promise<repo.ModelFilter> {
  if (query.orgUnitId) await requireCan(ctx, "award.read", query.orgUnitId);
  const scope = await resolveScope(ctx.db, ctx.actor, "award.read", query.orgUnitId);
  const { orgUnitId: _unit, ...filter } = query;
  return { scope, ...filter };
}

export async function listModels(ctx: Ctx, query: ModelListQuery): Promise<ModelPage> {
  const { rows, total } = await repo.listModels(ctx.db, await modelFilter(ctx, query), query);
  const titles = await titlesInForce(ctx);
  return { items: rows.map((r) => toModel(r, titles, ctx.lang)), total };
}

export async function locateModelForAudit(ctx: Ctx, id: string) {
  const row = await repo.findModel(ctx.db, id);
  return row ? { orgUnitId: row.orgUnitId } : undefined;
}
