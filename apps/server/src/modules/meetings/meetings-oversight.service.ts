import type { MeetingAlert, QualityLevel, YearlyRating } from "@dangvu/contract";
import { type SQL, sql } from "drizzle-orm";
import { requireCan } from "../../access/require";
import { inResolvedScope, resolveScope } from "../../access/scope";
import type { Ctx } from "../../context";
import { rowsOf } from "../../db/sql";
import { translate } from "../../i18n";
import { absentThreeInARow, yearlyRating } from "./meetings.rules";

async function scopeOf(ctx: Ctx, orgUnitId?: string): Promise<SQL> {
  if (orgUnitId) await requireCan(ctx, "meeting.read", orgUnitId);
  return inResolvedScope(sql`v.org_unit_id`, await resolveScope(ctx.db, ctx.actor, "meeting.read", orgUnitId));
}

/**
 * What a committee watches in its subtree (HD 12/2018; domain.md §3.1, §3.3): cells with no regular meeting this
 * month, no thematic meeting this quarter (it does not replace the monthly one), members absent three meetings in a row.
 */
export async function complianceAlerts(ctx: Ctx, orgUnitId?: string): Promise<MeetingAlert[]> {
  const units = await scopeOf(ctx, orgUnitId);
  const month = ctx.today.slice(0, 7);
  const quarterStart = `${ctx.today.slice(0, 4)}-${String(Math.floor((Number(ctx.today.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, "0")}-01`;
  const cells = rowsOf<{ id: string; name: string; regular: number; thematic: number }>(
    await ctx.db.execute(sql`select v.org_unit_id as id, v.name,
        (select count(*)::int from meetings m where m.org_unit_id = v.org_unit_id and m.kind = 'regular' and to_char(m.scheduled_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM') = ${month}) as regular,
        (select count(*)::int from meetings m where m.org_unit_id = v.org_unit_id and m.kind = 'thematic' and m.scheduled_at >= ${quarterStart}::date) as thematic
      from org_unit_versions v where v.valid_to is null and v.type in ('cell', 'grassroots_cell') and ${units}
      order by vi_sort_key(v.name) collate "C"`),
  );
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

async function absenceAlerts(ctx: Ctx, units: SQL): Promise<MeetingAlert[]> {
  const rows = rowsOf<{
    memberId: string;
    memberName: string;
    orgUnitId: string;
    orgUnitName: string;
    statuses: (string | null)[];
  }>(
    await ctx.db.execute(sql`select mb.id as "memberId", mb.full_name as "memberName", v.org_unit_id as "orgUnitId", v.name as "orgUnitName",
        array(select a.status from meetings m left join meeting_attendance a on a.meeting_id = m.id and a.member_id = mb.id
              where m.org_unit_id = mb.org_unit_id and m.kind <> 'committee' and m.status <> 'planned'
              order by m.scheduled_at desc limit 3) as statuses
      from members mb join org_unit_versions v on v.org_unit_id = mb.org_unit_id and v.valid_to is null
      where mb.status in ('probationary', 'full') and not mb.is_exempt and ${units}`),
  );
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
  const rows = rowsOf<{ id: string; name: string; levels: QualityLevel[] }>(
    await ctx.db.execute(sql`select v.org_unit_id as id, v.name,
        array(select s.level from meetings m join meeting_scores s on s.meeting_id = m.id
              where m.org_unit_id = v.org_unit_id and m.kind = 'regular' and extract(year from m.scheduled_at at time zone 'Asia/Ho_Chi_Minh') = ${year}
              order by m.scheduled_at) as levels
      from org_unit_versions v where v.valid_to is null and v.type in ('cell', 'grassroots_cell') and ${units}
      order by vi_sort_key(v.name) collate "C"`),
  );
  return rows.map((r) => ({
    orgUnitId: r.id,
    orgUnitName: r.name,
    meetingsScored: r.levels.length,
    rating: yearlyRating(r.levels),
  }));
}
