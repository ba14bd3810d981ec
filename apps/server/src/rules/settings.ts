import { and, asc, desc, eq, lte } from "drizzle-orm";
import { remembered } from "../access/caches";
import type { Db } from "../db/database";
import { ruleSettings } from "../db/schema";

/**
 * The value of a versioned rule in force on a date (rules change by regulation and province: domain.md).
 * Before the first recorded version, the earliest version applies: the platform keeps no older rule.
 */
export function ruleValue<T>(db: Db, key: string, on: string): Promise<T> {
  return remembered(db, `rule:${key}:${on}`, () => readRuleValue<T>(db, key, on));
}

async function readRuleValue<T>(db: Db, key: string, on: string): Promise<T> {
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

/** Every version of a rule, oldest first: many records judged by their own dates without a query each. */
export type RuleVersions<T> = readonly { validFrom: string; value: T }[];

export async function ruleVersions<T>(db: Db, key: string): Promise<RuleVersions<T>> {
  const rows = await db
    .select({ validFrom: ruleSettings.validFrom, value: ruleSettings.value })
    .from(ruleSettings)
    .where(eq(ruleSettings.key, key))
    .orderBy(asc(ruleSettings.validFrom));
  if (rows.length === 0) throw new Error(`No rule setting "${key}"`);
  return rows.map((row) => ({ validFrom: String(row.validFrom), value: row.value as T }));
}

/** The version in force on a date, as `ruleValue` picks it (the earliest before the first). */
export function ruleValueIn<T>(versions: RuleVersions<T>, on: string): T {
  const inForce = versions.filter((v) => v.validFrom <= on).at(-1) ?? versions[0];
  return (inForce as { value: T }).value;
}
