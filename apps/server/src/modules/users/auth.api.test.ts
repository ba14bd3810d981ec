import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { aUnit } from "../../../test/builders";
import { anActor, api, testNow, useTestApp } from "../../../test/harness";
import { auditEvents, grants, users } from "../../db/schema";
import { hashPassword } from "./passwords";

const t = useTestApp();
let unit: string;

async function aUser(username: string, password: string) {
  const id = randomUUID();
  await t.db.insert(users).values({
    id,
    username,
    displayName: `Người ${username}`,
    passwordHash: await hashPassword(password),
    createdAt: testNow,
  });
  await t.db
    .insert(grants)
    .values({ id: randomUUID(), userId: id, roleCode: "cell_secretary", orgUnitId: unit, createdAt: testNow });
  return id;
}

const login = (username: string, password: string) =>
  api(t.app).anonymous.post("/api/auth/login", { username, password });
const cookieOf = (res: Awaited<ReturnType<typeof login>>) => String(res.headers["set-cookie"]).split(";")[0] as string;

beforeAll(async () => {
  unit = await aUnit(t.db, { name: "Chi bộ Đăng nhập", type: "grassroots_cell" });
});

describe("signing in", () => {
  it("opens a session with an HttpOnly cookie and returns the user and a CSRF token", async () => {
    await aUser("hung", "mat-khau-123");
    const res = await login("hung", "mat-khau-123");
    expect(res.statusCode).toBe(200);
    expect(String(res.headers["set-cookie"])).toMatch(/HttpOnly; SameSite=Lax/);
    const body = res.json();
    expect(body.user).toMatchObject({
      username: "hung",
      grants: [{ role: "cell_secretary", orgUnitName: "Chi bộ Đăng nhập" }],
    });
    const me = await t.app.inject({ method: "GET", url: "/api/me", headers: { cookie: cookieOf(res) } });
    expect(me.json().username).toBe("hung");
    // Each grant carries what its role holds, so the screens keep no role table of their own.
    expect(me.json().grants[0].permissions).toEqual(expect.arrayContaining(["meeting.write", "rating.write"]));
    expect(me.json().grants[0].permissions).not.toContain("rating.decide");
  });

  it("refuses a wrong password with a Vietnamese message (401)", async () => {
    await aUser("lan", "mat-khau-123");
    const res = await login("lan", "sai-mat-khau");
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toBe(
      "Tên đăng nhập hoặc mật khẩu không đúng. Sau 5 lần nhập sai liên tiếp, tài khoản bị tạm khóa 15 phút.",
    );
    expect((await login("khong-co", "x")).statusCode).toBe(401);
  });

  it("answers in English when the UI asks for it", async () => {
    const res = await api(t.app).anonymous.post(
      "/api/auth/login",
      { username: "lan", password: "x" },
      { "accept-language": "en" },
    );
    expect(res.json().message).toMatch(/^Wrong username or password\./);
  });

  it("locks an account after five failures, even for the right password, answering as for a wrong one", async () => {
    await aUser("mai", "mat-khau-123");
    for (let i = 0; i < 5; i++) await login("mai", "sai");
    const res = await login("mai", "mat-khau-123");
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual((await login("khong-co-ai", "sai")).json());
  });

  it("rejects missing fields (400)", async () => {
    const res = await api(t.app).anonymous.post("/api/auth/login", { username: "" });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().fields).sort()).toEqual(["password", "username"]);
  });
});

describe("a password hash from an earlier release (argon2id)", () => {
  // @node-rs/argon2's hash of "correct-horse-1", as earlier releases stored it.
  const argon2Hash =
    "$argon2id$v=19$m=19456,t=2,p=1$ovvqtonO2aR1jAfT2ih+jw$ofC6vM9UkyYAgzMpAMZYcMzvh5ldMBqUjnR/YpWgKHQ";
  const hashOf = async (id: string) =>
    (await t.db.select({ h: users.passwordHash }).from(users).where(eq(users.id, id)))[0]?.h;

  it("still signs in, and is replaced by scrypt in the sign-in's own audited transaction", async () => {
    const username = `cu${randomUUID().slice(0, 6)}`;
    const id = await aUser(username, "khong-dung");
    await t.db.update(users).set({ passwordHash: argon2Hash }).where(eq(users.id, id));

    expect((await login(username, "correct-horse-2")).statusCode).toBe(401);
    expect(await hashOf(id)).toBe(argon2Hash); // a wrong password changes nothing

    expect((await login(username, "correct-horse-1")).statusCode).toBe(200);
    const upgraded = await hashOf(id);
    expect(upgraded).toMatch(/^\$scrypt\$ln=15,r=8,p=3\$/);
    const [entry] = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(entry).toMatchObject({ action: "auth.login", after: { passwordHash: "upgraded to scrypt" } });

    expect((await login(username, "correct-horse-1")).statusCode).toBe(200);
    expect(await hashOf(id)).toBe(upgraded); // upgraded once
  });
});

