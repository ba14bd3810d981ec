import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { aUnit } from "../../../test/builders";
import { testNow } from "../../../test/harness";
import { openTestDatabase } from "../../../test/test-db";
import { type App, buildApp } from "../../app";
import type { Database } from "../../db/database";
import { grants, users } from "../../db/schema";
import { hashPassword } from "./passwords";

// Counts the password checks: every answer to a sign-in, whatever the account, costs exactly one.
const verifications = vi.hoisted(() => ({ count: 0 }));
vi.mock("./passwords", async (original) => {
  const actual = await original<typeof import("./passwords")>();
  return {
    ...actual,
    verifyPassword: (hash: string, password: string) => {
      verifications.count++;
      return actual.verifyPassword(hash, password);
    },
  };
});

let database: Database;
const clock = { now: testNow };
const apps: App[] = [];
let unit: string;

/**
 * Each test's app counts afresh. On PostgreSQL the counts live in the database, shared by every app on it (as by
 * several servers), so the other tests' sign-ins from the same address are cleared first.
 */
async function anApp(options: { trustProxy?: boolean | string[]; loginRateLimit?: number } = {}) {
  await database.db.execute(sql`delete from rate_limit_hits`);
  const app = await buildApp({ db: database.db, clock: () => clock.now, logger: false, ...options });
  apps.push(app);
  return app;
}

async function aUser(username: string, password: string) {
  const id = randomUUID();
  await database.db.insert(users).values({
    id,
    username,
    displayName: `Người ${username}`,
    passwordHash: await hashPassword(password),
    createdAt: testNow,
  });
  await database.db
    .insert(grants)
    .values({ id: randomUUID(), userId: id, roleCode: "cell_secretary", orgUnitId: unit, createdAt: testNow });
}

const login = (app: App, username: string, password: string, headers: Record<string, string> = {}) =>
  app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password }, headers });

beforeAll(async () => {
  database = await openTestDatabase();
  unit = await aUnit(database.db, { name: "Chi bộ Khóa", type: "grassroots_cell" });
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await database?.close();
});

describe("the sign-in rate limit per address", () => {
  it("cannot be dodged with a made-up X-Forwarded-For when no proxy is configured", async () => {
    const app = await anApp({ loginRateLimit: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await login(app, "ai-do", "x", { "x-forwarded-for": `203.0.113.${i}` })).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it("counts the client address a configured proxy forwards", async () => {
    const app = await anApp({ loginRateLimit: 3, trustProxy: ["127.0.0.1"] });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await login(app, "ai-do", "x", { "x-forwarded-for": `203.0.113.${i}` })).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401]);
    expect((await login(app, "ai-do", "x", { "x-forwarded-for": "203.0.113.1" })).statusCode).toBe(401);
    for (let i = 0; i < 2; i++) await login(app, "ai-do", "x", { "x-forwarded-for": "203.0.113.1" });
    expect((await login(app, "ai-do", "x", { "x-forwarded-for": "203.0.113.1" })).statusCode).toBe(429);
  });
});

describe("the lock of an account", () => {
  it("answers a locked account, an unknown name and a wrong password alike, each after one password check", async () => {
    const app = await anApp({ loginRateLimit: 1000 });
    await aUser("khoa", "mat-khau-123");
    await aUser("mo", "mat-khau-123");
    for (let i = 0; i < 5; i++) expect((await login(app, "khoa", "sai")).statusCode).toBe(401);
    const answers = [];
    for (const [name, password] of [
      ["khoa", "mat-khau-123"], // locked, right password
      ["khoa", "sai"], // locked, wrong password
      ["khong-ai", "mat-khau-123"], // unknown name
      ["mo", "sai"], // wrong password
    ] as const) {
      verifications.count = 0;
      const res = await login(app, name, password);
      answers.push({ status: res.statusCode, body: res.body, checks: verifications.count });
    }
    expect(answers[0]?.status).toBe(401);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]?.checks).toBe(1);
  });

  it("lasts 15 minutes, then the right password opens a session and the count starts again", async () => {
    const app = await anApp({ loginRateLimit: 1000 });
    await aUser("cho", "mat-khau-123");
    for (let i = 0; i < 5; i++) await login(app, "cho", "sai");
    try {
      clock.now = new Date(testNow.getTime() + 14 * 60_000);
      expect((await login(app, "cho", "mat-khau-123")).statusCode).toBe(401);
      clock.now = new Date(testNow.getTime() + 16 * 60_000);
      // One more failure after the lock ran out does not lock again at once.
      expect((await login(app, "cho", "sai")).statusCode).toBe(401);
      expect((await login(app, "cho", "mat-khau-123")).statusCode).toBe(200);
    } finally {
      clock.now = testNow;
    }
  });
});
