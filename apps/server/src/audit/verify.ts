import { asc, gt } from "drizzle-orm";
import type { Db } from "../db/database";
import { auditEvents } from "../db/schema";
import { chainHash, genesisHash } from "./canonical";

export type ChainReport = { ok: true; count: number } | { ok: false; count: number; brokenAt: number; reason: string };

/** Walks the whole audit chain in order and names the first event whose link or content does not match. */
export async function verifyAuditChain(db: Db, batchSize = 5000): Promise<ChainReport> {
  let prevHash = genesisHash;
  let expectedSeq = 1;
  let count = 0;
  for (;;) {
    const batch = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, expectedSeq - 1))
      .orderBy(asc(auditEvents.seq))
      .limit(batchSize);
    if (batch.length === 0) return { ok: true, count };
    for (const event of batch) {
      if (event.seq !== expectedSeq) return broken(count, expectedSeq, `missing event ${expectedSeq}`);
      if (event.prevHash !== prevHash) return broken(count, event.seq, "prevHash does not match the previous event");
      const { seq, at, actorUserId, action, entityType, entityId, before, after } = event;
      const hash = chainHash(prevHash, { seq, at, actorUserId, action, entityType, entityId, before, after });
      if (hash !== event.hash) return broken(count, event.seq, "content does not match its hash");
      prevHash = event.hash;
      expectedSeq++;
      count++;
    }
  }
}

function broken(count: number, brokenAt: number, reason: string): ChainReport {
  return { ok: false, count, brokenAt, reason };
}
