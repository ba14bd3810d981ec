import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { RoleCode } from "@dangvu/contract";
import { sql } from "drizzle-orm";
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { type App, buildApp } from "../src/app";
import type { Database, Db } from "../src/db/database";
import { grants, sessions, users } from "../src/db/schema";
import { rowsOf } from "../src/db/sql";
import { testNow } from "./test-clock";
import { openTestDatabase } from "./test-db";

export { testNow, today } from "./test-clock";

export interface TestActor {
  userId: string;
  username: string;
  cookie: string;
  csrfToken: string;
}

export interface TestContext {
  app: App;
  db: Db;
  database: Database;
  clock: { now: Date };
}

const demoWait = (options: { demo?: boolean }) => (options.demo ? 600_000 : undefined);

/**
 * One database and one app for a test file, built before its tests and closed after; `demo` starts the database with
 * the demo committee seeded (password demoPassword, at testNow), made once per run.
 */
export function useTestApp(options: { demo?: boolean } = {}): TestContext {
  const context = {} as TestContext;
  beforeAll(async () => {
    context.database = await openTestDatabase(options);
    context.db = context.database.db;
    context.clock = { now: testNow };
    context.app = await buildApp({
      db: context.db,
      clock: () => context.clock.now,
      loginRateLimit: 1000,
      logger: process.env.DANGVU_TEST_LOG === "1",
    });
    // The run's first demo file seeds it (a minute, several on a busy machine); the others wait for it.
  }, demoWait(options));
  afterAll(async () => {
    await context.app?.close();
    await context.database?.close();
  });
  return context;
}

// A precomputed hash of "correct-horse-1": actors get sessions directly, without paying for a hash each.
export const testPassword = "correct-horse-1";
const testPasswordHash = "$scrypt$ln=15,r=8,p=3$+pkNWtjIl+UEc8uWy4CQGg$PmlOu9N1RicXjWBj4T67VGjEqhBaRF0/kIC6zJACmvQ";

/** A user with one grant and a live session. */
export async function anActor(
  db: Db,
  grant: { role: RoleCode; orgUnitId: string },
  username = `u${randomBytes(4).toString("hex")}`,
): Promise<TestActor> {
  const userId = randomUUID();
  await db.insert(users).values({
    id: userId,
    username,
    displayName: `Người dùng ${username}`,
    passwordHash: testPasswordHash,
    createdAt: testNow,
  });
  await db
    .insert(grants)
    .values({ id: randomUUID(), userId, roleCode: grant.role, orgUnitId: grant.orgUnitId, createdAt: testNow });
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(16).toString("hex");
  await db.insert(sessions).values({
    id: createHash("sha256").update(token).digest("hex"),
    userId,
    csrfToken,
    createdAt: testNow,
    expiresAt: new Date(testNow.getTime() + 86_400_000 * 30),
  });
  return { userId, username, cookie: `dangvu_session=${token}`, csrfToken };
}

type Body = InjectOptions["payload"];

/** `api(app).as(actor).post(url, body)`: requests with the actor's cookie and CSRF token. */
export function api(app: App) {
  const call = (
    actor: TestActor | null,
    method: InjectOptions["method"],
    url: string,
    payload?: Body,
    headers: Record<string, string> = {},
  ) =>
    // A change a test wrote straight into the database reaches the server's caches before the request, as a change
    // made on another server does within a round trip (on PGlite it already has).
    app.caches.sync().then(() =>
      app.inject({
        method,
        url,
        payload,
        headers: { ...(actor ? { cookie: actor.cookie, "x-csrf-token": actor.csrfToken } : {}), ...headers },
      }),
    );
  const client = (actor: TestActor | null) => ({
    get: (url: string, headers?: Record<string, string>) => call(actor, "GET", url, undefined, headers),
    post: (url: string, body?: Body, headers?: Record<string, string>) => call(actor, "POST", url, body ?? {}, headers),
    patch: (url: string, body?: Body, headers?: Record<string, string>) =>
      call(actor, "PATCH", url, body ?? {}, headers),
    put: (url: string, body?: Body, headers?: Record<string, string>) => call(actor, "PUT", url, body ?? {}, headers),
    delete: (url: string, headers?: Record<string, string>) => call(actor, "DELETE", url, undefined, headers),
  });
  return { as: client, anonymous: client(null) };
}

const snapshotTables = [
  "org_units",
  "org_unit_versions",
  "org_unit_events",
  "terms",
  "committee_positions",
  "users",
  "grants",
  "audit_events",
];

/** A fingerprint of every business table, to check that a refused write changed nothing. */
export async function snapshot(db: Db, tables: string[] = snapshotTables): Promise<string> {
  const parts: string[] = [];
  for (const table of tables) {
    const result = await db.execute(
      sql.raw(
        `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h, count(*) as n from ${table} t`,
      ),
    );
    const row = rowsOf<{ h: string; n: number }>(result)[0];
    parts.push(`${table}:${row?.n}:${row?.h}`);
  }
  return parts.join("\n");
}

/** The value of a report indicator for a unit and a period, as `GET /api/reports/figures` answers it. */
export async function figure(
  app: App,
  actor: TestActor,
  indicator: string,
  orgUnitId: string,
  from: string,
  to: string,
): Promise<number | null> {
  const res = await api(app)
    .as(actor)
    .get(`/api/reports/figures?indicator=${indicator}&orgUnitId=${orgUnitId}&from=${from}&to=${to}`);
  if (res.statusCode !== 200) throw new Error(`${indicator}: ${res.statusCode} ${res.body}`);
  return res.json().value;
}
