import type { RoleCode } from "@dangvu/contract";
import type { Ctx } from "../context";
import { Forbidden, NotFound } from "../errors";
import { coversAny, permissionsAt } from "./actor";
import type { Permission } from "./roles";
import { ancestorsOrSelf } from "./scope";

/**
 * Checks that the actor may do `permission` at a unit: outside every grant → 404 (the unit's existence is not
 * revealed), inside but without the permission → 403. Returns what the actor holds there, for `can` flags.
 */
export async function requireCan(
  ctx: Ctx,
  permission: Permission,
  orgUnitId: string,
  asOf?: string,
): Promise<Set<string>> {
  const held = await requireVisible(ctx, orgUnitId, asOf);
  if (!held.has(permission)) throw new Forbidden();
  return held;
}

/** Like requireCan without a specific permission: 404 unless some grant covers the unit. */
export async function requireVisible(ctx: Ctx, orgUnitId: string, asOf?: string): Promise<Set<string>> {
  const held = await permissionsIfVisible(ctx, orgUnitId, asOf);
  if (!held) throw new NotFound();
  return held;
}

/**
 * What the actor holds at a unit, or null when no grant covers it (or the unit did not exist then). For callers that
 * try several units in turn: they ask instead of catching requireVisible's 404, so a failing query still reaches
 * the error handler as the 500 it is.
 */
export async function permissionsIfVisible(ctx: Ctx, orgUnitId: string, asOf?: string): Promise<Set<string> | null> {
  const chain = await ancestorsOrSelf(ctx.db, orgUnitId, asOf);
  return coversAny(ctx.actor, chain) ? permissionsAt(ctx.actor, chain) : null;
}

/** The roles and permissions the actor holds at a unit through grants on it or above it; 404 when none. */
export async function heldAt(
  ctx: Ctx,
  orgUnitId: string,
  asOf?: string,
): Promise<{ roles: RoleCode[]; permissions: Set<string> }> {
  const held = await heldIfVisible(ctx, orgUnitId, asOf);
  if (!held) throw new NotFound();
  return held;
}

/** Like heldAt, but null when no grant covers the unit (instead of a 404 to catch). */
export async function heldIfVisible(
  ctx: Ctx,
  orgUnitId: string,
  asOf?: string,
): Promise<{ roles: RoleCode[]; permissions: Set<string> } | null> {
  const chain = await ancestorsOrSelf(ctx.db, orgUnitId, asOf);
  if (!coversAny(ctx.actor, chain)) return null;
  const roles = ctx.actor.grants.filter((g) => chain.has(g.orgUnitId)).map((g) => g.role);
  return { roles, permissions: permissionsAt(ctx.actor, chain) };
}
