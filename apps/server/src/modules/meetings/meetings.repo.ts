import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, lte, type SQL, sql } from "drizzle-orm";
import { inResolvedScope } from "../../access/scope";
import type { Db } from "../../db/database";
import {
  meetingAttendance,
  meetingScores,
  meetings,
  meetingTasks,
  meetingVotes,
  scoringTemplates,
} from "../../db/schema";
import { rowsOf } from "../../db/sql";
import { unitRosterSql } from "../members";
import { currentUnitsSql } from "../org";

export type MeetingRow = typeof meetings.$inferSelect;
export type NewMeeting = typeof meetings.$inferInsert;

export async function findMeeting(db: Db, id: string): Promise<MeetingRow | undefined> {
  const [row] = await db.select().from(meetings).where(eq(meetings.id, id));
  return row;
}

export async function insertMeetings(db: Db, rows: NewMeeting[]) {
  await db.insert(meetings).values(rows);
}

/** The months (YYYY-MM, Vietnam time) of a year in which a unit already has a regular meeting. */
export async function monthsWithRegularMeeting(db: Db, orgUnitId: string, year: number): Promise<string[]> {
  const result =
    await db.execute(sql`select to_char(scheduled_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM') as month from meetings
      where org_unit_id = ${orgUnitId} and kind = 'regular' and extract(year from scheduled_at at time zone 'Asia/Ho_Chi_Minh') = ${year}`);
  return rowsOf<{ month: string }>(result).map((r) => r.month);
}

export interface MeetingFilter {
  from: string;
  to: string;
  kind?: string;
  status?: string;
}

export interface ListedMeeting {
  id: string;
  orgUnitId: string;
  orgUnitName: string;
  kind: string;
  topic: string;
  scheduledAt: string | Date;
  status: string;
  level: string | null;
}

/**
 * One page of the meetings of the units in a resolved scope within a period, newest first, with the total. The
 * day orders the page so that an index serves it: (org_unit_id, scheduled_at) for a subtree, (scheduled_at) for all.
 */
export async function listMeetings(
  db: Db,
  scope: string[] | "all",
  filter: MeetingFilter,
  page: { page: number; pageSize: number },
): Promise<{ rows: ListedMeeting[]; total: number }> {
  const parts: SQL[] = [
    inResolvedScope(sql`m.org_unit_id`, scope),
    sql`m.scheduled_at >= ${filter.from}::date and m.scheduled_at < (${filter.to}::date + 1)`,
  ];
  if (filter.kind) parts.push(sql`m.kind = ${filter.kind}`);
  if (filter.status) parts.push(sql`m.status = ${filter.status}`);
  const where = sql.join(parts, sql` and `);
  const [rows, count] = await Promise.all([
    db.execute(sql`select m.id, m.org_unit_id as "orgUnitId", coalesce(u.name, '') as "orgUnitName", m.kind, m.topic,
      m.scheduled_at as "scheduledAt", m.status, s.level
    from (select * from meetings m where ${where} order by m.scheduled_at desc, m.id desc
      limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}) m
    left join ${currentUnitsSql()} u on u.id = m.org_unit_id
    left join meeting_scores s on s.meeting_id = m.id
    order by m.scheduled_at desc, m.id desc`),
    db.execute(sql`select count(*)::int as n from meetings m where ${where}`),
  ]);
  return { rows: rowsOf<ListedMeeting>(rows), total: rowsOf<{ n: number }>(count)[0]?.n ?? 0 };
}

/**
 * The members a meeting counts: the unit's roster (its members on the list, those away flagged, and members of other
 * cells here in temporary activity), with their attendance if recorded.
 */
export async function roster(db: Db, meeting: MeetingRow) {
  const result = await db.execute(sql`select m.id as "memberId", m.full_name as "fullName", m.status, m.counted,
      m.temporary, m.away, m.is_exempt as exempt,
      a.status as attendance, a.reason, a.via
    from ${unitRosterSql(sql`${meeting.orgUnitId}`)} m left join meeting_attendance a on a.member_id = m.id and a.meeting_id = ${meeting.id}
    order by m.name_sort_key collate "C"`);
  return rowsOf<{
    memberId: string;
    fullName: string;
    status: "probationary" | "full";
    counted: boolean;
    temporary: boolean;
    away: boolean;
    exempt: boolean;
    attendance: "present" | "absent_excused" | "absent_unexcused" | null;
    reason: string | null;
    via: string | null;
  }>(result);
}

