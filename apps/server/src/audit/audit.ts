import { desc, sql } from "drizzle-orm";
import type { Actor } from "../access/actor";
import type { Tx } from "../db/database";
import { auditEvents } from "../db/schema";
import { chainHash, genesisHash } from "./canonical";

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

// Any constant: one advisory lock serialises appends so the hash chain never forks under concurrent writers.
const auditChainLock = 775_401;

/** Appends an audit event inside the caller's transaction, chained to the previous one. */
export async function recordAudit(
  tx: Tx,
  actor: Pick<Actor, "userId" | "displayName"> | null,
  now: Date,
  entry: AuditEntry,
) {
  await tx.execute(sql`select pg_advisory_xact_lock(${auditChainLock})`);
  const [last] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const fields = {
    seq: (last?.seq ?? 0) + 1,
    at: now,
    actorUserId: actor?.userId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: toJson(entry.before),
    after: toJson(entry.after),
  };
  const prevHash = last?.hash ?? genesisHash;
  await tx.insert(auditEvents).values({
    ...fields,
    actorName: actor?.displayName ?? null,
    prevHash,
    hash: chainHash(prevHash, fields),
  });
}

/** Plain JSON (dates as ISO strings), the form jsonb gives back. */
function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
