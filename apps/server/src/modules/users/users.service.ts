import { randomUUID } from "node:crypto";
import type {
  CreateGrantInput,
  CreateUserInput,
  GrantView,
  RoleCode,
  UpdateUserInput,
  UserView,
} from "@dangvu/contract";
import { heldAt, heldIfVisible, permissionsIfVisible } from "../../access/require";
import { canGrantRole } from "../../access/roles";
import { scopeUnitIds } from "../../access/scope";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { unaccentJs } from "../../db/sql";
import { Conflict, Forbidden, NotFound, RuleViolation } from "../../errors";
import { getUnit, unitNames } from "../org";
import { hashPassword, verifyPassword } from "./passwords";
import * as repo from "./users.repo";

/** The users with a grant in the actor's subtree. */
export async function listUsers(ctx: Ctx, q?: string): Promise<UserView[]> {
  const ids = await repo.listUsersInScope(ctx.db, scopeUnitIds(ctx.actor, "user.read"), q ? unaccentJs(q) : undefined);
  const views = await toViews(ctx, ids);
  return ids.map((id) => views.get(id)).filter((v): v is UserView => v !== undefined);
}

/** One user, if some grant of theirs lies in the actor's subtree. */
export async function getUser(ctx: Ctx, id: string): Promise<UserView> {
  const view = (await toViews(ctx, [id])).get(id);
  if (!view) throw new NotFound();
  if (!(await anyVisible(ctx, view.grants))) throw new NotFound();
  return view;
}

/** Creates a user with a first grant; the actor may grant only inside their subtree and no more than they hold. */
export async function createUser(ctx: Ctx, input: CreateUserInput): Promise<UserView> {
  await requireGrantable(ctx, input.role, input.orgUnitId);
  if (await repo.findUserByUsername(ctx.db, input.username)) {
    throw new Conflict("user.usernameTaken", { username: input.username }, { username: "user.usernameTaken" });
  }
  const id = randomUUID();
  const passwordHash = await hashPassword(input.password);
  await ctx.transaction(async (tx) => {
    await repo.insertUser(tx, {
      id,
      username: input.username,
      displayName: input.displayName,
      passwordHash,
      createdAt: ctx.now,
    });
    await repo.insertGrant(tx, {
      id: randomUUID(),
      userId: id,
      roleCode: input.role,
      orgUnitId: input.orgUnitId,
      grantedBy: ctx.actor.userId,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "user.created",
      entityType: "user",
      entityId: id,
      after: { username: input.username, displayName: input.displayName, role: input.role, orgUnitId: input.orgUnitId },
    });
  });
  return getUser(ctx, id);
}

/** Changes a user's name, status or password; a disabled user is signed out everywhere. */
export async function updateUser(ctx: Ctx, id: string, input: UpdateUserInput): Promise<UserView> {
  const before = await requireManaged(ctx, id);
  if (input.isActive === false && id === ctx.actor.userId)
    throw new RuleViolation("user.cannotDeactivateSelf", {}, { isActive: "user.cannotDeactivateSelf" });
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  await ctx.transaction(async (tx) => {
    const changes = { displayName: input.displayName, isActive: input.isActive, passwordHash };
    if (!(await repo.updateUser(tx, id, input.version, changes)))
      throw new Conflict("version.stale", {}, { version: "version.stale" });
    if (input.isActive === false || passwordHash) await repo.deleteSessionsOf(tx, id);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "user.updated",
      entityType: "user",
      entityId: id,
      before: { displayName: before.displayName, isActive: before.isActive },
      after: { displayName: input.displayName, isActive: input.isActive, passwordChanged: Boolean(passwordHash) },
    });
  });
  return getUser(ctx, id);
}

/** Gives a user one more role over a subtree. */
export async function addGrant(ctx: Ctx, userId: string, input: CreateGrantInput): Promise<UserView> {
  const user = await getUser(ctx, userId);
  await requireGrantable(ctx, input.role, input.orgUnitId);
  if (user.grants.some((g) => g.role === input.role && g.orgUnitId === input.orgUnitId))
    throw new Conflict("user.grantExists");
  const grant = {
    id: randomUUID(),
    userId,
    roleCode: input.role,
    orgUnitId: input.orgUnitId,
    grantedBy: ctx.actor.userId,
    createdAt: ctx.now,
  };
  await ctx.transaction(async (tx) => {
    await repo.insertGrant(tx, grant);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "user.granted",
      entityType: "user",
      entityId: userId,
      after: { grantId: grant.id, ...input },
    });
  });
  return getUser(ctx, userId);
}

