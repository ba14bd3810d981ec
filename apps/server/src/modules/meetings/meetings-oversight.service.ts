import type { MeetingAlert, Reminder, YearlyRating } from "@dangvu/contract";
import { requireCan } from "../../access/require";
import { resolveScope } from "../../access/scope";
import type { Ctx } from "../../context";
import { translate } from "../../i18n";
import { ruleValue } from "../../rules/settings";
import { excusedStreak, unexcusedMonths, yearlyRating } from "./meetings.rules";
import * as repo from "./meetings-oversight.repo";

/** The units the actor watches: their meeting.read scope, within a unit's subtree when one is given. */
async function scopeOf(ctx: Ctx, orgUnitId?: string): Promise<string[] | "all"> {
  if (orgUnitId) await requireCan(ctx, "meeting.read", orgUnitId);
  return resolveScope(ctx.db, ctx.actor, "meeting.read", orgUnitId);
}

/**
 * What a committee watches in its subtree (HD 12/2018; domain.md §3.1, §3.3): cells with no regular meeting this
 * month, no thematic meeting this quarter (it does not replace the monthly one), members absent three meetings in a row.
 */
export async function complianceAlerts(ctx: Ctx, orgUnitId?: string): Promise<MeetingAlert[]> {
  const units = await scopeOf(ctx, orgUnitId);
  const month = ctx.today.slice(0, 7);
  const quarterStart = `${ctx.today.slice(0, 4)}-${String(Math.floor((Number(ctx.today.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, "0")}-01`;
  const cells = await repo.cellsMeetingCounts(ctx.db, units, month, quarterStart);
  const alerts: MeetingAlert[] = [];
  for (const cell of cells) {
    const base = { orgUnitId: cell.id, orgUnitName: cell.name, memberId: null, memberName: null };
    if (cell.regular === 0)
      alerts.push({
        ...base,
        kind: "no_regular_this_month",
        message: translate(ctx.lang, "meeting.alert.noRegular", { month: `${month.slice(5)}/${month.slice(0, 4)}` }),
      });
    if (cell.thematic === 0)
      alerts.push({
        ...base,
        kind: "no_thematic_this_quarter",
        message: translate(ctx.lang, "meeting.alert.noThematic"),
      });
  }
  return [...alerts, ...(await absenceAlerts(ctx, units))];
}

/**
 * Members absent with a reason more than the set number of meetings in a row (HD 12/2018), and members absent without
 * reason in three months of this year, in or out of a row: the first ground for striking off (domain.md §2.6).
 */
async function absenceAlerts(ctx: Ctx, units: string[] | "all"): Promise<MeetingAlert[]> {
  const max = await ruleValue<number>(ctx.db, "meeting.absentExcusedStreak", ctx.today);
  const streaks = (await repo.membersLastAttendances(ctx.db, units, max + 12))
    .map((r) => ({ ...r, streak: excusedStreak(r.statuses as Parameters<typeof excusedStreak>[0]) }))
    .filter((r) => r.streak > max)
    .map((r) => ({
      kind: "absent_excused_streak" as const,
      orgUnitId: r.orgUnitId,
      orgUnitName: r.orgUnitName,
      memberId: r.memberId,
      memberName: r.memberName,
      message: translate(ctx.lang, "meeting.alert.excusedStreak", { name: r.memberName, count: r.streak, max }),
    }));
  const year = Number(ctx.today.slice(0, 4));
  const unexcused = (await unexcusedAbsences(ctx, { scope: units }, year)).map((r) => ({
    kind: "absent_unexcused_months" as const,
    orgUnitId: r.orgUnitId,
    orgUnitName: r.orgUnitName,
    memberId: r.memberId,
    memberName: r.memberName,
    message: translate(ctx.lang, "meeting.alert.unexcusedMonths", r.params),
  }));
  return [...streaks, ...unexcused];
}

/** Members absent without reason in enough months of a year to be considered for striking off, with the message's words. */
async function unexcusedAbsences(ctx: Ctx, filter: repo.UnitFilter, year: number) {
  const min = await ruleValue<number>(ctx.db, "meeting.unexcusedMonthsStrikeOff", `${year}-12-31`);
  const rows = await repo.membersUnexcusedMonths(ctx.db, filter, year, min);
  return rows.map((r) => {
    const months = unexcusedMonths(r.months);
    return { ...r, params: { name: r.memberName, count: months.length, year, months: months.join(", ") } };
  });
}

/**
 * The striking-off reminder for the members' list of what needs doing: members of the units absent without reason in
 * three months of this year (Điều lệ Đảng, Điều 8; the chi bộ considers it and proposes).
 */
export const strikeOffReminders = async (ctx: Ctx, units: repo.UnitsSql): Promise<Reminder[]> => {
  const year = Number(ctx.today.slice(0, 4));
  return (await unexcusedAbsences(ctx, { units }, year)).map((r) => ({
    kind: "strike_off_absence" as const,
    memberId: r.memberId,
    memberName: r.memberName,
    orgUnitId: r.orgUnitId,
    orgUnitName: r.orgUnitName,
    dueOn: null,
    message: translate(ctx.lang, "reminder.strike_off_absence", r.params),
    overdue: true,
  }));
};

/** Each cell's yearly rating of its meetings from the levels of its scored regular meetings. */
export async function yearlyRatings(ctx: Ctx, year: number, orgUnitId?: string): Promise<YearlyRating[]> {
  const units = await scopeOf(ctx, orgUnitId);
  const rows = await repo.cellsRegularLevels(ctx.db, units, year);
  return rows.map((r) => ({
    orgUnitId: r.id,
    orgUnitName: r.name,
    meetingsScored: r.levels.length,
    rating: yearlyRating(r.levels),
  }));
}
