import type { MeetingAlert, YearlyRating } from "@dangvu/contract";
import { requireCan } from "../../access/require";
import { resolveScope } from "../../access/scope";
import type { Ctx } from "../../context";
import { translate } from "../../i18n";
import { absentThreeInARow, yearlyRating } from "./meetings.rules";
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

async function absenceAlerts(ctx: Ctx, units: string[] | "all"): Promise<MeetingAlert[]> {
  const rows = await repo.membersLastAttendances(ctx.db, units);
  return rows
    .filter((r) => absentThreeInARow(r.statuses as Parameters<typeof absentThreeInARow>[0]))
    .map((r) => ({
      kind: "absent_three_in_a_row" as const,
      orgUnitId: r.orgUnitId,
      orgUnitName: r.orgUnitName,
      memberId: r.memberId,
      memberName: r.memberName,
      message: translate(ctx.lang, "meeting.alert.absentThree", { name: r.memberName }),
    }));
}

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
