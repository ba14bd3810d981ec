import type { Reminder } from "@dangvu/contract";
import { type SQL, sql } from "drizzle-orm";
import { requireCan } from "../../access/require";
import { scopeUnitIds, subtreeUnitIds } from "../../access/scope";
import type { Ctx } from "../../context";
import { rowsOf } from "../../db/sql";
import { translate } from "../../i18n";
import type { WorkCalendar } from "../../rules/calendar";
import { addDays, addMonths, dmy } from "../../rules/dates";
import { loadBadgeRules, loadCalendar } from "../../rules/lifecycle-settings";
import { ruleValue } from "../../rules/settings";
import {
  badgeMilestoneReached,
  ceremonyDeadline,
  fullMembershipDeadline,
  type LifecycleRules,
  nextAwardDate,
  partyAge,
  partyAgeMonths,
  probationEndsOn,
} from "./members.rules";

interface Row {
  id: string;
  fullName: string;
  orgUnitId: string;
  orgUnitName: string;
  admissionDecidedOn: string | null;
  firstAdmissionDecidedOn: string | null;
  ceremonyOn: string | null;
  partyGaps: [string, string][];
}

const soonDays = 30;

/**
 * What needs doing in a unit's subtree (the actor's whole scope without one): probation ending or overdue,
 * ceremonies overdue, party badges due by the next award date, transfers past their deadline, cells too small.
 */
export async function listReminders(ctx: Ctx, orgUnitId?: string): Promise<Reminder[]> {
  if (orgUnitId) await requireCan(ctx, "member.read", orgUnitId);
  const scope = orgUnitId
    ? sql`(${scopeUnitIds(ctx.actor, "member.read")}) intersect (${subtreeUnitIds(orgUnitId)})`
    : scopeUnitIds(ctx.actor, "member.read");
  const calendar = await loadCalendar(ctx.db);
  const rules = await ruleValue<LifecycleRules>(ctx.db, "member.lifecycle", ctx.today);
  const reminders = [
    ...(await probationReminders(ctx, scope, rules, calendar)),
    ...(await badgeReminders(ctx, scope)),
    ...(await transferReminders(ctx, scope)),
    ...(await smallCellReminders(ctx, scope)),
  ];
  return reminders.sort((a, b) => (a.dueOn ?? "").localeCompare(b.dueOn ?? ""));
}

async function membersWhere(ctx: Ctx, scope: SQL, condition: SQL): Promise<Row[]> {
  const result =
    await ctx.db.execute(sql`select m.id, m.full_name as "fullName", m.org_unit_id as "orgUnitId", coalesce(u.name, '') as "orgUnitName",
      m.admission_decided_on::text as "admissionDecidedOn", m.first_admission_decided_on::text as "firstAdmissionDecidedOn",
      m.ceremony_on::text as "ceremonyOn", m.party_gaps as "partyGaps"
    from members m left join org_unit_versions u on u.org_unit_id = m.org_unit_id and u.valid_to is null
    where m.org_unit_id in (${scope}) and ${condition}`);
  return rowsOf<Row>(result);
}

async function probationReminders(
  ctx: Ctx,
  scope: SQL,
  rules: LifecycleRules,
  calendar: WorkCalendar,
): Promise<Reminder[]> {
  const rows = await membersWhere(ctx, scope, sql`m.status = 'probationary'`);
  const out: Reminder[] = [];
  for (const row of rows) {
    if (!row.ceremonyOn) {
      const deadline = ceremonyDeadline(row.admissionDecidedOn as string, rules, calendar);
      if (deadline <= addDays(ctx.today, soonDays))
        out.push(reminder(ctx, "ceremony_overdue", row, deadline, { date: dmy(deadline) }));
      continue;
    }
    const endsOn = probationEndsOn(row.ceremonyOn, rules);
    if (endsOn > addDays(ctx.today, soonDays)) continue;
    const deadline = fullMembershipDeadline(row.ceremonyOn, rules, calendar);
    const kind = ctx.today > deadline ? "probation_overdue" : "probation_due";
    out.push(reminder(ctx, kind, row, deadline, { ends: dmy(endsOn), date: dmy(deadline) }));
  }
  return out;
}

