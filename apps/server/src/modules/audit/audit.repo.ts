import { and, asc, eq } from "drizzle-orm";
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
