import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { users } from "../../db/schema";
import { rowsOf } from "../../db/sql";

export async function memberIdOfUser(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ memberId: users.memberId }).from(users).where(eq(users.id, userId));
  return row?.memberId ?? null;
}

export interface MeetingRow {
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

/** Meetings of one cell around now, with the member's own attendance; only that cell's. */
export async function cellMeetings(
  db: Db,
  orgUnitId: string,
  memberId: string,
  from: Date,
  to: Date,
): Promise<MeetingRow[]> {
  const result =
    await db.execute(sql`select m.id, m.kind, m.topic, m.scheduled_at as "scheduledAt", m.place, m.status, m.agenda,
      a.status as "myAttendance",
      (select json_agg(json_build_object('id', d.id, 'fileName', d.file_name) order by d.uploaded_at) from meeting_documents d where d.meeting_id = m.id) as documents
    from meetings m left join meeting_attendance a on a.meeting_id = m.id and a.member_id = ${memberId}
    where m.org_unit_id = ${orgUnitId} and m.kind <> 'committee'
      and m.scheduled_at >= ${from.toISOString()}::timestamptz and m.scheduled_at < ${to.toISOString()}::timestamptz
    order by m.scheduled_at`);
  return rowsOf<MeetingRow>(result);
}

/** Open follow-up tasks the member owns. */
export async function ownTasks(db: Db, memberId: string) {
  const result = await db.execute(sql`select id, title, due_on::text as "dueOn", status from meeting_tasks
    where owner_member_id = ${memberId} and status = 'open' order by due_on`);
  return rowsOf<{ id: string; title: string; dueOn: string; status: string }>(result);
}

/** The member's registration in force at their place of residence, with the yearly comments. */
export async function ownResidence(db: Db, memberId: string) {
  const registration = rowsOf<{ id: string; address: string; residenceOrgName: string; case: string }>(
    await db.execute(sql`select id, address, residence_org_name as "residenceOrgName", "case" from residence_registrations
      where member_id = ${memberId} and ended_on is null order by registered_on desc limit 1`),
  )[0];
  if (!registration) return null;
  const comments = rowsOf<{ year: number; status: string; assessment: string | null; receivedOn: string | null }>(
    await db.execute(sql`select year, status, assessment, received_on::text as "receivedOn" from residence_comment_requests
      where member_id = ${memberId} order by year desc`),
  );
  return {
    address: registration.address,
    residenceOrgName: registration.residenceOrgName,
    case: registration.case,
    comments,
  };
}

/** The notices of the member's cell from the last three months. */
export async function cellNotices(db: Db, orgUnitId: string, since: string) {
  return rowsOf<{ id: string; title: string; body: string; postedOn: string }>(
    await db.execute(sql`select id, title, body, posted_on::text as "postedOn" from notices
      where org_unit_id = ${orgUnitId} and withdrawn_at is null and posted_on >= ${since}::date order by posted_on desc limit 20`),
  );
}
