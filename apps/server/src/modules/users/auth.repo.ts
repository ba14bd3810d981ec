import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { grants, roles, sessions, users } from "../../db/schema";
import { rowsOf } from "../../db/sql";
import { currentUnitsSql } from "../org";

export function findUserByUsername(db: Db, username: string) {
  return db.query.users.findFirst({ where: eq(users.username, username) });
}

export function findUserById(db: Db, id: string) {
  return db.query.users.findFirst({ where: eq(users.id, id) });
}

/**
 * Counts a wrong password in one statement (parallel attempts cannot lose a count) and locks the account when the
 * count reaches `maxFailures`; a lock that has run out starts the count again.
 */
export async function recordFailedLogin(db: Db, userId: string, now: Date, maxFailures: number, lockMinutes: number) {
  const at = sql`${now.toISOString()}::timestamptz`;
  const failures = sql`(case when ${users.lockedUntil} is not null and ${users.lockedUntil} <= ${at} then 1
    else ${users.failedLogins} + 1 end)`;
  await db
    .update(users)
    .set({
      failedLogins: failures,
      lockedUntil: sql`case when ${failures} >= ${maxFailures} then ${at} + make_interval(mins => ${lockMinutes})
        else null end`,
    })
    .where(eq(users.id, userId));
}

export async function resetFailedLogins(db: Db, userId: string) {
  await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, userId));
}

/** Replaces a password hash by a new hash of the same password, unless the password changed in the meantime. */
export async function replacePasswordHash(db: Db, userId: string, oldHash: string, newHash: string) {
  await db
    .update(users)
    .set({ passwordHash: newHash })
    .where(and(eq(users.id, userId), eq(users.passwordHash, oldHash)));
}

export async function insertSession(db: Db, row: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(row);
}

export async function deleteSession(db: Db, id: string) {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteUserSessions(db: Db, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** The session with its active user and live grants (with permissions), in one query, or undefined when expired or unknown. */
export async function findLiveSessionWithGrants(db: Db, id: string, now: Date) {
  const result =
    await db.execute(sql`select s.id as "sessionId", s.csrf_token as "csrfToken", s.expires_at as "expiresAt", u.id as "userId", u.username,
      u.display_name as "displayName",
      coalesce((select json_agg(json_build_object('id', g.id, 'role', g.role_code, 'orgUnitId', g.org_unit_id, 'permissions', r.permissions) order by g.created_at)
        from grants g join roles r on r.code = g.role_code where g.user_id = u.id and g.revoked_at is null), '[]') as grants
    from sessions s join users u on u.id = s.user_id
    where s.id = ${id} and s.expires_at > ${now.toISOString()}::timestamptz and u.is_active`);
  return rowsOf<{
    sessionId: string;
    csrfToken: string;
    expiresAt: Date | string;
    userId: string;
    username: string;
    displayName: string;
    grants: { id: string; role: string; orgUnitId: string; permissions: string[] }[];
  }>(result)[0];
}

/** The session with its active user, in one query, or undefined when expired or unknown. */
export async function findLiveSession(db: Db, id: string, now: Date) {
  const [row] = await db
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      language: users.language,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now), eq(users.isActive, true)));
  return row;
}

/** The live grants of a user, with their role's permissions and the unit's current name. */
export function listUserGrants(db: Db, userId: string) {
  return db
    .select({
      id: grants.id,
      role: grants.roleCode,
      orgUnitId: grants.orgUnitId,
      permissions: roles.permissions,
      orgUnitName: sql<string>`coalesce((select u.name from ${currentUnitsSql()} u where u.id = ${grants.orgUnitId}), '')`,
    })
    .from(grants)
    .innerJoin(roles, eq(roles.code, grants.roleCode))
    .where(and(eq(grants.userId, userId), isNull(grants.revokedAt)))
    .orderBy(grants.createdAt);
}
