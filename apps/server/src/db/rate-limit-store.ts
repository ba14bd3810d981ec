import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import { is, sql } from "drizzle-orm";
import { NodePgDatabase } from "drizzle-orm/node-postgres";
import type { Db } from "./database";
import { rowsOf } from "./sql";

/** One hit counted: the hits of the key's window so far, this one included, and the milliseconds the window has left. */
export interface Hit {
  current: number;
  ttl: number;
}

/**
 * Counts one hit of a key in one statement, so that parallel requests on any app server cannot share a count: a
 * window that has ended starts again at this hit. The database's clock decides, not the app servers' own.
 */
export async function countHit(db: Db, key: string, windowMs: number): Promise<Hit> {
  const result = await db.execute(sql`
    insert into rate_limit_hits as h (key, count, reset_at)
    values (${key}, 1, now() + make_interval(secs => ${windowMs / 1000}))
    on conflict (key) do update set
      count = case when h.reset_at <= now() then 1 else h.count + 1 end,
      reset_at = case when h.reset_at <= now() then excluded.reset_at else h.reset_at end
    returning count, ceil(extract(epoch from reset_at - now()) * 1000)::int as ttl`);
  const row = rowsOf<{ count: number; ttl: number }>(result)[0];
  if (!row) throw new Error("countHit: the upsert returned no row");
  return { current: Number(row.count), ttl: Math.max(0, Number(row.ttl)) };
}

/** Forgets the windows that have ended (a later hit of their key would start again at 1 anyway). */
export async function forgetEndedWindows(db: Db): Promise<number> {
  const result = await db.execute(sql`delete from rate_limit_hits where reset_at <= now()`);
  return (result as { affectedRows?: number; rowCount?: number }).rowCount ?? 0;
}

const cleanupEveryMs = 60_000;

/**
 * A store for @fastify/rate-limit that keeps the counters in the database, so that every app server on one
 * PostgreSQL counts against the same limit. Each limited route counts under its own prefix (method and URL, as the
 * plugin's Redis store does), so a session's searches and an address's sign-ins never add up. About once a minute
 * a hit also deletes the ended windows, without waiting for it.
 */
export function databaseRateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  let lastCleanup = Date.now();
  const cleanup = () => {
    if (Date.now() - lastCleanup < cleanupEveryMs) return;
    lastCleanup = Date.now();
    // The next cleanup retries; a failed delete loses nothing.
    forgetEndedWindows(db).then(undefined, (error: Error) =>
      console.warn(`Xoá bộ đếm giới hạn đã hết hạn thất bại (rate-limit cleanup failed): ${error.message}`),
    );
  };
  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    constructor(
      _options: unknown,
      private readonly prefix = "",
    ) {}

    incr(key: string, callback: (error: Error | null, result?: Hit) => void, timeWindow: number) {
      cleanup();
      countHit(db, this.prefix + key, timeWindow).then(
        (hit) => callback(null, hit),
        (error: Error) => callback(error),
      );
    }

    // The plugin passes the route's merged limit settings with the route under `routeInfo` (its types say otherwise).
    child(routeOptions: object): FastifyRateLimitStore {
      const route = (routeOptions as { routeInfo?: { method?: unknown; url?: string } }).routeInfo;
      const method = Array.isArray(route?.method) ? route.method.join(",") : String(route?.method ?? "");
      return new DatabaseRateLimitStore(routeOptions, `${this.prefix}${method}${route?.url ?? ""}-`);
    }
  }
  return DatabaseRateLimitStore as unknown as FastifyRateLimitStoreCtor;
}

/**
 * The store the app's rate limits use: the database's on PostgreSQL, where several app servers may share it; on
 * the embedded database (one server by construction: the data directory is locked) the plugin's memory store,
 * which adds no statement to the limited requests on its single connection.
 */
export function rateLimitStoreFor(db: Db): FastifyRateLimitStoreCtor | undefined {
  return is(db, NodePgDatabase) ? databaseRateLimitStore(db) : undefined;
}
