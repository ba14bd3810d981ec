import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { checkinAttempts } from "../../db/schema";

/**
 * Counts one check-in attempt of a member at a meeting, in one statement so that parallel attempts (on any app
 * server) cannot share a count: a window older than `windowMinutes` starts again at this attempt. Returns the
 * attempts in the window, this one included, and when the window started.
 */
export async function countCheckinAttempt(
  db: Db,
  meetingId: string,
  memberId: string,
  now: Date,
  windowMinutes: number,
) {
  const at = sql`${now.toISOString()}::timestamptz`;
  const expired = sql`${checkinAttempts.windowStart} <= ${at} - make_interval(mins => ${windowMinutes})`;
  const [row] = await db
    .insert(checkinAttempts)
    .values({ meetingId, memberId, windowStart: now, attempts: 1 })
    .onConflictDoUpdate({
      target: [checkinAttempts.meetingId, checkinAttempts.memberId],
      set: {
        attempts: sql`case when ${expired} then 1 else ${checkinAttempts.attempts} + 1 end`,
        windowStart: sql`case when ${expired} then ${at} else ${checkinAttempts.windowStart} end`,
      },
    })
    .returning({ attempts: checkinAttempts.attempts, windowStart: checkinAttempts.windowStart });
  if (!row) throw new Error("countCheckinAttempt: the upsert returned no row");
  return row;
}

/** Forgets a member's attempts at a meeting once they are checked in. */
export async function clearCheckinAttempts(db: Db, meetingId: string, memberId: string) {
  await db
    .delete(checkinAttempts)
    .where(and(eq(checkinAttempts.meetingId, meetingId), eq(checkinAttempts.memberId, memberId)));
}
