import { sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";
import { emptyFigures, hostedOn, type LeafFigures, periodsSql, unitsSql } from "../members";

const kinds = ["regular", "thematic", "extraordinary", "committee"];
const levels = ["good", "fair", "average", "poor"];

/** The local date a meeting took place (as meetings-indicators.repo.ts). */
const meetingDay = sql`(m.scheduled_at at time zone 'Asia/Ho_Chi_Minh')::date`;

/**
 * The meeting figures (meetings.indicators.ts) of many cells and periods in two queries, for units that never had a
 * unit under them: meetings held by kind, the attendance rate (members hosted in temporary activity aside; null when
 * nobody was recorded) and the meetings scored at each level, as each indicator's `compute` gives them for one unit
 * and period. For the demo's monthly reports; tested equal to the indicators (demo-reports.test.ts).
 */
export async function leafMeetingFigures(
  db: Db,
  unitIds: readonly string[],
  periods: readonly { from: string; to: string }[],
): Promise<LeafFigures> {
  const empty: Record<string, number | null> = { "meetings.attendanceRate": null };
  for (const kind of kinds) empty[`meetings.held.${kind}`] = 0;
  for (const level of levels) empty[`meetings.quality.${level}`] = 0;
  const figures = emptyFigures(unitIds, periods, empty);
  if (unitIds.length === 0 || periods.length === 0) return figures;
  const held = sql`select q.f, m.id, m.org_unit_id as unit, m.kind, ${meetingDay} as day
    from ${periodsSql(periods)} q join meetings m on m.status <> 'planned' and ${meetingDay} between q.f and q.t
    where m.org_unit_id = any(${unitsSql(unitIds)})`;
  const result = await db.execute(sql`with h as (${held})
    select h.f::text as f, h.unit, 'meetings.held.' || h.kind as id, count(*)::int as n, null::int as recorded from h
      group by h.f, h.unit, h.kind
    union all select h.f::text, h.unit, 'meetings.quality.' || s.level, count(*)::int, null from h
      join meeting_scores s on s.meeting_id = h.id group by h.f, h.unit, s.level
    union all select h.f::text, h.unit, 'meetings.attendanceRate',
        count(*) filter (where a.status = 'present')::int, count(*)::int from h
      join meeting_attendance a on a.meeting_id = h.id
      where not ${hostedOn(sql`a.member_id`, sql`h.unit`, sql`h.day`)} group by h.f, h.unit`);
  for (const r of rowsOf<{ f: string; unit: string; id: string; n: number; recorded: number | null }>(result)) {
    const row = figures.get(`${r.unit}|${r.f}`);
    if (!row || !(r.id in row)) continue;
    if (r.id === "meetings.attendanceRate")
      row[r.id] = r.recorded && r.recorded > 0 ? Math.round((r.n / r.recorded) * 1000) / 10 : null;
    else row[r.id] = r.n;
  }
  return figures;
}
