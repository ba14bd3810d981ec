import { randomUUID } from "node:crypto";
import type { OrgUnit, OrgUnitEventInput, OrgUnitType } from "@dangvu/contract";
import { requireCan, requireVisible } from "../../access/require";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import type { Tx } from "../../db/database";
import { Conflict, NotFound, RuleViolation } from "../../errors";
import { checkEffectiveDate, dmy } from "./org.checks";
import * as repo from "./org.repo";
import { canBeUnder, isInSubtree } from "./org.rules";
import { activeUnit, getUnit, parentTypeError } from "./org.service";

type EventOf<K extends OrgUnitEventInput["kind"]> = Extract<OrgUnitEventInput, { kind: K }>;

/** Applies a dated restructuring event (move, merge, split, dissolve) to a unit. */
export async function applyEvent(ctx: Ctx, id: string, input: OrgUnitEventInput): Promise<OrgUnit> {
  const unit = await activeUnit(ctx, id).catch(async (error) => {
    await requireVisible(ctx, id, await lastDayOf(ctx, id));
    throw error;
  });
  await requireVisible(ctx, id);
  if (unit.parentId === null) throw new RuleViolation("org.rootImmutable");
  await requireCan(ctx, "org.restructure", unit.parentId);
  if (unit.version !== input.version) throw new Conflict("version.stale", {}, { version: "version.stale" });
  checkEffectiveDate(ctx, input.effectiveOn, unit, "effectiveOn");
  const run = (fn: (tx: Tx) => Promise<void>) =>
    ctx.transaction(async (tx) => {
      if (!(await repo.bumpVersion(tx, id, input.version)))
        throw new Conflict("version.stale", {}, { version: "version.stale" });
      await fn(tx);
      await recordAudit(tx, ctx.actor, ctx.now, {
        action: `org.${input.kind}`,
        entityType: "orgUnit",
        entityId: id,
        before: unitSummary(unit),
        after: input,
      });
    });
  if (input.kind === "move") await move(ctx, unit, input, run);
  else if (input.kind === "merge") await merge(ctx, unit, input, run);
  else if (input.kind === "split") await split(ctx, unit, input, run);
  else await dissolveUnit(ctx, unit, input, run);
  return getUnit(ctx, id);
}

type Run = (fn: (tx: Tx) => Promise<void>) => Promise<void>;

async function move(ctx: Ctx, unit: repo.UnitState, input: EventOf<"move">, run: Run) {
  const target = await targetUnit(ctx, input.newParentId, "newParentId");
  if (target.id === unit.parentId) throw new RuleViolation("org.sameParent", {}, { newParentId: "org.sameParent" });
  if (isInSubtree(await repo.currentParentMap(ctx.db), unit.id, target.id)) {
    throw new RuleViolation("org.cycle", { name: unit.name }, { newParentId: "org.cycle" });
  }
  if (!canBeUnder(unit.type as OrgUnitType, target.type as OrgUnitType)) {
    throw parentTypeError(ctx, unit.type as OrgUnitType, target.type as OrgUnitType, "newParentId");
  }
  checkEffectiveDate(ctx, input.effectiveOn, target, "effectiveOn", target.establishedOn);
  await run(async (tx) => {
    await repo.changeState(tx, unit, { name: unit.name, type: unit.type, parentId: target.id }, input.effectiveOn);
    await event(tx, ctx, unit.id, "move", input, {
      fromParentId: unit.parentId,
      fromParentName: unit.parentId ? ((await repo.findUnitState(tx, unit.parentId))?.name ?? null) : null,
      toParentId: target.id,
      toParentName: target.name,
    });
  });
}

async function merge(ctx: Ctx, unit: repo.UnitState, input: EventOf<"merge">, run: Run) {
  if (input.intoId === unit.id) throw new RuleViolation("org.mergeIntoSelf", {}, { intoId: "org.mergeIntoSelf" });
  const target = await targetUnit(ctx, input.intoId, "intoId");
  if (isInSubtree(await repo.currentParentMap(ctx.db), unit.id, target.id)) {
    throw new RuleViolation("org.mergeIntoDescendant", {}, { intoId: "org.mergeIntoDescendant" });
  }
  checkEffectiveDate(ctx, input.effectiveOn, target, "effectiveOn", target.establishedOn);
  const children = await repo.currentChildren(ctx.db, unit.id);
  for (const child of children) {
    if (!canBeUnder(child.type as OrgUnitType, target.type as OrgUnitType)) {
      throw parentTypeError(ctx, child.type as OrgUnitType, target.type as OrgUnitType, "intoId");
    }
    checkEffectiveDate(ctx, input.effectiveOn, child, "effectiveOn");
  }
  await run(async (tx) => {
    for (const child of children) {
      await repo.changeState(tx, child, { name: child.name, type: child.type, parentId: target.id }, input.effectiveOn);
      await event(tx, ctx, child.id, "move", input, {
        fromParentId: unit.id,
        fromParentName: unit.name,
        toParentId: target.id,
        toParentName: target.name,
        byMergeOf: unit.id,
      });
    }
    for (const hook of ctx.registry.orgEventHooks) await hook.onMerge?.(tx, unit.id, target.id, input.effectiveOn);
    await repo.dissolve(tx, unit, input.effectiveOn);
    await event(tx, ctx, unit.id, "merge", input, {
      intoId: target.id,
      intoName: target.name,
      movedChildren: children.map((c) => c.id),
    });
    await event(tx, ctx, target.id, "absorb", input, { fromId: unit.id, fromName: unit.name });
  });
}

