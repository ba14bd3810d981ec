import { permissionsIfVisible } from "../../access/require";
import type { Ctx } from "../../context";
import { Forbidden, NotFound } from "../../errors";
import * as repo from "./members.repo";

/**
 * Finds a member the actor may see (404 otherwise): through their unit, or, for a receiving cell, through a transfer
 * on its way to it or a temporary stay in it (`receiving`). A receiving cell reads the record without its personal
 * data and writes only the reception (`allowReceiving`); with `permission`, 403 when the member is visible but the
 * action is not allowed.
 */
export async function requireMember(ctx: Ctx, id: string, permission?: string, allowReceiving = false) {
  const member = await repo.findMember(ctx.db, id);
  if (!member) throw new NotFound();
  const own = await permissionsIfVisible(ctx, member.orgUnitId);
  if (own?.has("member.read")) {
    if (permission && !own.has(permission)) throw new Forbidden();
    return { member, held: own, receiving: false };
  }
  const held = await receivingPermissions(ctx, id, member.temporaryOrgUnitId);
  if (!held) throw new NotFound();
  if (permission && (!held.has(permission) || (permission === "member.write" && !allowReceiving)))
    throw new Forbidden("member.receiverOnly");
  return { member, held: held as ReadonlySet<string>, receiving: true };
}

/**
 * What a receiving cell may do with a member coming to it (an open transfer) or staying in it for a while: read, and
 * write the reception while a transfer is open. Null when the actor sees neither cell.
 */
async function receivingPermissions(ctx: Ctx, id: string, hostUnitId: string | null): Promise<Set<string> | null> {
  let held: Set<string> | null = null;
  for (const transfer of await repo.transfersInto(ctx.db, id)) {
    if (!transfer.toOrgUnitId) continue;
    const there = await permissionsIfVisible(ctx, transfer.toOrgUnitId);
    if (there?.has("member.read"))
      held = new Set(["member.read", ...(there.has("member.write") ? ["member.write"] : [])]);
  }
  if (held || !hostUnitId) return held;
  const host = await permissionsIfVisible(ctx, hostUnitId);
  return host?.has("member.read") ? new Set(["member.read"]) : null;
}

/** For the audit trail: the member's own unit, when the actor may see the member. */
export async function locateMemberForAudit(ctx: Ctx, id: string): Promise<{ orgUnitId: string }> {
  const { member } = await requireMember(ctx, id);
  return { orgUnitId: member.orgUnitId };
}
