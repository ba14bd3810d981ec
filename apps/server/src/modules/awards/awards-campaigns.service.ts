import { randomUUID } from "node:crypto";
import type { Campaign, CampaignListQuery, CreateCampaignInput, UpdateCampaignInput } from "@dangvu/contract";
import { requireCan } from "../../access/require";
import { ancestorsOrSelf, resolveScope } from "../../access/scope";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { Conflict, NotFound, RuleViolation } from "../../errors";
import { activeUnit } from "../org";
import * as repo from "./awards-campaigns.repo";
import { requireAwardAt } from "./awards-commendations.access";

function toCampaign(row: repo.ListedCampaign): Campaign {
  const { createdAt: _created, ...rest } = row;
  return { ...rest, criteria: row.criteria ?? null };
}

async function shown(ctx: Ctx, id: string): Promise<Campaign> {
  const [row] = await repo.listCampaigns(ctx.db, { scope: "all", id });
  return toCampaign(row as repo.ListedCampaign);
}

function checkPeriod(startsOn: string, endsOn: string) {
  if (endsOn < startsOn) throw new RuleViolation("award.campaignPeriod", {}, { endsOn: "award.campaignPeriod" });
}

/**
 * Campaigns of the units the actor reads (a unit's subtree when asked), and those launched by the committees above
 * them, which the units below take part in and propose for; optionally overlapping a year.
 */
export async function listCampaigns(ctx: Ctx, query: CampaignListQuery): Promise<Campaign[]> {
  if (query.orgUnitId) await requireCan(ctx, "award.read", query.orgUnitId);
  const scope = await resolveScope(ctx.db, ctx.actor, "award.read", query.orgUnitId);
  const roots = query.orgUnitId
    ? [query.orgUnitId]
    : ctx.actor.grants.filter((g) => g.permissions.has("award.read")).map((g) => g.orgUnitId);
  const above = new Set<string>();
  for (const root of roots) for (const id of await ancestorsOrSelf(ctx.db, root)) above.add(id);
  return (await repo.listCampaigns(ctx.db, { scope, above: [...above], year: query.year })).map(toCampaign);
}

/** Opens an emulation campaign of a unit, with its period and criteria. */
export async function createCampaign(ctx: Ctx, input: CreateCampaignInput): Promise<Campaign> {
  await requireCan(ctx, "award.write", input.orgUnitId);
  await activeUnit(ctx, input.orgUnitId);
  checkPeriod(input.startsOn, input.endsOn);
  const row = { id: randomUUID(), ...input, criteria: input.criteria || null, version: 1, createdAt: ctx.now };
  await ctx.transaction(async (tx) => {
    await repo.insertCampaign(tx, row);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "award.campaignCreated",
      entityType: "awardCampaign",
      entityId: row.id,
      after: input,
    });
  });
  return shown(ctx, row.id);
}

async function writable(ctx: Ctx, id: string) {
  const row = await repo.findCampaign(ctx.db, id);
  if (!row) throw new NotFound();
  await requireAwardAt(ctx, "award.write", row.orgUnitId);
  return row;
}

/** Corrects a campaign (its name, period, criteria), refusing a stale version. */
export async function updateCampaign(ctx: Ctx, id: string, input: UpdateCampaignInput): Promise<Campaign> {
  const row = await writable(ctx, id);
  const { version, ...fields } = input;
  if (row.version !== version) throw new Conflict("version.stale", {}, { version: "version.stale" });
  const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  checkPeriod(changes.startsOn ?? row.startsOn, changes.endsOn ?? row.endsOn);
  await ctx.transaction(async (tx) => {
    if (!(await repo.updateCampaign(tx, id, version, changes))) throw new Conflict("version.stale");
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "award.campaignUpdated",
      entityType: "awardCampaign",
      entityId: id,
      before: { name: row.name, startsOn: row.startsOn, endsOn: row.endsOn, criteria: row.criteria },
      after: changes,
    });
  });
  return shown(ctx, id);
}

/** Deletes a campaign no commendation refers to (409 otherwise). */
export async function deleteCampaign(ctx: Ctx, id: string): Promise<{ ok: true }> {
  const row = await writable(ctx, id);
  const [listed] = await repo.listCampaigns(ctx.db, { scope: "all", id });
  if ((listed?.commendations ?? 0) > 0)
    throw new Conflict("award.campaignInUse", { count: listed?.commendations ?? 0 });
  await ctx.transaction(async (tx) => {
    await repo.deleteCampaign(tx, id);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "award.campaignDeleted",
      entityType: "awardCampaign",
      entityId: id,
      before: { name: row.name, orgUnitId: row.orgUnitId },
    });
  });
  return { ok: true };
}

export async function locateCampaignForAudit(ctx: Ctx, id: string) {
  const row = await repo.findCampaign(ctx.db, id);
  return row ? { orgUnitId: row.orgUnitId } : undefined;
}
