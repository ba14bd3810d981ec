import { sql } from "drizzle-orm";
import { roleCatalog } from "../access/roles";
import type { Database } from "../db/database";
import { calendarDays, roles, ruleSettings, scoringTemplates } from "../db/schema";
import { seededCalendar } from "../rules/calendar-data";
import { seededScoringTemplate } from "../rules/scoring-template";
import { seededRuleSettings } from "../rules/settings";

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
  await db.insert(ruleSettings).values(seededRuleSettings).onConflictDoNothing();
  await db.insert(calendarDays).values(seededCalendar()).onConflictDoNothing();
  await db.insert(scoringTemplates).values(seededScoringTemplate).onConflictDoNothing();
}
