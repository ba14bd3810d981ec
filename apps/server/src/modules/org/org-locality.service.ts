import type { OrgUnit, SetLocalityInput } from "@dangvu/contract";
import { requireCan } from "../../access/require";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { Conflict } from "../../errors";
import { activeUnit, getUnit } from "./org.service";
import { setLocality } from "./org-papers.repo";

/**
 * Sets the place name a unit's documents are dated from ("Bình Sơn, ngày …"); an empty text clears it, and the unit's
 * papers then take the nearest one above. A stale version is refused (409).
 */
export async function setUnitLocality(ctx: Ctx, id: string, input: SetLocalityInput): Promise<OrgUnit> {
  await requireCan(ctx, "org.write", id);
  const current = await activeUnit(ctx, id);
  if (current.version !== input.version) throw new Conflict("version.stale", {}, { version: "version.stale" });
  const locality = input.locality?.trim() || null;
  await ctx.transaction(async (tx) => {
    if (!(await setLocality(tx, id, input.version, locality)))
      throw new Conflict("version.stale", {}, { version: "version.stale" });
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "org.localitySet",
      entityType: "orgUnit",
      entityId: id,
      before: { locality: current.locality },
      after: { locality },
    });
  });
  return getUnit(ctx, id);
}
