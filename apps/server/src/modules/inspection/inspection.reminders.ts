import type { Reminder } from "@dangvu/contract";
import type { SQL } from "drizzle-orm";
import type { Ctx } from "../../context";
import { caseReminders } from "./inspection-cases.reminders";
import { letterReminders } from "./inspection-letters.reminders";

/** The inspection module's reminders: cases' steps and letters coming due or late, for their readers only. */
export async function inspectionReminders(ctx: Ctx, units: SQL): Promise<Reminder[]> {
  return [...(await caseReminders(ctx, units)), ...(await letterReminders(ctx, units))];
}
