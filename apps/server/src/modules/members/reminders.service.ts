import type { Reminder } from "@dangvu/contract";
import { requireCan } from "../../access/require";
import type { Ctx } from "../../context";
import { translate } from "../../i18n";
import { addWorkingDays, type WorkCalendar } from "../../rules/calendar";
import { addDays, addMonths, dmy } from "../../rules/dates";
import { loadCalendar } from "../../rules/lifecycle-settings";
import { ruleValue } from "../../rules/settings";
import { ceremonyDeadline, fullMembershipDeadline, type LifecycleRules, probationEndsOn } from "./members.rules";
import type { RetirementAgeRules } from "./members.settings";
import { retirementOn } from "./members-retirement.rules";
import * as repo from "./reminders.repo";

type Row = repo.ReminderMember;

const soonDays = 30;

/**
 * What needs doing in a unit's subtree (the actor's whole scope without one): probation ending or overdue,
 * ceremonies overdue, transfers coming in and past their deadline, members past retirement age to transfer to their
 * residence, cells too small, and what other modules add through the registry (members absent without reason long
 * enough to be struck off, party badges due by the next award date and not yet decided, rating steps due).
 */
export async function listReminders(ctx: Ctx, orgUnitId?: string): Promise<Reminder[]> {
  if (orgUnitId) await requireCan(ctx, "member.read", orgUnitId);
  const scope = await repo.reminderUnits(ctx.db, ctx.actor, orgUnitId);
  const calendar = await loadCalendar(ctx.db);
  const rules = await ruleValue<LifecycleRules>(ctx.db, "member.lifecycle", ctx.today);
  const reminders = [
    ...(await probationReminders(ctx, scope, rules, calendar)),
    ...(await transferReminders(ctx, scope)),
    ...(await incomingReminders(ctx, scope)),
    ...(await retirementReminders(ctx, scope, rules, calendar)),
    ...(await smallCellReminders(ctx, scope)),
    ...(await Promise.all(ctx.registry.reminderSources.map((source) => source(ctx, scope)))).flat(),
  ];
  return reminders.sort((a, b) => (a.dueOn ?? "").localeCompare(b.dueOn ?? ""));
}

async function probationReminders(
  ctx: Ctx,
  scope: repo.ReminderUnits,
  rules: LifecycleRules,
  calendar: WorkCalendar,
): Promise<Reminder[]> {
  const rows = await repo.probationaryMembers(ctx.db, scope);
  const out: Reminder[] = [];
  for (const row of rows) {
    if (!row.ceremonyOn) {
      // Counted from the day the cell received the decision (the decision date when that was not recorded).
      const deadline = ceremonyDeadline((row.decisionReceivedOn ?? row.admissionDecidedOn) as string, rules, calendar);
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

async function transferReminders(ctx: Ctx, scope: repo.ReminderUnits): Promise<Reminder[]> {
  const rows = await repo.dueTransfers(ctx.db, scope, addDays(ctx.today, 5), ctx.today);
  return rows.map((row) =>
    row.status === "open"
      ? reminder(ctx, "transfer_overdue", row, row.dueOn, { date: dmy(row.dueOn) })
      : reminder(ctx, "temporary_return_due", row, row.expectedReturnOn, { date: dmy(row.expectedReturnOn as string) }),
  );
}

async function incomingReminders(ctx: Ctx, scope: repo.ReminderUnits): Promise<Reminder[]> {
  return (await repo.incomingTransfers(ctx.db, scope)).map((row) =>
    reminder(ctx, "transfer_incoming", row, row.dueOn, {
      kind: translate(ctx.lang, `reminder.transferKind.${row.kind}`),
      unit: row.orgUnitName,
      date: dmy(row.dueOn),
    }),
  );
}

/**
 * Members past retirement age in a workplace cell: on retiring, a member is transferred officially to the party
 * organisation where they live, the procedure started within 60 working days (domain.md §2.5). The age is the setting
 * member.retirementAge (Labour Code 2019 roadmap); shown from a month ahead.
 */
async function retirementReminders(ctx: Ctx, scope: repo.ReminderUnits, rules: LifecycleRules, calendar: WorkCalendar) {
  const ages = await ruleValue<RetirementAgeRules>(ctx.db, "member.retirementAge", ctx.today);
  const horizon = addDays(ctx.today, soonDays);
  const youngest = addMonths(horizon, -Math.min(ages.male.before, ages.female.before));
  const out: Reminder[] = [];
  for (const row of await repo.membersBornBy(ctx.db, scope, youngest)) {
    const reached = retirementOn(row.birthDate, row.sex, ages);
    if (reached > horizon) continue;
    const due = addWorkingDays(reached, rules.transferStartWorkingDays, calendar);
    out.push(
      reminder(ctx, "retirement_transfer", row, due, {
        reached: dmy(reached),
        days: rules.transferStartWorkingDays,
        date: dmy(due),
      }),
    );
  }
  return out;
}

async function smallCellReminders(ctx: Ctx, scope: repo.ReminderUnits): Promise<Reminder[]> {
  const min = await ruleValue<number>(ctx.db, "org.minFullMembers", ctx.today);
  return (await repo.cellsWithFullCount(ctx.db, scope))
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
