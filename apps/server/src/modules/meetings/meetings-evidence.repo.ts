import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";

/** What the ratings module reads beside a member or an organisation under review, without naming these tables. */

/** A member's attendance at their cell's meetings (committee meetings aside) held in a year. */
export async function yearAttendanceOfMember(db: Db, memberId: string, year: number) {
  const result = await db.execute(sql`select count(*)::int as meetings,
      count(*) filter (where a.status = 'present')::int as present,
      count(*) filter (where a.status = 'absent_excused')::int as excused,
      count(*) filter (where a.status = 'absent_unexcused')::int as absent
    from meeting_attendance a join meetings m on m.id = a.meeting_id
    where a.member_id = ${memberId} and m.kind <> 'committee'
      and extract(year from m.scheduled_at at time zone 'Asia/Ho_Chi_Minh') = ${year}`);
  return rowsOf<{ meetings: number; present: number; excused: number; absent: number }>(result)[0] ?? null;
}

/** How many meetings of the units in `units` (a subquery of ids) held in a year were rated at each quality level. */
export async function yearMeetingQuality(db: Db, units: SQL, year: number) {
  const result = await db.execute(sql`select s.level, count(*)::int as count
    from meeting_scores s join meetings m on m.id = s.meeting_id
    where m.org_unit_id in (${units}) and extract(year from m.scheduled_at at time zone 'Asia/Ho_Chi_Minh') = ${year}
    group by s.level order by count(*) desc, s.level`);
  return rowsOf<{ level: string; count: number }>(result);
}

/** Open follow-up tasks a unit owns as a whole, earliest due first. */
export async function openTasksOfUnit(db: Db, orgUnitId: string) {
  const result = await db.execute(sql`select id, title, due_on::text as "dueOn" from meeting_tasks
    where status = 'open' and owner_member_id is null and org_unit_id = ${orgUnitId} order by due_on, title`);
  return rowsOf<{ id: string; title: string; dueOn: string | null }>(result);
}
