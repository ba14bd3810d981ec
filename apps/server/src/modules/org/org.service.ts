import { randomUUID } from "node:crypto";
import type {
  CreateOrgUnitInput,
  OrgTreeNode,
  OrgUnit,
  OrgUnitEvent,
  OrgUnitType,
  PositionKind,
  UpdateOrgUnitInput,
} from "@dangvu/contract";
import { coversAny, permissionsAt } from "../../access/actor";
import { requireCan } from "../../access/require";
import { scopeUnitIds } from "../../access/scope";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { Conflict, NotFound, RuleViolation } from "../../errors";
import { translate } from "../../i18n";
import { ruleValue } from "../../rules/settings";
import { checkEffectiveDate, dmy, typeLabel } from "./org.checks";
import * as repo from "./org.repo";
import {
  canBeUnder,
  cellWarnings,
  hasCellCommittee,
  hasInspectionCommittee,
  hasStandingCommittee,
  isCell,
} from "./org.rules";
import { listPositions } from "./org-committee.repo";

/** The part of the tree the actor may see, as it stood on `asOf` (today by default), optionally filtered by name. */
export async function listTree(ctx: Ctx, asOf?: string, q?: string): Promise<OrgTreeNode[]> {
  const scope = scopeUnitIds(ctx.actor, "org.read", asOf);
  const rows = await repo.listTree(ctx.db, ctx.registry.unitCounts, scope, asOf, q);
  // One query for the whole tree, not one per match: a search for "chi bo" matches most of it.
  const units = q
    ? await repo.namesAndParents(ctx.db, asOf)
    : new Map<string, { name: string; parentId: string | null }>();
  const pathNames = rows.map((r) => pathInMemory(units, r.id));
  return rows.map((row, i) => ({
    ...row,
    type: row.type as OrgUnitType,
    path: (pathNames[i] ?? []).join(" › "),
  }));
}

/** For the audit trail: the unit itself, as it last stood when it has been dissolved. */
export async function locateUnitForAudit(
  ctx: Ctx,
  id: string,
): Promise<{ orgUnitId: string; asOf?: string } | undefined> {
  const state = await repo.findUnitState(ctx.db, id);
  return state && { orgUnitId: id, asOf: state.dissolvedOn ? state.validFrom : undefined };
}

/** One unit with its path, counts and the actions the actor may take on it. */
export async function getUnit(ctx: Ctx, id: string, asOf?: string): Promise<OrgUnit> {
  const state = await repo.findUnitState(ctx.db, id, asOf);
  if (!state) throw new NotFound();
  // A dissolved unit is shown as it last stood: its last version, under the parent it had then.
  const at = asOf ?? (state.dissolvedOn ? state.validFrom : undefined);
  const above = state.parentId ? await repo.pathOf(ctx.db, state.parentId, at) : [];
  const path = [...above, { id, name: state.name }];
  const chain = new Set(path.map((p) => p.id));
  if (!coversAny(ctx.actor, chain)) throw new NotFound();
  const held = permissionsAt(ctx.actor, chain);
  if (!held.has("org.read")) throw new NotFound();
  const parentHeld = permissionsAt(ctx.actor, new Set(above.map((p) => p.id)));
  const children = asOf || state.dissolvedOn ? [] : await repo.currentChildren(ctx.db, id);
  const active = !state.dissolvedOn && !asOf;
  const type = state.type as OrgUnitType;
  const counts = await repo.memberCounts(ctx.db, ctx.registry.unitCounts, id, at);
  const cellRules = {
    minFullMembers: await ruleValue<number>(ctx.db, "org.minFullMembers", at ?? ctx.today),
    cellCommitteeThreshold: await ruleValue<number>(ctx.db, "org.cellCommitteeThreshold", at ?? ctx.today),
  };
  return {
    id,
    name: state.name,
    type,
    parentId: state.parentId,
    version: state.version,
    validFrom: state.validFrom,
    establishedOn: state.establishedOn,
    dissolvedOn: state.dissolvedOn,
    childCount: children.length,
    memberCount: counts.members,
    fullMemberCount: counts.full,
    path,
    warnings: cellWarnings(type, counts.full, cellRules, await cellCommitteeOn(ctx, id, type, at)).map((w) => ({
      code: w.code,
      message: translate(ctx.lang, w.code, w.params),
    })),
    hasInspectionCommittee: hasInspectionCommittee(type),
    locality: state.locality,
    hasStandingCommittee: hasStandingCommittee(type),
    can: {
      update: active && held.has("org.write"),
      createChild: active && held.has("org.restructure"),
      restructure: active && state.parentId !== null && parentHeld.has("org.restructure"),
      manageCommittee: active && held.has("org.write"),
    },
  };
}

/** Whether a cell has a chi ủy recorded on a date (today when absent); false for other units. */
async function cellCommitteeOn(ctx: Ctx, id: string, type: OrgUnitType, at: string | undefined): Promise<boolean> {
  if (!isCell(type)) return false;
  const seats = await listPositions(ctx.db, id);
  return hasCellCommittee(
    seats.map((s) => ({ ...s, kind: s.kind as PositionKind })),
    at ?? ctx.today,
  );
}

