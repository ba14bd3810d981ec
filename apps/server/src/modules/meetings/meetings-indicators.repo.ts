import { sql } from "drizzle-orm";
import { subtreeHistory } from "../../access/scope";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";
import type { IndicatorQuery } from "../../platform/module";
import { hostedOn } from "../members";

/** The local date a meeting took place. */
const meetingDay = sql`(m.scheduled_at at time zone 'Asia/Ho_Chi_Minh')::date`;

/** Meetings held in the period by units that were under the unit on the meeting's day. */
const heldIn = ({ orgUnitId, from, to }: IndicatorQuery) =>
  sql`with sub as (${subtreeHistory(orgUnitId, from, to)}) select m.id from meetings m
    where m.status <> 'planned' and ${meetingDay} between ${from}::date and ${to}::date
      and exists (select 1 from sub s where s.id = m.org_unit_id and s.vf <= ${meetingDay} and ${meetingDay} < s.vt)`;

/** Meetings of one kind held in the period. */
export async function countMeetingsHeld(db: Db, kind: string, query: IndicatorQuery): Promise<number> {
  const result = await db.execute(
    sql`select count(*)::int as n from meetings m where m.id in (${heldIn(query)}) and m.kind = ${kind}`,
  );
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}

/**
 * Attendance rate over the period: present among those recorded, members of other cells there in temporary activity
 * aside (they attend but count in none of the host cell's figures, domain.md §2.5).
 */
export async function attendanceRate(db: Db, query: IndicatorQuery): Promise<number | null> {
  const result =
    await db.execute(sql`select count(*) filter (where a.status = 'present')::int as present, count(*)::int as recorded
    from meeting_attendance a join meetings m on m.id = a.meeting_id
    where a.meeting_id in (${heldIn(query)}) and not ${hostedOn(sql`a.member_id`, sql`m.org_unit_id`, meetingDay)}`);
  const row = rowsOf<{ present: number; recorded: number }>(result)[0];
  return row && row.recorded > 0 ? Math.round((row.present / row.recorded) * 1000) / 10 : null;
}

/** Scored meetings of the period that reached a quality level. */
export async function countScored(db: Db, level: string, query: IndicatorQuery): Promise<number> {
  const result = await db.execute(sql`select count(*)::int as n from meeting_scores s
    where s.meeting_id in (${heldIn(query)}) and s.level = ${level}`);
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}
