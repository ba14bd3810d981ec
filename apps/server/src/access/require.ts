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
  const chain = await ancestorsOrSelf(ctx.db, orgUnitId, asOf);
  if (!coversAny(ctx.actor, chain)) throw new NotFound();
  return permissionsAt(ctx.actor, chain);
}

/** The roles and permissions the actor holds at a unit through grants on it or above it; 404 when none. */
export async function heldAt(
  ctx: Ctx,
  orgUnitId: string,
  asOf?: string,
): Promise<{ roles: RoleCode[]; permissions: Set<string> }> {
  const chain = await ancestorsOrSelf(ctx.db, orgUnitId, asOf);
  if (!coversAny(ctx.actor, chain)) throw new NotFound();
  const roles = ctx.actor.grants.filter((g) => chain.has(g.orgUnitId)).map((g) => g.role);
  return { roles, permissions: permissionsAt(ctx.actor, chain) };
}