export async function upsertAttendance(
  db: Db,
  meetingId: string,
  entry: { memberId: string; status: string; reason?: string | null },
  via: string,
  at: Date,
) {
  await db
    .insert(meetingAttendance)
    .values({
      meetingId,
      memberId: entry.memberId,
      status: entry.status,
      reason: entry.reason ?? null,
      via,
      recordedAt: at,
    })
    .onConflictDoUpdate({
      target: [meetingAttendance.meetingId, meetingAttendance.memberId],
      set: { status: entry.status, reason: entry.reason ?? null, via, recordedAt: at },
    });
}

export function listVotes(db: Db, meetingId: string) {
  return db.select().from(meetingVotes).where(eq(meetingVotes.meetingId, meetingId));
}

export async function replaceVotes(
  db: Db,
  meetingId: string,
  votes: { subject: string; kind?: string; forCount: number; againstCount: number; abstainCount: number }[],
) {
  await db.delete(meetingVotes).where(eq(meetingVotes.meetingId, meetingId));
  if (votes.length)
    await db
      .insert(meetingVotes)
      .values(votes.map((v) => ({ id: randomUUID(), meetingId, ...v, kind: v.kind ?? "resolution" })));
}

export async function insertTasks(
  db: Db,
  meeting: MeetingRow,
  tasks: { title: string; ownerName: string; ownerMemberId: string | null; dueOn: string }[],
) {
  if (tasks.length === 0) return;
  await db.insert(meetingTasks).values(
    tasks.map((t) => ({
      id: randomUUID(),
      meetingId: meeting.id,
      orgUnitId: meeting.orgUnitId,
      ...t,
      status: "open",
    })),
  );
}

/** Open follow-up tasks of a unit, to carry into the next meeting's agenda. */
export function openTasks(db: Db, orgUnitId: string) {
  return db
    .select()
    .from(meetingTasks)
    .where(and(eq(meetingTasks.orgUnitId, orgUnitId), eq(meetingTasks.status, "open")))
    .orderBy(asc(meetingTasks.dueOn));
}

export async function findTask(db: Db, id: string) {
  const [row] = await db.select().from(meetingTasks).where(eq(meetingTasks.id, id));
  return row;
}

export async function updateTask(
  db: Db,
  id: string,
  expected: number,
  changes: Partial<typeof meetingTasks.$inferInsert>,
) {
  const rows = await db
    .update(meetingTasks)
    .set({ ...changes, version: sql`${meetingTasks.version} + 1` })
    .where(and(eq(meetingTasks.id, id), eq(meetingTasks.version, expected)))
    .returning({ id: meetingTasks.id });
  return rows.length === 1;
}

/** Updates a meeting if its version is still `expected`. */
export async function updateMeeting(
  db: Db,
  id: string,
  expected: number,
  changes: Partial<typeof meetings.$inferInsert>,
) {
  const rows = await db
    .update(meetings)
    .set({ ...changes, version: sql`${meetings.version} + 1` })
    .where(and(eq(meetings.id, id), eq(meetings.version, expected)))
    .returning({ id: meetings.id });
  return rows.length === 1;
}

/** The scoring template in force on a date. */
export async function templateOn(db: Db, on: string) {
  const [row] = await db
    .select()
    .from(scoringTemplates)
    .where(lte(scoringTemplates.validFrom, on))
    .orderBy(desc(scoringTemplates.validFrom))
    .limit(1);
  return row;
}

export async function findScore(db: Db, meetingId: string) {
  const [row] = await db.select().from(meetingScores).where(eq(meetingScores.meetingId, meetingId));
  return row;
}

export async function saveScore(db: Db, row: typeof meetingScores.$inferInsert) {
  await db
    .insert(meetingScores)
    .values(row)
    .onConflictDoUpdate({
      target: meetingScores.meetingId,
      set: {
        templateId: row.templateId,
        points: row.points,
        total: row.total,
        level: row.level,
        scoredAt: row.scoredAt,
      },
    });
}
