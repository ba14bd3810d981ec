import { sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";

/** What the meetings module lends to other modules (the member's handbook), so that they never name its tables. */

export interface CellMeetingRow {
  id: string;
  kind: string;
  topic: string;
  scheduledAt: Date | string;
  place: string | null;
  status: string;
  agenda: { title: string; note?: string }[];
  myAttendance: string | null;
  documents: { id: string; fileName: string }[] | null;
}

/** Meetings of one cell in a period (committee meetings aside), with one member's own attendance; only that cell's. */
export async function cellMeetingsOfMember(
  db: Db,
  orgUnitId: string,
  memberId: string,
  from: Date,
  to: Date,
): Promise<CellMeetingRow[]> {
  const result =
    await db.execute(sql`select m.id, m.kind, m.topic, m.scheduled_at as "scheduledAt", m.place, m.status, m.agenda,
      a.status as "myAttendance",
      (select json_agg(json_build_object('id', d.id, 'fileName', d.file_name) order by d.uploaded_at) from meeting_documents d where d.meeting_id = m.id) as documents
    from meetings m left join meeting_attendance a on a.meeting_id = m.id and a.member_id = ${memberId}
    where m.org_unit_id = ${orgUnitId} and m.kind <> 'committee'
      and m.scheduled_at >= ${from.toISOString()}::timestamptz and m.scheduled_at < ${to.toISOString()}::timestamptz
    order by m.scheduled_at`);
  return rowsOf<CellMeetingRow>(result);
}

/** Open follow-up tasks a member owns and those their cell owns as a whole, earliest due first. */
export async function openTasksOfMember(db: Db, memberId: string, orgUnitId: string) {
  const result = await db.execute(sql`select id, title, due_on::text as "dueOn", status,
      case when owner_member_id is null then 'cell' else 'member' end as owner
    from meeting_tasks
    where status = 'open' and (owner_member_id = ${memberId} or (owner_member_id is null and org_unit_id = ${orgUnitId}))
    order by due_on, title`);
  return rowsOf<{ id: string; title: string; dueOn: string; status: string; owner: "member" | "cell" }>(result);
}

/** The notices of a cell posted since a date and not withdrawn, newest first (at most 20). */
export async function cellNoticesSince(db: Db, orgUnitId: string, since: string) {
  return rowsOf<{ id: string; title: string; body: string; postedOn: string }>(
    await db.execute(sql`select id, title, body, posted_on::text as "postedOn" from notices
      where org_unit_id = ${orgUnitId} and withdrawn_at is null and posted_on >= ${since}::date order by posted_on desc limit 20`),
  );
}
