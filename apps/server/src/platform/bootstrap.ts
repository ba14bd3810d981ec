import fs from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { roleCatalog } from "../access/roles";
import { type Database, type Db, migrationsFolder } from "../db/database";
import { calendarDays, roles, ruleSettings, scoringTemplates } from "../db/schema";
import { rowsOf } from "../db/sql";
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
    // A connection that cannot unlock is closed instead of returned to the pool: closing it releases the lock.
    const unlocked = await lock.query("select pg_advisory_unlock($1)", [prepareLock]).then(
      () => true,
      (error: Error) => error,
    );
    lock.release(unlocked === true ? undefined : unlocked);
  }
}

/**
 * Migrates the schema and keeps the role catalogue and the seeded rule settings in place. A restart on a database
 * already up to date only reads (a handful of statements): it writes, and so fires the roles' change notice to the
 * other app servers, only what the code changed.
 */
async function prepare(database: Database): Promise<void> {
  if (!(await migrationsApplied(database))) await database.migrate();
  const { db } = database;
  await seedRoles(db);
  await seedRuleSettings(db);
  await seedCalendar(db);
  for (const module of serverModules()) await module.seed?.(db);
}

/** The role catalogue as the code has it: only roles whose permissions differ are written. */
async function seedRoles(db: Db) {
  const stored = new Map((await db.select().from(roles)).map((r) => [r.code, JSON.stringify(r.permissions)]));
  const changed = Object.entries(roleCatalog)
    .filter(([code, permissions]) => stored.get(code) !== JSON.stringify(permissions))
    .map(([code, permissions]) => ({ code, permissions }));
  if (changed.length > 0)
    await db
      .insert(roles)
      .values(changed)
      .onConflictDoUpdate({ target: roles.code, set: { permissions: sql`excluded.permissions` } });
}

interface Described {
  key: string;
  validFrom: string;
  source: string | null;
  confidence: string;
  note: string | null;
}
const described = (s: Described) => JSON.stringify([s.key, s.validFrom, s.source, s.confidence, s.note]);

/** The seeded versions' descriptions follow the code; their values, once stored, are never overwritten. */
async function seedRuleSettings(db: Db) {
  const stored = new Set((await db.select().from(ruleSettings)).map(described));
  const changed = serverModules()
    .flatMap((m) => m.ruleSettings ?? [])
    .map((setting) => ({ ...setting, source: setting.source ?? null, note: setting.note ?? null }))
    .filter((setting) => !stored.has(described(setting)));
  if (changed.length > 0)
    await db
      .insert(ruleSettings)
      .values(changed)
      .onConflictDoUpdate({
        target: [ruleSettings.key, ruleSettings.validFrom],
        set: { source: sql`excluded.source`, confidence: sql`excluded.confidence`, note: sql`excluded.note` },
      });
}

/** The seeded days off and the scoring template, each added once. */
async function seedCalendar(db: Db) {
  const stored = new Set((await db.select({ day: calendarDays.day }).from(calendarDays)).map((d) => d.day));
  const added = seededCalendar().filter((d) => !stored.has(d.day));
  if (added.length > 0) await db.insert(calendarDays).values(added).onConflictDoNothing();
  const [scoring] = await db
    .select({ id: scoringTemplates.id })
    .from(scoringTemplates)
    .where(eq(scoringTemplates.id, seededScoringTemplate.id));
  if (!scoring) await db.insert(scoringTemplates).values(seededScoringTemplate).onConflictDoNothing();
}

/**
 * True when the database already has the newest migration in the journal: one statement instead of the migrator's
 * schema and table checks and its transaction. The migrator applies a migration when it is newer than the last one
 * recorded, so a last record at least as new as the journal's last entry means it would apply none.
 */
async function migrationsApplied(database: Database): Promise<boolean> {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8")) as {
    entries: { when: number }[];
  };
  const newest = Math.max(...journal.entries.map((entry) => entry.when));
  try {
    const [last] = rowsOf<{ created_at: string | number | null }>(
      await database.db.execute(sql`select max(created_at) as created_at from drizzle.__drizzle_migrations`),
    );
    return last?.created_at != null && Number(last.created_at) >= newest;
  } catch {
    return false; // no migrations table yet: a new database
  }
}
