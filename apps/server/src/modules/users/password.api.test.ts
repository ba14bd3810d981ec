import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { aUnit } from "../../../test/builders";
import { api, testNow, useTestApp } from "../../../test/harness";
import { grants, users } from "../../db/schema";
import { hashPassword } from "./passwords";

const t = useTestApp();

async function signIn(username: string, password: string) {
  const res = await api(t.app).anonymous.post("/api/auth/login", { username, password });
  expect(res.statusCode, res.body).toBe(200);
  return { cookie: String(res.headers["set-cookie"]).split(";")[0] as string, csrf: res.json().csrfToken as string };
}

const me = (session: { cookie: string }) =>
  t.app.inject({ method: "GET", url: "/api/me", headers: { cookie: session.cookie } });

describe("POST /api/me/password", () => {
  it("changes the password and signs out every other session of the user, keeping the one that changed it", async () => {
    const unit = await aUnit(t.db, { name: "Chi bộ Mật khẩu", type: "grassroots_cell" });
    const id = randomUUID();
    await t.db.insert(users).values({
      id,
      username: "doimk",
      displayName: "Người Đổi Mật Khẩu",
      passwordHash: await hashPassword("mat-khau-cu-1"),
      createdAt: testNow,
    });
    await t.db
      .insert(grants)
      .values({ id: randomUUID(), userId: id, roleCode: "member", orgUnitId: unit, createdAt: testNow });
    const laptop = await signIn("doimk", "mat-khau-cu-1");
    const phone = await signIn("doimk", "mat-khau-cu-1");
    const res = await t.app.inject({
      method: "POST",
      url: "/api/me/password",
      headers: { cookie: laptop.cookie, "x-csrf-token": laptop.csrf },
      payload: { currentPassword: "mat-khau-cu-1", newPassword: "mat-khau-moi-2" },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await me(laptop)).statusCode).toBe(200);
    expect((await me(phone)).statusCode).toBe(401);
    await signIn("doimk", "mat-khau-moi-2");
  });
});