/** Takes a grant away; only someone who could have given it may. */
export async function revokeGrant(ctx: Ctx, grantId: string): Promise<UserView> {
  const grant = await repo.findGrant(ctx.db, grantId);
  if (!grant) throw new NotFound();
  // Someone who may not read the user at all learns nothing of the grant (404), as for the user itself.
  await getUser(ctx, grant.userId);
  await requireGrantable(ctx, grant.roleCode as RoleCode, grant.orgUnitId);
  await ctx.transaction(async (tx) => {
    await repo.revokeGrant(tx, grantId, ctx.now);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "user.revoked",
      entityType: "user",
      entityId: grant.userId,
      before: { grantId, role: grant.roleCode, orgUnitId: grant.orgUnitId },
    });
  });
  return (await toViews(ctx, [grant.userId])).get(grant.userId) as UserView;
}

/** Changes the actor's own password after checking the current one; other sessions are closed. */
export async function changeOwnPassword(ctx: Ctx, currentPassword: string, newPassword: string) {
  const [user] = await repo.findUsers(ctx.db, [ctx.actor.userId]);
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new RuleViolation("auth.wrongPassword", {}, { currentPassword: "auth.wrongPassword" });
  }
  const passwordHash = await hashPassword(newPassword);
  await ctx.transaction(async (tx) => {
    await repo.updateUser(tx, user.id, user.version, { passwordHash });
    await repo.deleteOtherSessions(tx, user.id, ctx.actor.sessionId);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "user.passwordChanged",
      entityType: "user",
      entityId: user.id,
    });
  });
  return { ok: true as const };
}

async function requireGrantable(ctx: Ctx, role: RoleCode, orgUnitId: string) {
  const held = await heldAt(ctx, orgUnitId);
  if (!held.permissions.has("user.manage")) throw new Forbidden();
  await getUnit(ctx, orgUnitId);
  if (!canGrantRole(held, role)) throw new Forbidden("access.roleTooHigh");
}

/** The user must have a grant in view, and every grant they hold must be one the actor could manage. */
async function requireManaged(ctx: Ctx, id: string) {
  const [user] = await repo.findUsers(ctx.db, [id]);
  const view = await getUser(ctx, id);
  for (const grant of view.grants) {
    const held = await heldIfVisible(ctx, grant.orgUnitId);
    if (!held?.permissions.has("user.manage") || !canGrantRole(held, grant.role)) throw new Forbidden();
  }
  return user as NonNullable<typeof user>;
}

/** For the audit trail: the unit of the first grant of the user through which the actor may read users. */
export async function locateUserForAudit(ctx: Ctx, id: string): Promise<{ orgUnitId: string } | undefined> {
  for (const grant of await repo.liveGrantsOf(ctx.db, [id])) {
    const held = await permissionsIfVisible(ctx, grant.orgUnitId);
    if (held?.has("user.read")) return { orgUnitId: grant.orgUnitId };
  }
  return undefined;
}

async function anyVisible(ctx: Ctx, grants: GrantView[]): Promise<boolean> {
  for (const grant of grants) {
    const held = await permissionsIfVisible(ctx, grant.orgUnitId);
    if (held?.has("user.read")) return true;
  }
  return false;
}

async function toViews(ctx: Ctx, ids: string[]): Promise<Map<string, UserView>> {
  const [users, grants] = await Promise.all([repo.findUsers(ctx.db, ids), repo.liveGrantsOf(ctx.db, ids)]);
  const names = await unitNames(ctx.db, [...new Set(grants.map((g) => g.orgUnitId))]);
  const manageable = await manageableUnits(ctx);
  return new Map(
    users.map((u) => {
      const own = grants.filter((g) => g.userId === u.id);
      const view: UserView = {
        id: u.id,
        username: u.username,
        displayName: u.displayName,
        isActive: u.isActive,
        version: u.version,
        grants: own.map((g) => ({
          id: g.id,
          role: g.roleCode as RoleCode,
          orgUnitId: g.orgUnitId,
          orgUnitName: names.get(g.orgUnitId) ?? "",
        })),
        can: {
          update: own.every(
            (g) => manageable.units.has(g.orgUnitId) && canGrantRole(manageable.held, g.roleCode as RoleCode),
          ),
          grant: manageable.units.size > 0,
        },
      };
      return [u.id, view];
    }),
  );
}

/** The units where the actor manages users, and what they hold there (for the `can` flags). */
async function manageableUnits(ctx: Ctx) {
  const units = await repo.unitIdsOf(ctx.db, scopeUnitIds(ctx.actor, "user.manage"));
  const managing = ctx.actor.grants.filter((g) => g.permissions.has("user.manage"));
  const held = {
    roles: managing.map((g) => g.role),
    permissions: new Set(managing.flatMap((g) => [...g.permissions])),
  };
  return { units, held };
}
