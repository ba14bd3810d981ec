import { and, asc, desc, eq, lte } from "drizzle-orm";
import type { Db } from "../db/database";
import { ruleSettings } from "../db/schema";

/**
 * The value of a versioned rule in force on a date (rules change by regulation and province: domain.md).
 * Before the first recorded version, the earliest version applies: the platform keeps no older rule.
 */
export async function ruleValue<T>(db: Db, key: string, on: string): Promise<T> {
  const [row] = await db
    .select({ value: ruleSettings.value })
    .from(ruleSettings)
    .where(and(eq(ruleSettings.key, key), lte(ruleSettings.validFrom, on)))
    .orderBy(desc(ruleSettings.validFrom))
    .limit(1);
  if (row) return row.value as T;
  const [earliest] = await db
    .select({ value: ruleSettings.value })
    .from(ruleSettings)
    .where(eq(ruleSettings.key, key))
    .orderBy(asc(ruleSettings.validFrom))
    .limit(1);
  if (!earliest) throw new Error(`No rule setting "${key}"`);
  return earliest.value as T;
}