/** Creates a unit under a parent, established on a date. */
export async function createUnit(ctx: Ctx, input: CreateOrgUnitInput): Promise<OrgUnit> {
  await requireCan(ctx, "org.restructure", input.parentId);
  const parent = await activeUnit(ctx, input.parentId);
  if (!canBeUnder(input.type, parent.type as OrgUnitType)) {
    throw parentTypeError(ctx, input.type, parent.type as OrgUnitType, "type");
  }
  checkEffectiveDate(ctx, input.establishedOn, parent, "establishedOn", parent.establishedOn);
  const id = randomUUID();
  await ctx.transaction(async (tx) => {
    await repo.insertUnit(
      tx,
      { id, establishedOn: input.establishedOn, createdAt: ctx.now },
      { name: input.name, type: input.type, parentId: parent.id },
    );
    await repo.insertEvent(tx, {
      orgUnitId: id,
      kind: "create",
      effectiveOn: input.establishedOn,
      decisionNo: input.decisionNo ?? null,
      details: { name: input.name, type: input.type, parentId: parent.id },
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "org.created",
      entityType: "orgUnit",
      entityId: id,
      after: input,
    });
  });
  return getUnit(ctx, id);
}

/** Renames or retypes a unit from a date, refusing a stale version. */
export async function updateUnit(ctx: Ctx, id: string, input: UpdateOrgUnitInput): Promise<OrgUnit> {
  await requireCan(ctx, "org.write", id);
  const current = await activeUnit(ctx, id);
  if (current.version !== input.version) throw new Conflict("version.stale", {}, { version: "version.stale" });
  const name = input.name ?? current.name;
  const type = (input.type ?? current.type) as OrgUnitType;
  if (name === current.name && type === current.type) throw new RuleViolation("org.noChange");
  if (type !== current.type) await checkRetype(ctx, current, type);
  const effectiveOn = input.effectiveOn ?? ctx.today;
  checkEffectiveDate(ctx, effectiveOn, current, "effectiveOn");
  await ctx.transaction(async (tx) => {
    if (!(await repo.bumpVersion(tx, id, input.version)))
      throw new Conflict("version.stale", {}, { version: "version.stale" });
    await repo.changeState(tx, current, { name, type, parentId: current.parentId }, effectiveOn);
    const kind = type !== current.type ? "retype" : "rename";
    const details = { fromName: current.name, toName: name, fromType: current.type, toType: type };
    await repo.insertEvent(tx, {
      orgUnitId: id,
      kind,
      effectiveOn,
      decisionNo: input.decisionNo ?? null,
      details,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: `org.${kind}d`,
      entityType: "orgUnit",
      entityId: id,
      before: { name: current.name, type: current.type },
      after: { name, type, effectiveOn },
    });
  });
  return getUnit(ctx, id);
}

/** The dated events of a unit, newest first. */
export async function listUnitEvents(ctx: Ctx, id: string): Promise<OrgUnitEvent[]> {
  await getUnit(ctx, id);
  const events = await repo.listEvents(ctx.db, id);
  return events.map((e) => ({ ...e, kind: e.kind as OrgUnitEvent["kind"], createdAt: e.createdAt.toISOString() }));
}

/** A unit that exists today (not dissolved); 404 when unknown, 422 when dissolved. */
export async function activeUnit(ctx: Ctx, id: string): Promise<repo.UnitState> {
  const state = await repo.findUnitState(ctx.db, id);
  if (!state) throw new NotFound();
  if (state.dissolvedOn) throw new RuleViolation("org.dissolved", { name: state.name, date: dmy(state.dissolvedOn) });
  return state;
}

async function checkRetype(ctx: Ctx, current: repo.UnitState, type: OrgUnitType) {
  if (current.parentId === null) throw new RuleViolation("org.rootImmutable", {}, { type: "org.rootImmutable" });
  const parent = await activeUnit(ctx, current.parentId);
  if (!canBeUnder(type, parent.type as OrgUnitType))
    throw parentTypeError(ctx, type, parent.type as OrgUnitType, "type");
  for (const child of await repo.currentChildren(ctx.db, current.id)) {
    if (!canBeUnder(child.type as OrgUnitType, type))
      throw parentTypeError(ctx, child.type as OrgUnitType, type, "type");
  }
}

export function parentTypeError(ctx: Ctx, child: OrgUnitType, parent: OrgUnitType, field: string) {
  const params = { childType: typeLabel(ctx.lang, child), parentType: typeLabel(ctx.lang, parent) };
  return new RuleViolation("org.parentTypeNotAllowed", params, { [field]: "org.parentTypeNotAllowed" });
}

/** The names from the top down to a unit, following parent pointers (bounded, in case of bad data). */
function pathInMemory(units: ReadonlyMap<string, { name: string; parentId: string | null }>, id: string): string[] {
  const names: string[] = [];
  for (let at: string | null = id, depth = 0; at && depth < 50; depth++) {
    const unit = units.get(at);
    if (!unit) break;
    names.unshift(unit.name);
    at = unit.parentId;
  }
  return names;
}