describe("signing out", () => {
  it("ends this session only, or every session with everywhere=1", async () => {
    await aUser("tu", "mat-khau-123");
    const first = await login("tu", "mat-khau-123");
    const second = await login("tu", "mat-khau-123");
    const headers = (res: typeof first) => ({ cookie: cookieOf(res), "x-csrf-token": res.json().csrfToken });
    const out = await t.app.inject({ method: "POST", url: "/api/auth/logout", headers: headers(first), payload: {} });
    expect(out.statusCode).toBe(200);
    expect((await t.app.inject({ method: "GET", url: "/api/me", headers: headers(first) })).statusCode).toBe(401);
    expect((await t.app.inject({ method: "GET", url: "/api/me", headers: headers(second) })).statusCode).toBe(200);
    const third = await login("tu", "mat-khau-123");
    await t.app.inject({ method: "POST", url: "/api/auth/logout?everywhere=1", headers: headers(third), payload: {} });
    expect((await t.app.inject({ method: "GET", url: "/api/me", headers: headers(second) })).statusCode).toBe(401);
  });

  it("needs a session (401) and the CSRF token (403)", async () => {
    expect((await api(t.app).anonymous.post("/api/auth/logout")).statusCode).toBe(401);
    await aUser("thu", "mat-khau-123");
    const res = await login("thu", "mat-khau-123");
    expect(res.statusCode).toBe(200);
    const noToken = await t.app.inject({
      method: "POST",
      url: "/api/auth/logout",
      headers: { cookie: cookieOf(res) },
      payload: {},
    });
    expect(noToken.statusCode).toBe(403);
    expect((await t.app.inject({ method: "GET", url: "/api/me", headers: { cookie: cookieOf(res) } })).statusCode).toBe(
      200,
    );
  });
});

describe("public endpoints", () => {
  it("answers health and the OpenAPI document without a session", async () => {
    expect((await api(t.app).anonymous.get("/api/health")).json()).toEqual({ status: "ok" });
    const spec = (await api(t.app).anonymous.get("/api/openapi.json")).json();
    expect(Object.keys(spec.paths)).toContain("/api/org-units/{id}/events");
    expect((await api(t.app).anonymous.get("/api/docs")).statusCode).toBeLessThan(400);
  });

  it("keeps the API docs public, and nothing answers a private route's data without a session", async () => {
    const docs = await api(t.app).anonymous.get("/api/docs/");
    expect(docs.statusCode).toBeLessThan(400);
    expect((await api(t.app).anonymous.get("/api/docs/json")).statusCode).toBe(200);
    for (const url of ["/api/members", "/api/me", "/api/org-units"])
      expect((await api(t.app).anonymous.get(url)).statusCode).toBe(401);
  });

  it("answers unknown API routes with a Vietnamese 404", async () => {
    const res = await api(t.app).anonymous.get("/api/khong-co");
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toBe("Không có đường dẫn API này.");
  });
});

describe("the sign-in check", () => {
  it("goes by the routed path: an encoded /%61pi/ prefix still needs a session (401), and works with one", async () => {
    const res = await api(t.app).anonymous.get("/%61pi/members");
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe("auth.required");
    const actor = await anActor(t.db, { role: "cell_secretary", orgUnitId: unit });
    expect((await api(t.app).as(actor).get("/%61pi/members")).statusCode).toBe(200);
    expect((await api(t.app).as(actor).post("/%61pi/auth/logout", {}, { "x-csrf-token": "wrong" })).statusCode).toBe(
      403,
    );
  });
});

describe("caching", () => {
  it("forbids storing any API answer (personal data), refusals included, but not the API docs", async () => {
    const actor = await anActor(t.db, { role: "cell_secretary", orgUnitId: unit });
    for (const res of [
      await api(t.app).as(actor).get("/api/me"),
      await api(t.app).as(actor).get("/api/members"),
      await api(t.app).anonymous.get("/api/members"),
      await api(t.app).anonymous.get("/api/khong-co"),
      await login("khong-co", "x"),
    ])
      expect(res.headers["cache-control"]).toBe("no-store");
    expect((await api(t.app).anonymous.get("/api/docs/static/index.html")).headers["cache-control"]).not.toBe(
      "no-store",
    );
  });
});
