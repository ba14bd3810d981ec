import { sql } from "drizzle-orm";
import { roleCatalog } from "../access/roles";
import type { Database } from "../db/database";
import { calendarDays, roles, ruleSettings, scoringTemplates } from "../db/schema";
import { seededCalendar } from "../rules/calendar-data";
import { seededScoringTemplate } from "../rules/scoring-template";
import { serverModules } from "../server-modules";

// Any constant, distinct from the audit chain's: app servers starting together on one PostgreSQL prepare it in turn.
const prepareLock = 775_402;

/**
 * Prepares the database (`prepare` below). On PostgreSQL a session advisory lock, held on a connection of its own,
 * makes app servers that start at the same moment do it one after the other: run together, two migrators both
 * create the first table and one of them fails (`npm run verify -- --servers 2` starts two at once).
 */
export async function prepareDatabase(database: Database): Promise<void> {
  if (!database.pool) return prepare(database);
  const lock = await database.pool.connect();
  try {
    await lock.query("select pg_advisory_lock($1)", [prepareLock]);
    await prepare(database);
  } finally {
    await lock.query("select pg_advisory_unlock($1)", [prepareLock]).catch(() => undefined);
    lock.release();
  }
}

/** Migrates the schema and keeps the role catalogue and the seeded rule settings in place. */
async function prepare(database: Database): Promise<void> {
  await database.migrate();
  const { db } = database;
  for (const [code, permissions] of Object.entries(roleCatalog)) {
    await db
      .insert(roles)
      .values({ code, permissions })
      .onConflictDoUpdate({ target: roles.code, set: { permissions: sql`excluded.permissions` } });
  }
  // The seeded versions' descriptions follow the code; their values, once stored, are never overwritten.
  for (const setting of serverModules().flatMap((m) => m.ruleSettings ?? [])) {
    await db
      .insert(ruleSettings)
      .values({ ...setting, note: setting.note ?? null })
      .onConflictDoUpdate({
        target: [ruleSettings.key, ruleSettings.validFrom],
        set: { source: setting.source, confidence: setting.confidence, note: setting.note ?? null },
      });
  }
  await db.insert(calendarDays).values(seededCalendar()).onConflictDoNothing();
  await db.insert(scoringTemplates).values(seededScoringTemplate).onConflictDoNothing();
  for (const module of serverModules()) await module.seed?.(db);
}