async function split(ctx: Ctx, unit: repo.UnitState, input: EventOf<"split">, run: Run) {
  const parentId = unit.parentId as string;
  const parent = await activeUnit(ctx, parentId);
  const children = new Map((await repo.currentChildren(ctx.db, unit.id)).map((c) => [c.id, c]));
  const taken = new Set<string>();
  input.parts.forEach((part, i) => {
    if (!canBeUnder(part.type, parent.type as OrgUnitType))
      throw parentTypeError(ctx, part.type, parent.type as OrgUnitType, `parts.${i}.type`);
    for (const childId of part.childIds) {
      const child = children.get(childId);
      if (!child)
        throw new RuleViolation(
          "org.splitChildNotUnder",
          { name: unit.name },
          { [`parts.${i}.childIds`]: "org.splitChildNotUnder" },
        );
      if (taken.has(childId))
        throw new RuleViolation("org.splitChildTwice", {}, { [`parts.${i}.childIds`]: "org.splitChildTwice" });
      if (!canBeUnder(child.type as OrgUnitType, part.type))
        throw parentTypeError(ctx, child.type as OrgUnitType, part.type, `parts.${i}.type`);
      checkEffectiveDate(ctx, input.effectiveOn, child, "effectiveOn");
      taken.add(childId);
    }
  });
  if (input.dissolveSource && taken.size < children.size) {
    throw new RuleViolation(
      "org.hasChildren",
      { count: children.size - taken.size },
      { dissolveSource: "org.hasChildren" },
    );
  }
  await run(async (tx) => {
    const partIds: string[] = [];
    for (const part of input.parts) {
      const partId = randomUUID();
      partIds.push(partId);
      await repo.insertUnit(
        tx,
        { id: partId, establishedOn: input.effectiveOn, createdAt: ctx.now },
        { name: part.name, type: part.type, parentId },
      );
      await event(tx, ctx, partId, "create", input, { name: part.name, type: part.type, parentId, splitFrom: unit.id });
      for (const childId of part.childIds) {
        const child = children.get(childId) as repo.UnitState;
        await repo.changeState(tx, child, { name: child.name, type: child.type, parentId: partId }, input.effectiveOn);
        await event(tx, ctx, childId, "move", input, {
          fromParentId: unit.id,
          fromParentName: unit.name,
          toParentId: partId,
          toParentName: part.name,
          bySplitOf: unit.id,
        });
      }
    }
    if (input.dissolveSource) await dissolveWithHooks(ctx, tx, unit, input.effectiveOn);
    await event(tx, ctx, unit.id, "split", input, { partIds, dissolvedSource: input.dissolveSource });
  });
}

async function dissolveUnit(ctx: Ctx, unit: repo.UnitState, input: EventOf<"dissolve">, run: Run) {
  const children = await repo.currentChildren(ctx.db, unit.id);
  if (children.length > 0) throw new RuleViolation("org.hasChildren", { count: children.length });
  await run(async (tx) => {
    await dissolveWithHooks(ctx, tx, unit, input.effectiveOn);
    await event(tx, ctx, unit.id, "dissolve", input, {});
  });
}

/** Dissolves a unit once every module that holds records in it says none remain (members must be moved first). */
async function dissolveWithHooks(ctx: Ctx, tx: Tx, unit: repo.UnitState, effectiveOn: string) {
  for (const hook of ctx.registry.orgEventHooks) {
    const remaining = (await hook.beforeDissolve?.(tx, unit.id)) ?? 0;
    if (remaining > 0) throw new RuleViolation("org.hasMembers", { count: remaining });
  }
  await repo.dissolve(tx, unit, effectiveOn);
}

/** The unit an event points at: visible to the actor (else 404), allowed to restructure (else 403), not dissolved (422). */
async function targetUnit(ctx: Ctx, id: string, field: string): Promise<repo.UnitState> {
  const state = await repo.findUnitState(ctx.db, id);
  if (!state) throw new NotFound();
  if (state.dissolvedOn) {
    await requireVisible(ctx, id, state.validFrom);
    throw new RuleViolation(
      "org.dissolved",
      { name: state.name, date: dmy(state.dissolvedOn) },
      { [field]: "org.dissolved" },
    );
  }
  await requireCan(ctx, "org.restructure", id);
  return state;
}

async function lastDayOf(ctx: Ctx, id: string): Promise<string | undefined> {
  const state = await repo.findUnitState(ctx.db, id);
  return state?.dissolvedOn ? state.validFrom : undefined;
}

function event(
  tx: Tx,
  ctx: Ctx,
  orgUnitId: string,
  kind: string,
  input: OrgUnitEventInput,
  details: Record<string, unknown>,
) {
  return repo.insertEvent(tx, {
    orgUnitId,
    kind,
    effectiveOn: input.effectiveOn,
    decisionNo: input.decisionNo ?? null,
    details: { ...details, note: input.note ?? null },
    createdBy: ctx.actor.userId,
    createdAt: ctx.now,
  });
}

function unitSummary(unit: repo.UnitState) {
  return { name: unit.name, type: unit.type, parentId: unit.parentId, validFrom: unit.validFrom };
}
