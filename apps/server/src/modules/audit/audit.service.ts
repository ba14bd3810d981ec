import type { AuditEvent } from "@dangvu/contract";
import { requireCan } from "../../access/require";
import type { Ctx } from "../../context";
import { NotFound } from "../../errors";
import * as repo from "./audit.repo";

/**
 * The history of one record, oldest first, for those allowed to read both the audit trail and the record itself
 * in its unit; before/after values are masked as the record would be.
 */
export async function listAuditEvents(ctx: Ctx, entityType: string, entityId: string): Promise<AuditEvent[]> {
  const entity = ctx.registry.auditEntities.get(entityType);
  const place = entity ? await entity.locate(ctx, entityId) : undefined;
  if (!entity || !place) throw new NotFound();
  const held = await requireCan(ctx, "audit.read", place.orgUnitId, place.asOf);
  if (!held.has(entity.readPermission)) throw new NotFound();
  const mask = (value: unknown) =>
    entity.mask && value && typeof value === "object" && !Array.isArray(value)
      ? entity.mask(value as Record<string, unknown>, held)
      : value;
  const rows = await repo.eventsOf(ctx.db, entityType, entityId);
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at.toISOString(),
    actorName: r.actorName,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    before: mask(r.before),
    after: mask(r.after),
  }));
}
