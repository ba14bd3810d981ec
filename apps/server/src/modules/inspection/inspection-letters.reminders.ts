import { translate } from "../../i18n";
import type { ReminderSource } from "../../platform/module";
import { addDays, dmy } from "../../rules/dates";
import { lettersComingDue } from "./inspection-letters.repo";

/** Days before its deadline that a letter still to resolve is listed. */
const soonDays = 10;

/**
 * Letters received or being resolved, due within 10 days or past their deadline, in the reader's units where they
 * hold `inspection.read` only (a letter is confidential). The message names neither the sender nor the content.
 */
export const letterReminders: ReminderSource = async (ctx, units) => {
  const rows = await lettersComingDue(ctx.db, ctx.actor, units, addDays(ctx.today, soonDays));
  return rows.map((r) => {
    const overdue = r.dueOn < ctx.today;
    return {
      kind: "letter_due",
      memberId: null,
      memberName: null,
      orgUnitId: r.orgUnitId,
      orgUnitName: r.orgUnitName,
      dueOn: r.dueOn,
      message: translate(ctx.lang, overdue ? "reminder.letter_overdue" : "reminder.letter_due", {
        received: dmy(r.receivedOn),
        date: dmy(r.dueOn),
      }),
      overdue,
    };
  });
};
