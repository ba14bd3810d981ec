import type { Reminder } from "@dangvu/contract";
import { type SQL, sql } from "drizzle-orm";
import { scopeUnitIds } from "../../access/scope";
import type { Ctx } from "../../context";
import { rowsOf } from "../../db/sql";
import { translate } from "../../i18n";
import { addDays, dmy } from "../../rules/dates";
import { memberSummariesSql, onMemberListSql } from "../members";
import { lastUnitNameSql } from "../org";
import { twoYearsNotCompleted } from "./ratings.rules";

const soonDays = 7;

/**
 * The ratings module's reminders for the members' list of what needs doing, in the reader's units where they read
 * ratings: steps of open cycles due within 7 days (or past due) with records not done, and members rated
 * not completed two years running (the cell considers striking them off).
 */
export async function ratingReminders(ctx: Ctx, units: SQL): Promise<Reminder[]> {
  const readable = sql`select id from (${units}) u where id in (${scopeUnitIds(ctx.actor, "rating.read")})`;
  return [...(await stepReminders(ctx, readable)), ...(await strikeOffReminders(ctx, readable))];
}

async function stepReminders(ctx: Ctx, units: SQL): Promise<Reminder[]> {
  const until = addDays(ctx.today, soonDays);
  const result = await ctx.db.execute(sql`select * from (
      select c.name as cycle, a.org_unit_id as "orgUnitId", ${lastUnitNameSql(sql`a.org_unit_id`)} as "orgUnitName",
        'self' as step, c.self_due_on::text as "dueOn", count(*)::int as count
      from rating_assessments a join review_cycles c on c.id = a.cycle_id
      where c.status = 'open' and a.status = 'pending' and a.org_unit_id in (${units})
      group by 1, 2, 3, 4, 5
      union all
      select c.name, a.org_unit_id, ${lastUnitNameSql(sql`a.org_unit_id`)}, 'proposal', c.proposal_due_on::text, count(*)::int
      from rating_assessments a join review_cycles c on c.id = a.cycle_id
      where c.status = 'open' and a.subject_type = 'member' and a.status in ('pending', 'self_assessed')
        and a.org_unit_id in (${units})
      group by 1, 2, 3, 4, 5
      union all
      select c.name, a.org_unit_id, ${lastUnitNameSql(sql`a.org_unit_id`)}, 'decision', c.decision_due_on::text, count(*)::int
      from rating_assessments a join review_cycles c on c.id = a.cycle_id
      where c.status = 'open' and a.status not in ('decided', 'excluded') and a.org_unit_id in (${units})
      group by 1, 2, 3, 4, 5
    ) s where s."dueOn" <= ${until}`);
  return rowsOf<{ cycle: string; orgUnitId: string; orgUnitName: string; step: string; dueOn: string; count: number }>(
    result,
  ).map((r) => ({
    kind: "rating_step_due" as const,
    memberId: null,
    memberName: null,
    orgUnitId: r.orgUnitId,
    orgUnitName: r.orgUnitName,
    dueOn: r.dueOn,
    message: translate(ctx.lang, "reminder.rating_step_due", {
      step: translate(ctx.lang, `rating.step.${r.step}`),
      cycle: r.cycle,
      date: dmy(r.dueOn),
      count: r.count,
    }),
    overdue: r.dueOn < ctx.today,
  }));
}

async function strikeOffReminders(ctx: Ctx, units: SQL): Promise<Reminder[]> {
  const year = Number(ctx.today.slice(0, 4));
  const result = await ctx.db.execute(sql`select distinct m.id as "memberId", m.full_name as "memberName",
      m.org_unit_id as "orgUnitId", ${lastUnitNameSql(sql`m.org_unit_id`)} as "orgUnitName", c.year
    from ${memberSummariesSql()} m
    join rating_assessments a on a.member_id = m.id and a.subject_type = 'member'
    join review_cycles c on c.id = a.cycle_id
    where m.org_unit_id in (${units}) and ${onMemberListSql(sql`m.status`)} and c.kind = 'year'
      and a.status = 'decided' and a.decided_level = 'not_completed' and c.year between ${year - 2} and ${year}`);
  const rows = rowsOf<{ memberId: string; memberName: string; orgUnitId: string; orgUnitName: string; year: number }>(
    result,
  );
  const byMember = new Map<string, typeof rows>();
  for (const row of rows) byMember.set(row.memberId, [...(byMember.get(row.memberId) ?? []), row]);
  const reminders: Reminder[] = [];
  for (const [memberId, years] of byMember) {
    const latest = twoYearsNotCompleted(years.map((y) => ({ year: y.year, level: "not_completed" })));
    const first = years[0];
    if (latest === null || !first) continue;
    reminders.push({
      kind: "strike_off_rating",
      memberId,
      memberName: first.memberName,
      orgUnitId: first.orgUnitId,
      orgUnitName: first.orgUnitName,
      dueOn: null,
      message: translate(ctx.lang, "reminder.strike_off_rating", { previous: latest - 1, year: latest }),
      overdue: true,
    });
  }
  return reminders;
}
