import { requireVisible } from "../../access/require";
import type { Permission } from "../../access/roles";
import type { Ctx } from "../../context";
import { Forbidden, NotFound } from "../../errors";

/**
 * Access to a commendation, a campaign or a model at its unit: outside every grant, or for a role that may not read
 * awards at all (a member), 404 (its existence is not revealed); readable without `permission`, 403.
 */
export async function requireAwardAt(ctx: Ctx, permission: Permission, orgUnitId: string): Promise<void> {
  const held = await requireVisible(ctx, orgUnitId);
  if (!held.has("award.read")) throw new NotFound();
  if (!held.has(permission)) throw new Forbidden();
}
