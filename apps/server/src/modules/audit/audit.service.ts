import type { AuditEvent } from "@dangvu/contract";
import { and, asc, eq } from "drizzle-orm";
import { requireCan } from "../../access/require";
import type { Ctx } from "../../context";
import { auditEvents } from "../../db/schema";
import { NotFound } from "../../errors";

/** How to find the unit that governs who may read an entity's history; modules register theirs. */
type ScopeResolver = (ctx: Ctx, entityId: string) => Promise<{ orgUnitId: string; asOf?: string } | undefined>;
const resolvers = new Map<string, ScopeResolver>();

export function registerAuditEntity(entityType: string, resolve: ScopeResolver) {
  resolvers.set(entityType, resolve);
}

/** The history of one record, oldest first, for those allowed to read audit in its unit. */
export async function listAuditEvents(ctx: Ctx, entityType: string, entityId: string): Promise<AuditEvent[]> {
  const resolve = resolvers.get(entityType);
  const scope = resolve ? await resolve(ctx, entityId) : undefined;
  if (!scope) throw new NotFound();
  await requireCan(ctx, "audit.read", scope.orgUnitId, scope.asOf);
  const rows = await ctx.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
    .orderBy(asc(auditEvents.seq))
    .limit(1000);
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at.toISOString(),
    actorName: r.actorName,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    before: r.before,
    after: r.after,
  }));
}
