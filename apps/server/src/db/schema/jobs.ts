import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Long work run in the background (imports; later reports and backups): its state and progress live here, not in
 * the process that runs it, so that any app server on the same database answers the progress GET.
 */
export const jobs = pgTable(
  "jobs",
  {
    id: uuid("id").primaryKey(),
    kind: text("kind").notNull(),
    /** The user who started it: the only one who reads it. */
    userId: uuid("user_id").notNull(),
    /** running, done, failed. */
    state: text("state").notNull(),
    progress: jsonb("progress").$type<Record<string, unknown>>().notNull(),
    result: jsonb("result"),
    error: jsonb("error").$type<Record<string, unknown>>(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [index("jobs_user_idx").on(t.userId, t.createdAt)],
);
