import { translate } from "../../i18n";
import type { ReminderSource } from "../../platform/module";
import { workingDaysBetween } from "../../rules/calendar";
import { addDays, dmy } from "../../rules/dates";
import { loadCalendar } from "../../rules/lifecycle-settings";
import { casesComingDue } from "./inspection-cases-reminders.repo";
import { caseStateLabels } from "./inspection-labels";

/** Working days before a step's deadline that the case is listed. */
const soonWorkingDays = 5;

/**
 * Cases whose current step falls due within five working days, or is late, in the reader's units where they hold
 * `inspection.read` (a role a case is shared with reads it, but is not reminded of it). Late ones are the escalation:
 * the inspection committee above sees them too, through its own grant over the subtree.
 */
export const caseReminders: ReminderSource = async (ctx, units) => {
  const rows = await casesComingDue(ctx.db, ctx.actor, units, addDays(ctx.today, 14));
  const calendar = await loadCalendar(ctx.db);
  return rows
    .filter((r) => r.stepDueOn < ctx.today || workingDaysBetween(ctx.today, r.stepDueOn, calendar) <= soonWorkingDays)
    .map((r) => {
      const overdue = r.stepDueOn < ctx.today;
      return {
        kind: "inspection_step_due",
        memberId: null,
        memberName: null,
        orgUnitId: r.orgUnitId,
        orgUnitName: r.orgUnitName,
        dueOn: r.stepDueOn,
        message: translate(ctx.lang, overdue ? "reminder.inspectionStepLate" : "reminder.inspectionStepDue", {
          decision: r.decisionNo,
          state: caseStateLabels[r.state],
          date: dmy(r.stepDueOn),
        }),
        overdue,
      };
    });
};
