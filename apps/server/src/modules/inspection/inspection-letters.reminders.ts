import type { Reminder } from "@dangvu/contract";
import type { SQL } from "drizzle-orm";
import type { Ctx } from "../../context";

/** Letters due within 10 days or past their deadline, for the readers of the inspection committee's records. */
export async function letterReminders(_ctx: Ctx, _units: SQL): Promise<Reminder[]> {
  return [];
}
