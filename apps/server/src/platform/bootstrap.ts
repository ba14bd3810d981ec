import { sql } from "drizzle-orm";
import { roleCatalog } from "../access/roles";
import type { Database } from "../db/database";
import { calendarDays, roles, ruleSettings, scoringTemplates } from "../db/schema";
import { seededCalendar } from "../rules/calendar-data";
import { seededScoringTemplate } from "../rules/scoring-template";
import { serverModules } from "../server-modules";

/** Migrates the schema and keeps the role catalogue and the seeded rule settings in place. */
export async function prepareDatabase(database: Database): Promise<void> {
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
