import { sql } from "drizzle-orm";
import { remembered } from "../access/caches";
import type { Db } from "../db/database";
import { calendarDays } from "../db/schema";
import type { WorkCalendar } from "./calendar";
import { ruleValue } from "./settings";

/** The working-day calendar as stored (holidays are data an office can correct when the Government decides). */
export function loadCalendar(db: Db): Promise<WorkCalendar> {
  return remembered(db, "calendar", () => readCalendar(db));
}

async function readCalendar(db: Db): Promise<WorkCalendar> {
  const rows = await db.select({ day: calendarDays.day, kind: calendarDays.kind }).from(calendarDays).where(sql`true`);
  return {
    daysOff: new Set(rows.filter((r) => r.kind === "off").map((r) => r.day)),
    workingSaturdays: new Set(rows.filter((r) => r.kind === "working").map((r) => r.day)),
  };
}

export interface BadgeRules {
  milestones: number[];
  awardDays: string[];
}

export async function loadBadgeRules(db: Db, on: string): Promise<BadgeRules> {
  return {
    milestones: await ruleValue<number[]>(db, "badge.milestones", on),
    awardDays: await ruleValue<string[]>(db, "badge.awardDays", on),
  };
}
