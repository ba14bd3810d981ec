import { randomUUID } from "node:crypto";
import { recordAudit } from "../audit/audit";
import type { Db } from "../db/database";
import { grants, users } from "../db/schema";
import { hasUser, insertUnits, isEmpty } from "../demo/seed";
import { hashPassword } from "../modules/users";
import type { FirstAdminInput } from "./first-admin-input";
import { StartupError } from "./startup-failure";

/**
 * `npx dangvu init`: creates the first administrator with an admin grant on the top unit, and on an empty database
 * the top unit itself, in one transaction with its audit entry. Every check comes first: on any error nothing is
 * written. Returns whether the top unit was created.
 */
export async function createFirstAdmin(db: Db, input: FirstAdminInput): Promise<{ unitCreated: boolean }> {
  const { username, displayName, password, unitName } = input;
  if (!/^[a-z0-9._-]{3,40}$/.test(username))
    throw new StartupError(
      `tên đăng nhập "${username}" không hợp lệ: chỉ gồm chữ thường không dấu, số, dấu chấm, gạch; 3–40 ký tự`,
      `username "${username}" is not valid: lowercase letters a–z, digits, dot, dash, underscore; 3–40 characters`,
    );
  if (password.length < 8)
    throw new StartupError("mật khẩu phải có ít nhất 8 ký tự", "the password must have at least 8 characters");
  if (await hasUser(db, username))
    throw new StartupError(`tên đăng nhập "${username}" đã có`, `username "${username}" already exists`);
  const empty = await isEmpty(db);
  const passwordHash = await hashPassword(password);
  const now = new Date();
  await db.transaction(async (tx) => {
    const rootId = empty ? randomUUID() : await topUnitId(tx);
    if (empty) {
      const today = now.toISOString().slice(0, 10);
      await insertUnits(
        tx,
        [{ id: rootId, name: unitName, type: "upper_committee", parentId: null, establishedOn: today, body: unitName }],
        now,
      );
    }
    const userId = randomUUID();
    await tx.insert(users).values({ id: userId, username, displayName, passwordHash, createdAt: now });
    await tx.insert(grants).values({ id: randomUUID(), userId, roleCode: "admin", orgUnitId: rootId, createdAt: now });
    await recordAudit(tx, null, now, {
      action: "user.created",
      entityType: "user",
      entityId: userId,
      after: { username, displayName, role: "admin", by: "dangvu init" },
    });
  });
  return { unitCreated: empty };
}

async function topUnitId(db: Db): Promise<string> {
  const { orgUnitVersions } = await import("../db/schema");
  const { isNull, and } = await import("drizzle-orm");
  const [row] = await db
    .select({ id: orgUnitVersions.orgUnitId })
    .from(orgUnitVersions)
    .where(and(isNull(orgUnitVersions.parentId), isNull(orgUnitVersions.validTo)))
    .limit(1);
  if (!row) throw new Error("Không tìm thấy tổ chức cấp cao nhất.");
  return row.id;
}
