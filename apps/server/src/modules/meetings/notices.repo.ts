import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { notices } from "../../db/schema";

export type NoticeRow = typeof notices.$inferSelect;

/** One page of the notices of a unit still posted, newest first, with their count (an index on unit and day serves both). */
export async function listNotices(
  db: Db,
  orgUnitId: string,
  page: { page: number; pageSize: number },
): Promise<{ rows: NoticeRow[]; total: number }> {
  const where = and(eq(notices.orgUnitId, orgUnitId), isNull(notices.withdrawnAt));
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(notices)
      .where(where)
      .orderBy(desc(notices.postedOn), desc(notices.createdAt), desc(notices.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(notices).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
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
