import { heldIfVisible, requireCan } from "../../access/require";
import type { Ctx } from "../../context";
import { Forbidden, NotFound } from "../../errors";

export { confidentialScope } from "./inspection-scope.repo";

/**
 * The inspection committee's records are confidential (journeys.md, chị Mai; issue 11): a case, a letter or a
 * discipline file is read by those holding `inspection.read` over its unit, and by holders of the roles the record
 * names (`shared_with_roles`), read-only. Anyone else is told nothing: 404 even inside their grant, as for a kind of
 * record their role may not read at all. Inside, a reader without `inspection.write` who tries to change it gets 403.
 */
export async function requireInspectionAt(
  ctx: Ctx,
  permission: "inspection.read" | "inspection.write",
  orgUnitId: string,
  sharedWithRoles: readonly string[] = [],
): Promise<{ write: boolean }> {
  const held = await heldIfVisible(ctx, orgUnitId);
  if (!held) throw new NotFound();
  const write = held.permissions.has("inspection.write");
  if (held.permissions.has("inspection.read")) {
    if (permission === "inspection.write" && !write) throw new Forbidden();
    return { write };
  }
  if (!held.roles.some((role) => sharedWithRoles.includes(role))) throw new NotFound();
  if (permission === "inspection.write") throw new Forbidden();
  return { write: false };
}

/**
 * A list narrowed to one unit's subtree (`orgUnitId` in the query) needs `inspection.read` there: 404 outside every
 * grant, 403 inside without it. Without the narrowing, the list holds what `confidentialScope` lets through.
 */
export async function requireListWithin(ctx: Ctx, orgUnitId: string | undefined): Promise<void> {
  if (orgUnitId) await requireCan(ctx, "inspection.read", orgUnitId);
}
