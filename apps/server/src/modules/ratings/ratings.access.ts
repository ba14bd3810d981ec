import { permissionsIfVisible } from "../../access/require";
import type { Permission } from "../../access/roles";
import { scopeUnitIds, subtreeUnitIds } from "../../access/scope";
import type { Ctx } from "../../context";
import { Forbidden, NotFound } from "../../errors";
import * as repo from "./ratings.repo";

/**
 * Ratings are read with rating.read where the record is: without it the record is not revealed (404, as for a member
 * not one's own), with it but without the permission asked 403. Outside every grant 404.
 */
export async function requireRating(ctx: Ctx, permission: Permission, orgUnitId: string): Promise<Set<string>> {
  const held = await permissionsIfVisible(ctx, orgUnitId);
  return check(held, permission);
}

function check(held: Set<string> | null, permission: Permission): Set<string> {
  if (!held?.has("rating.read")) throw new NotFound();
  if (!held.has(permission)) throw new Forbidden();
  return held;
}

/** The units whose ratings the actor reads (a subquery), for lists and counts. */
export function readableUnits(ctx: Ctx) {
  return scopeUnitIds(ctx.actor, "rating.read");
}

/**
 * A cycle is seen where it is run and, when run above, by those whose units it reviews: a base committee works on
 * the bloc's yearly cycle for its own members, without seeing the rest of it.
 */
export async function requireCycle(ctx: Ctx, id: string, permission: Permission) {
  const cycle = await repo.findCycle(ctx.db, id);
  if (!cycle) throw new NotFound();
  let held = await permissionsIfVisible(ctx, cycle.orgUnitId);
  if (!held) {
    held = new Set<string>();
    for (const grant of ctx.actor.grants) {
      if (await repo.cycleReviewsIn(ctx.db, id, subtreeUnitIds(grant.orgUnitId)))
        for (const p of grant.permissions) held.add(p);
    }
    if (held.size === 0) held = null;
  }
  return { cycle, held: check(held, permission) };
}

/** Whether the actor holds a permission at a unit (no error: for `can` flags and the authority rule). */
export async function holdsAt(ctx: Ctx, permission: Permission, orgUnitId: string | null): Promise<boolean> {
  if (!orgUnitId) return false;
  return Boolean((await permissionsIfVisible(ctx, orgUnitId))?.has(permission));
}
