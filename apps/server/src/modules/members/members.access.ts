import { permissionsIfVisible } from "../../access/require";
import type { Ctx } from "../../context";
import { Forbidden, NotFound } from "../../errors";
import * as repo from "./members.repo";

/**
 * Finds a member the actor may see (404 otherwise): through their unit, or, for a receiving unit, through a
 * transfer that is on its way to it. With `permission`, 403 when the member is visible but the action is not allowed.
 */
export async function requireMember(ctx: Ctx, id: string, permission?: string) {
  const member = await repo.findMember(ctx.db, id);
  if (!member) throw new NotFound();
  let held = await permissionsIfVisible(ctx, member.orgUnitId);
  if (!held?.has("member.read")) {
    for (const transfer of await repo.transfersInto(ctx.db, id)) {
      if (!transfer.toOrgUnitId) continue;
      const there = await permissionsIfVisible(ctx, transfer.toOrgUnitId);
      if (there?.has("member.read")) held = there;
    }
  }
  if (!held?.has("member.read")) throw new NotFound();
  if (permission && !held.has(permission)) throw new Forbidden();
  return { member, held };
}

/** For the audit trail: the member's own unit, when the actor may see the member. */
export async function locateMemberForAudit(ctx: Ctx, id: string): Promise<{ orgUnitId: string }> {
  const { member } = await requireMember(ctx, id);
  return { orgUnitId: member.orgUnitId };
}
