import { createHash, randomBytes } from "node:crypto";
import type { LoginInput, LoginResult, Me } from "@dangvu/contract";
import type { Actor } from "../../access/actor";
import { cachesOf } from "../../access/caches";
import { recordAudit } from "../../audit/audit";
import type { Ctx, PublicCtx } from "../../context";
import type { Db } from "../../db/database";
import { Unauthorized } from "../../errors";
import * as repo from "./auth.repo";
import { hashPassword, needsRehash, verifyPassword } from "./passwords";

export const sessionCookie = "dangvu_session";
const sessionDays = 14;
const maxFailures = 5;
const lockMinutes = 15;
// A hash, with hashPassword's cost, of a random password nobody knows: an unknown name is checked against it.
const dummyHash = "$scrypt$ln=15,r=8,p=3$5Js0lBLs0WrMfYBdbQWMnQ$KBi7c+k2Xfg/F+IhLJyChYNk5FUroqq8dSP07WI/4WI";

/**
 * Checks a username and password and opens a session; returns the session token for the cookie. Five wrong
 * passwords in a row lock the account for 15 minutes. An unknown name, a locked account and a wrong password get
 * the same answer after the same work (one password check), so neither tells which names exist or are locked.
 */
export async function login(ctx: PublicCtx, input: LoginInput): Promise<LoginResult & { token: string }> {
  const user = await repo.findUserByUsername(ctx.db, input.username.toLowerCase());
  const passwordOk = await verifyPassword(user?.passwordHash ?? dummyHash, input.password);
  const refused = new Unauthorized("auth.invalidCredentials", { failures: maxFailures, minutes: lockMinutes });
  if (!user) throw refused;
  if (user.lockedUntil && user.lockedUntil > ctx.now) throw refused;
  if (!passwordOk) {
    await repo.recordFailedLogin(ctx.db, user.id, ctx.now, maxFailures, lockMinutes);
    throw refused;
  }
  if (!user.isActive) throw new Unauthorized("auth.inactive");
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  const sessionId = sessionIdOf(token);
  // A hash from an earlier release (argon2id) or cost is replaced now, while the password is at hand.
  const upgradedHash = needsRehash(user.passwordHash) ? await hashPassword(input.password) : undefined;
  await ctx.transaction(async (tx) => {
    await repo.resetFailedLogins(tx, user.id);
    if (upgradedHash) await repo.replacePasswordHash(tx, user.id, user.passwordHash, upgradedHash);
    await repo.insertSession(tx, {
      id: sessionId,
      userId: user.id,
      csrfToken,
      createdAt: ctx.now,
      expiresAt: new Date(ctx.now.getTime() + sessionDays * 86_400_000),
    });
    await recordAudit(tx, { userId: user.id, displayName: user.displayName }, ctx.now, {
      action: "auth.login",
      entityType: "user",
      entityId: user.id,
      ...(upgradedHash ? { after: { passwordHash: "upgraded to scrypt" } } : {}),
    });
  });
  const actor = await loadActor(ctx.db, sessionId, ctx.now);
  if (!actor) throw new Unauthorized();
  return { token, csrfToken, user: await toMe(ctx.db, actor) };
}

/** Ends this session, or every session of the user when `everywhere` is set. */
export async function logout(ctx: Ctx, everywhere: boolean): Promise<void> {
  await ctx.transaction(async (tx) => {
    if (everywhere) await repo.deleteUserSessions(tx, ctx.actor.userId);
    else await repo.deleteSession(tx, ctx.actor.sessionId);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: everywhere ? "auth.logoutEverywhere" : "auth.logout",
      entityType: "user",
      entityId: ctx.actor.userId,
    });
  });
}

/** The signed-in user with grants and the union of permissions. */
export async function me(ctx: Ctx): Promise<Me> {
  return { ...(await toMe(ctx.db, ctx.actor)), csrfToken: ctx.actor.csrfToken };
}

/**
 * Resolves a session cookie to the acting user with their grants, or null. Kept in the server's cache until the
 * session expires or sessions, users, grants or roles change (see access/caches.ts).
 */
export async function loadActor(db: Db, sessionId: string, now: Date): Promise<Actor | null> {
  const caches = cachesOf(db);
  const cached = caches?.actor(sessionId, now);
  if (cached) return cached;
  const stamp = caches?.actorStamp() ?? 0;
  const session = await repo.findLiveSessionWithGrants(db, sessionId, now);
  if (!session) return null;
  const actor: Actor = {
    userId: session.userId,
    username: session.username,
    displayName: session.displayName,
    sessionId: session.sessionId,
    csrfToken: session.csrfToken,
    grants: session.grants.map((g) => ({
      id: g.id,
      role: g.role as Actor["grants"][number]["role"],
      orgUnitId: g.orgUnitId,
      permissions: new Set(g.permissions),
    })),
  };
  caches?.keepActor(actor, new Date(session.expiresAt), stamp);
  return actor;
}

export function sessionIdOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

async function toMe(db: Db, actor: Actor): Promise<Me> {
  const [user, grantRows] = await Promise.all([
    repo.findUserById(db, actor.userId),
    repo.listUserGrants(db, actor.userId),
  ]);
  const permissions = new Set(grantRows.flatMap((g) => g.permissions));
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    language: user?.language === "en" ? "en" : "vi",
    grants: grantRows.map((g) => ({
      id: g.id,
      role: g.role as Me["grants"][number]["role"],
      orgUnitId: g.orgUnitId,
      orgUnitName: g.orgUnitName,
      permissions: [...g.permissions].sort(),
    })),
    permissions: [...permissions].sort(),
  };
}
