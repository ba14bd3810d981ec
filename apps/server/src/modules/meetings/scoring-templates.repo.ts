import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { scoringTemplates } from "../../db/schema";

/** Every scoring template, oldest first. */
export function listTemplates(db: Db) {
  return db.select().from(scoringTemplates).orderBy(asc(scoringTemplates.validFrom));
}

/** Whether a template already starts on this date. */
export async function templateStartsOn(db: Db, validFrom: string): Promise<boolean> {
  const [clash] = await db
    .select({ id: scoringTemplates.id })
    .from(scoringTemplates)
    .where(eq(scoringTemplates.validFrom, validFrom));
  return Boolean(clash);
}

export async function insertTemplate(db: Db, row: typeof scoringTemplates.$inferInsert) {
  await db.insert(scoringTemplates).values(row);
}
