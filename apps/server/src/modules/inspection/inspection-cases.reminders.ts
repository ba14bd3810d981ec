import type { CaseState, Reminder } from "@dangvu/contract";
import { type SQL, sql } from "drizzle-orm";
import { scopeUnitIds } from "../../access/scope";
import type { Ctx } from "../../context";
import { rowsOf } from "../../db/sql";
import { translate } from "../../i18n";
import { workingDaysBetween } from "../../rules/calendar";
import { addDays, dmy } from "../../rules/dates";
import { loadCalendar } from "../../rules/lifecycle-settings";
import { lastUnitNameSql } from "../org";
import { caseStateLabels } from "./inspection-labels";

/** Working days before a step's deadline that the case is listed. */
const soonWorkingDays = 5;

/**
 * Cases whose current step falls due within five working days, or is late, in the reader's units where they hold
 * `inspection.read` (a role a case is shared with reads it, but is not reminded of it). Late ones are the escalation:
 * the inspection committee above sees them too, through its own grant over the subtree.
 */
export async function caseReminders(ctx: Ctx, units: SQL): Promise<Reminder[]> {
  const readable = sql`select id from (${units}) u where id in (${scopeUnitIds(ctx.actor, "inspection.read")})`;
  const horizon = addDays(ctx.today, 14);
  const result = await ctx.db.execute(sql`select c.id, c.org_unit_id as "orgUnitId",
      ${lastUnitNameSql(sql`c.org_unit_id`)} as "orgUnitName", c.decision_no as "decisionNo", c.state,
      c.step_due_on::text as "stepDueOn"
    from inspection_cases c
    where c.org_unit_id in (${readable}) and c.state <> 'closed' and c.step_due_on <= ${horizon}::date
    order by c.step_due_on`);
  const calendar = await loadCalendar(ctx.db);
  const rows = rowsOf<{
    orgUnitId: string;
    orgUnitName: string;
    decisionNo: string;
    state: CaseState;
    stepDueOn: string;
  }>(result);
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
}