async function badgeReminders(ctx: Ctx, scope: SQL): Promise<Reminder[]> {
  const badges = await loadBadgeRules(ctx.db, ctx.today);
  const next = nextAwardDate(ctx.today, badges.awardDays);
  const previous = lastAwardBefore(next, badges.awardDays);
  const earliest = Math.min(...badges.milestones);
  const rows = await membersWhere(
    ctx,
    scope,
    sql`m.status in ('probationary', 'full') and m.first_admission_decided_on <= ${addMonths(next, -12 * earliest)}::date`,
  );
  const out: Reminder[] = [];
  for (const row of rows) {
    const before = partyAgeMonths(partyAge(row.firstAdmissionDecidedOn, row.partyGaps, previous));
    const at = partyAgeMonths(partyAge(row.firstAdmissionDecidedOn, row.partyGaps, next));
    const milestone = badgeMilestoneReached(before, at, badges.milestones);
    if (milestone) out.push(reminder(ctx, "badge_due", row, next, { years: milestone, date: dmy(next) }));
  }
  return out;
}

function lastAwardBefore(next: string, awardDays: string[]): string {
  const year = Number(next.slice(0, 4));
  return [year - 1, year]
    .flatMap((y) => awardDays.map((md) => `${y}-${md}`))
    .filter((d) => d < next)
    .sort()
    .at(-1) as string;
}

async function transferReminders(ctx: Ctx, scope: SQL): Promise<Reminder[]> {
  const result =
    await ctx.db.execute(sql`select m.id, m.full_name as "fullName", t.from_org_unit_id as "orgUnitId", coalesce(u.name, '') as "orgUnitName",
      t.due_on::text as "dueOn", t.kind, t.status, t.expected_return_on::text as "expectedReturnOn"
    from transfers t join members m on m.id = t.member_id
    left join org_unit_versions u on u.org_unit_id = t.from_org_unit_id and u.valid_to is null
    where (t.from_org_unit_id in (${scope}) or t.to_org_unit_id in (${scope}))
      and ((t.status = 'open' and t.due_on <= ${addDays(ctx.today, 5)}::date)
        or (t.status = 'received' and t.kind = 'temporary' and t.expected_return_on < ${ctx.today}::date and m.temporary_org_unit_id is not null))`);
  return rowsOf<Row & { dueOn: string; status: string; expectedReturnOn: string | null }>(result).map((row) =>
    row.status === "open"
      ? reminder(ctx, "transfer_overdue", row, row.dueOn, { date: dmy(row.dueOn) })
      : reminder(ctx, "temporary_return_due", row, row.expectedReturnOn, { date: dmy(row.expectedReturnOn as string) }),
  );
}

async function smallCellReminders(ctx: Ctx, scope: SQL): Promise<Reminder[]> {
  const min = await ruleValue<number>(ctx.db, "org.minFullMembers", ctx.today);
  const result = await ctx.db.execute(sql`select v.org_unit_id as "orgUnitId", v.name as "orgUnitName",
      (select count(*)::int from members m where m.org_unit_id = v.org_unit_id and m.status = 'full') as "fullCount"
    from org_unit_versions v where v.valid_to is null and v.type in ('cell', 'grassroots_cell') and v.org_unit_id in (${scope})`);
  return rowsOf<{ orgUnitId: string; orgUnitName: string; fullCount: number }>(result)
    .filter((row) => row.fullCount < min)
    .map((row) => ({
      kind: "cell_too_small" as const,
      memberId: null,
      memberName: null,
      orgUnitId: row.orgUnitId,
      orgUnitName: row.orgUnitName,
      dueOn: null,
      message: translate(ctx.lang, "reminder.cell_too_small", { count: row.fullCount, min }),
      overdue: true,
    }));
}

function reminder(
  ctx: Ctx,
  kind: Reminder["kind"],
  row: Pick<Row, "id" | "fullName" | "orgUnitId" | "orgUnitName">,
  dueOn: string | null,
  params: Record<string, string | number>,
): Reminder {
  return {
    kind,
    memberId: row.id,
    memberName: row.fullName,
    orgUnitId: row.orgUnitId,
    orgUnitName: row.orgUnitName,
    dueOn,
    message: translate(ctx.lang, `reminder.${kind}`, { name: row.fullName, ...params }),
    overdue: dueOn !== null && dueOn < ctx.today,
  };
}
