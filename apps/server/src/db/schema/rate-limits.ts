import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * The rate limits' counters when several app servers share one PostgreSQL (db/rate-limit-store.ts): one row per
 * limited key (a route and an address or a session), counting the hits of its current window. Created UNLOGGED by
 * its migration: the counters are worth no WAL, and losing them in a crash only restarts the windows.
 */
export const rateLimitHits = pgTable("rate_limit_hits", {
  key: text("key").primaryKey(),
  count: integer("count").notNull(),
  resetAt: timestamp("reset_at", { withTimezone: true, mode: "date" }).notNull(),
});
