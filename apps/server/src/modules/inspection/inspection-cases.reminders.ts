import type { Reminder } from "@dangvu/contract";
import type { SQL } from "drizzle-orm";
import type { Ctx } from "../../context";

/** Cases whose current step is due within 5 working days or late, for the readers of the inspection committee's records. */
export async function caseReminders(_ctx: Ctx, _units: SQL): Promise<Reminder[]> {
  return [];
}
