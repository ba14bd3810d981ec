import type { ReminderSource } from "../../platform/module";
import { caseReminders } from "./inspection-cases.reminders";
import { letterReminders } from "./inspection-letters.reminders";

/** The inspection module's reminders: cases' steps and letters coming due or late, for their readers only. */
export const inspectionReminders: ReminderSource = async (ctx, units) => [
  ...(await caseReminders(ctx, units)),
  ...(await letterReminders(ctx, units)),
];
