import { and, eq, inArray, isNull, ne, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { grants, sessions, users } from "../../db/schema";
import { rowsOf } from "../../db/sql";

/** Users holding a live grant inside the scope, in Vietnamese order of their names. */
export async function listUsersInScope(db: Db, scope: SQL, q: string | undefined) {
  const filter = q ? sql`and (vi_unaccent(u.display_name) like ${`%${q}%`} or u.username like ${`%${q}%`})` : sql``;
  const result = await db.execute(sql`select u.id from users u
    where exists (select 1 from grants g where g.user_id = u.id and g.revoked_at is null and g.org_unit_id in (${scope})) ${filter}
    order by vi_name_sort_key(u.display_name) collate "C" limit 500`);
  return rowsOf<{ id: string }>(result).map((r) => r.id);
}

/** The ids a subquery of unit ids yields (a scope), as a set. */
export async function unitIdsOf(db: Db, units: SQL): Promise<Set<string>> {
  return new Set(rowsOf<{ id: string }>(await db.execute(units)).map((r) => r.id));
}

/** The member record a user's account is linked to, if any. */
export async function memberIdOfUser(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ memberId: users.memberId }).from(users).where(eq(users.id, userId));
  return row?.memberId ?? null;
}

export function findUsers(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select().from(users).where(inArray(users.id, ids));
}

export function findUserByUsername(db: Db, username: string) {
  return db.query.users.findFirst({ where: eq(users.username, username) });
}

export function liveGrantsOf(db: Db, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(grants)
    .where(and(inArray(grants.userId, userIds), isNull(grants.revokedAt)));
}

export function findGrant(db: Db, id: string) {
  return db.query.grants.findFirst({ where: and(eq(grants.id, id), isNull(grants.revokedAt)) });
}

export async function insertUser(db: Db, row: typeof users.$inferInsert) {
  await db.insert(users).values(row);
}

export async function insertGrant(db: Db, row: typeof grants.$inferInsert) {
  await db.insert(grants).values(row);
}

export async function revokeGrant(db: Db, id: string, at: Date) {
  await db.update(grants).set({ revokedAt: at }).where(eq(grants.id, id));
}

/** Updates a user if its version is still `expected`; returns false when it is stale. */
export async function updateUser(db: Db, id: string, expected: number, changes: Partial<typeof users.$inferInsert>) {
  const rows = await db
    .update(users)
    .set({ ...changes, version: sql`${users.version} + 1` })
    .where(and(eq(users.id, id), eq(users.version, expected)))
    .returning({ id: users.id });
  return rows.length === 1;
}

export async function deleteSessionsOf(db: Db, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Ends every session of a user but one (the one that is acting). */
export async function deleteOtherSessions(db: Db, userId: string, keepSessionId: string) {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)));
}
