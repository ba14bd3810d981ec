import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/database";
import { notices } from "../../db/schema";

export type NoticeRow = typeof notices.$inferSelect;

/** The notices of a unit still posted, newest first (at most 200). */
export function listNotices(db: Db, orgUnitId: string): Promise<NoticeRow[]> {
  return db
    .select()
    .from(notices)
    .where(and(eq(notices.orgUnitId, orgUnitId), isNull(notices.withdrawnAt)))
    .orderBy(desc(notices.postedOn), desc(notices.createdAt))
    .limit(200);
}

export async function findNotice(db: Db, id: string): Promise<NoticeRow | undefined> {
  const [row] = await db.select().from(notices).where(eq(notices.id, id));
  return row;
}

export async function insertNotice(db: Db, row: typeof notices.$inferInsert) {
  await db.insert(notices).values(row);
}

export async function withdrawNotice(db: Db, id: string, at: Date) {
  await db.update(notices).set({ withdrawnAt: at }).where(eq(notices.id, id));
}
