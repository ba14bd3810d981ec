import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { jobs } from "../../db/schema";

export type JobRow = typeof jobs.$inferSelect;

export async function insertJob(db: Db, row: typeof jobs.$inferInsert) {
  await db.insert(jobs).values(row);
}

/** This user's latest jobs, newest first (only the one asked for, when `id` is given); nobody reads another's jobs. */
export function findUserJobs(db: Db, userId: string, id: string | undefined, limit: number): Promise<JobRow[]> {
  return db
    .select()
    .from(jobs)
    .where(and(eq(jobs.userId, userId), id ? eq(jobs.id, id) : undefined))
    .orderBy(desc(jobs.createdAt))
    .limit(limit);
}

/** Progress of a running job: one short statement, so that other requests pass between a job's steps. */
export async function setJobProgress(db: Db, id: string, progress: Record<string, unknown>, now: Date) {
  await db.update(jobs).set({ progress, updatedAt: now }).where(eq(jobs.id, id));
}

export async function finishJob(
  db: Db,
  id: string,
  end: {
    state: "done" | "failed";
    progress: Record<string, unknown>;
    result?: unknown;
    error?: Record<string, unknown>;
  },
  now: Date,
) {
  await db
    .update(jobs)
    .set({ ...end, result: end.result ?? null, error: end.error ?? null, updatedAt: now, finishedAt: now })
    .where(eq(jobs.id, id));
}
