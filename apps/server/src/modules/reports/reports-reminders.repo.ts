import type { PeriodType, Reminder } from "@dangvu/contract";
import { type SQL, sql } from "drizzle-orm";
import { scopeUnitList } from "../../access/scope";
import type { Ctx } from "../../context";
import { rowsOf } from "../../db/sql";
import { translate } from "../../i18n";
import { addDays, dmy } from "../../rules/dates";
import { currentUnitsSql } from "../org";
import { dueOn, type Period, periodContaining, previousPeriod } from "./reports.periods";
import { listTemplates, versionInForce } from "./reports-templates.repo";

/** Days before its due date that a report not yet submitted is listed. */
const soonDays = 5;

/**
 * The reports module's reminders for the list of what needs doing, in the reader's units where they read reports:
 * for each template, the units of the types that report on it whose report of the current period falls due within
 * five days, or whose report of the previous period is past due, and has not been submitted.
 */
export async function reportReminders(ctx: Ctx, units: SQL): Promise<Reminder[]> {
  const readable = sql`select id from (${units}) u where id in (${await scopeUnitList(ctx.db, ctx.actor, "report.read")})`;
  const reminders: Reminder[] = [];
  for (const template of await listTemplates(ctx.db)) {
    const version = await versionInForce(ctx.db, template.id, ctx.today);
    if (!version || version.reportingUnitTypes.length === 0) continue;
    const current = periodContaining(template.periodType as PeriodType, ctx.today);
    for (const period of [previousPeriod(current), current]) {
      const due = dueOn(period, version.dueOffsetDays);
      if (due > addDays(ctx.today, soonDays) || period.from > ctx.today) continue;
      const rows = await unsent(ctx, readable, template.id, period, version.reportingUnitTypes);
      for (const r of rows) reminders.push(reminder(ctx, r, version.name, period, due));
    }
  }
  return reminders;
}

async function unsent(ctx: Ctx, units: SQL, templateId: string, period: Period, types: readonly string[]) {
  const typeList = sql.join(
    types.map((t) => sql`${t}`),
    sql`, `,
  );
  const result = await ctx.db.execute(sql`select u.id as "orgUnitId", u.name as "orgUnitName"
    from ${currentUnitsSql()} u
    where u.id in (${units}) and u.type in (${typeList})
      and not exists (select 1 from reports r where r.template_id = ${templateId}::uuid and r.org_unit_id = u.id
        and r.period = ${period.key} and r.status in ('submitted', 'approved'))
    order by u.name_sort_key collate "C"`);
  return rowsOf<{ orgUnitId: string; orgUnitName: string }>(result);
}

function reminder(
  ctx: Ctx,
  r: { orgUnitId: string; orgUnitName: string },
  template: string,
  period: Period,
  due: string,
): Reminder {
  const overdue = due < ctx.today;
  return {
    kind: "report_due",
    memberId: null,
    memberName: null,
    orgUnitId: r.orgUnitId,
    orgUnitName: r.orgUnitName,
    dueOn: due,
    message: translate(ctx.lang, overdue ? "reminder.report_overdue" : "reminder.report_due", {
      template,
      period: period.label,
      date: dmy(due),
    }),
    overdue,
  };
}
