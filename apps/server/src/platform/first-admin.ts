import { randomUUID } from "node:crypto";
import readline from "node:readline/promises";
import { recordAudit } from "../audit/audit";
import type { Db } from "../db/database";
import { grants, users } from "../db/schema";
import { hasUser, insertUnits, isEmpty } from "../demo/seed";
import { hashPassword } from "../modules/users";

/** `npx dangvu init`: asks for the top unit (on an empty database) and the first administrator, then creates them. */
export async function createFirstAdmin(db: Db): Promise<number> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const ask = async (question: string, fallback = "") => (await rl.question(question)).trim() || fallback;
  try {
    const empty = await isEmpty(db);
    const unitName = empty
      ? await ask("Tên tổ chức cấp cao nhất [Đảng bộ Khối các cơ quan tỉnh]: ", "Đảng bộ Khối các cơ quan tỉnh")
      : "";
    const username = (await ask("Tên đăng nhập [admin]: ", "admin")).toLowerCase();
    if (!/^[a-z0-9._-]{3,40}$/.test(username))
      throw new Error("Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch; 3–40 ký tự.");
    if (await hasUser(db, username)) throw new Error(`Tên đăng nhập "${username}" đã có.`);
    const displayName = await ask("Họ tên: ", "Quản trị viên");
    const password = await ask("Mật khẩu (ít nhất 8 ký tự): ");
    if (password.length < 8) throw new Error("Mật khẩu phải có ít nhất 8 ký tự.");
    const passwordHash = await hashPassword(password);
    const now = new Date();
    await db.transaction(async (tx) => {
      const rootId = empty ? randomUUID() : await topUnitId(tx);
      if (empty) {
        const today = now.toISOString().slice(0, 10);
        await insertUnits(
          tx,
          [
            {
              id: rootId,
              name: unitName,
              type: "upper_committee",
              parentId: null,
              establishedOn: today,
              body: unitName,
            },
          ],
          now,
        );
      }
      const userId = randomUUID();
      await tx.insert(users).values({ id: userId, username, displayName, passwordHash, createdAt: now });
      await tx
        .insert(grants)
        .values({ id: randomUUID(), userId, roleCode: "admin", orgUnitId: rootId, createdAt: now });
      await recordAudit(tx, null, now, {
        action: "user.created",
        entityType: "user",
        entityId: userId,
        after: { username, displayName, role: "admin", by: "dangvu init" },
      });
    });
    console.log(`Đã tạo quản trị viên "${username}". Chạy npm start rồi đăng nhập.`);
    return 0;
  } finally {
    rl.close();
  }
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
