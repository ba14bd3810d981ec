import rateLimit from "@fastify/rate-limit";
import { sql } from "drizzle-orm";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/test-db";
import type { Database } from "./database";
import { countHit, databaseRateLimitStore, forgetEndedWindows, rateLimitStoreFor } from "./rate-limit-store";
import { rowsOf } from "./sql";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

let keys = 0;
const aKey = () => `test-${process.pid}-${++keys}-${Math.random().toString(36).slice(2)}`;

/** An app with two limited routes (3 a minute per address) counting in the database, as one app server. */
async function aServer() {
  const app = Fastify({ logger: false });
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(database.db) });
  const config = { rateLimit: { max: 3, timeWindow: "1 minute" } };
  app.get("/a", { config }, async () => ({ ok: true }));
  app.get("/b", { config }, async () => ({ ok: true }));
  await app.ready();
  return app;
}

describe("the database rate-limit store", () => {
  it("counts the hits of a key in its window, each key on its own, with the time the window has left", async () => {
    const [one, two] = [aKey(), aKey()];
    const first = await countHit(database.db, one, 60_000);
    expect(first.current).toBe(1);
    expect(first.ttl).toBeGreaterThan(58_000);
    expect(first.ttl).toBeLessThanOrEqual(60_000);
    expect((await countHit(database.db, one, 60_000)).current).toBe(2);
    expect((await countHit(database.db, two, 60_000)).current).toBe(1);
    expect((await countHit(database.db, one, 60_000)).current).toBe(3);
  });

  it("starts a window again at 1 once it has ended", async () => {
    const key = aKey();
    for (let i = 0; i < 4; i++) await countHit(database.db, key, 60_000);
    await database.db.execute(
      sql`update rate_limit_hits set reset_at = now() - interval '1 second' where key = ${key}`,
    );
    const hit = await countHit(database.db, key, 60_000);
    expect(hit.current).toBe(1);
    expect(hit.ttl).toBeGreaterThan(58_000);
  });

  it("gives parallel hits of one key every count once", async () => {
    const key = aKey();
    const hits = await Promise.all(Array.from({ length: 25 }, () => countHit(database.db, key, 60_000)));
    expect(hits.map((h) => h.current).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it("forgets the windows that have ended and keeps the others", async () => {
    const [ended, live] = [aKey(), aKey()];
    await countHit(database.db, ended, 60_000);
    await countHit(database.db, live, 60_000);
    await database.db.execute(
      sql`update rate_limit_hits set reset_at = now() - interval '1 second' where key = ${ended}`,
    );
    expect(await forgetEndedWindows(database.db)).toBeGreaterThanOrEqual(1);
    const rows = rowsOf<{ key: string }>(
      await database.db.execute(sql`select key from rate_limit_hits where key in (${ended}, ${live})`),
    );
    expect(rows.map((r) => r.key)).toEqual([live]);
  });

  it("makes two app servers on one database enforce one limit: the fourth request of an address is refused on either", async () => {
    const [serverA, serverB] = [await aServer(), await aServer()];
    try {
      const address = `10.77.${keys % 250}.${Math.floor(Math.random() * 250)}`;
      const get = (app: typeof serverA, url: string) => app.inject({ method: "GET", url, remoteAddress: address });
      const statuses = [];
      for (const app of [serverA, serverB, serverA, serverB]) statuses.push((await get(app, "/a")).statusCode);
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect((await get(serverA, "/a")).statusCode).toBe(429);
      // Another route counts on its own: the address's requests to /a do not use up /b.
      expect((await get(serverB, "/b")).statusCode).toBe(200);
    } finally {
      await serverA.close();
      await serverB.close();
    }
  });

  it("is used on PostgreSQL only: the embedded database keeps the counters in memory", () => {
    const store = rateLimitStoreFor(database.db);
    if (database.kind === "postgres") expect(store).toBeDefined();
    else expect(store).toBeUndefined();
  });
});
