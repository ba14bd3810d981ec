import { and, asc, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { auditEvents } from "../../db/schema";

/** One record's audit events, oldest first (at most 1,000). */
export function eventsOf(db: Db, entityType: string, entityId: string) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
    .orderBy(asc(auditEvents.seq))
    .limit(1000);
}

/**
 * Who opened a confidential record and when, newest first: its audit events of the action `<entityType>.opened`,
 * which the owning module writes on every read of the record.
 */
export async function openingsOf(
  db: Db,
  entityType: string,
  entityId: string,
): Promise<{ at: string; byName: string }[]> {
  const rows = await db
    .select({ at: auditEvents.at, byName: auditEvents.actorName })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, entityType),
        eq(auditEvents.entityId, entityId),
        eq(auditEvents.action, `${entityType}.opened`),
      ),
    )
    .orderBy(desc(auditEvents.seq))
    .limit(500);
  return rows.map((r) => ({ at: r.at.toISOString(), byName: r.byName ?? "" }));
}
