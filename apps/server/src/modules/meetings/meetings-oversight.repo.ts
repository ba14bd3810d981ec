import type { QualityLevel } from "@dangvu/contract";
import { type SQL, sql } from "drizzle-orm";
import { inResolvedScope } from "../../access/scope";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";
import { memberSummariesSql, onMemberListSql } from "../members";
import { currentUnitsSql, isCellSql } from "../org";

type Scope = string[] | "all";

/** A subquery of unit ids, as the members' reminders pass it. */
export type UnitsSql = SQL;

/** Whose members to look at: a resolved scope of units, or a subquery of unit ids (the members' reminders pass one). */
export type UnitFilter = { scope: Scope } | { units: SQL };

function unitCondition(column: SQL, filter: UnitFilter): SQL {
  return "scope" in filter ? inResolvedScope(column, filter.scope) : sql`${column} in (${filter.units})`;
}

/** The current cells in a resolved scope with their regular meetings in a month and thematic ones since a date. */
export async function cellsMeetingCounts(db: Db, scope: Scope, month: string, thematicSince: string) {
  const result = await db.execute(sql`select v.id, v.name,
      (select count(*)::int from meetings m where m.org_unit_id = v.id and m.kind = 'regular' and to_char(m.scheduled_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM') = ${month}) as regular,
      (select count(*)::int from meetings m where m.org_unit_id = v.id and m.kind = 'thematic' and m.scheduled_at >= ${thematicSince}::date) as thematic
    from ${currentUnitsSql()} v where ${isCellSql(sql`v.type`)} and ${inResolvedScope(sql`v.id`, scope)}
    order by v.name_sort_key collate "C"`);
  return rowsOf<{ id: string; name: string; regular: number; thematic: number }>(result);
}

/**
 * The members on the list (not exempt) of the current units in a resolved scope, each with their attendance at the
 * latest meetings of their unit that took place (committee meetings aside, at most `count`), newest first.
 */
export async function membersLastAttendances(db: Db, scope: Scope, count: number) {
  const result =
    await db.execute(sql`select mb.id as "memberId", mb.full_name as "memberName", v.id as "orgUnitId", v.name as "orgUnitName",
        array(select a.status from meetings m left join meeting_attendance a on a.meeting_id = m.id and a.member_id = mb.id
              where m.org_unit_id = mb.org_unit_id and m.kind <> 'committee' and m.status <> 'planned'
              order by m.scheduled_at desc limit ${count}) as statuses
      from ${memberSummariesSql()} mb join ${currentUnitsSql()} v on v.id = mb.org_unit_id
      where ${onMemberListSql(sql`mb.status`)} and not mb.is_exempt and ${inResolvedScope(sql`v.id`, scope)}`);
  return rowsOf<{
    memberId: string;
    memberName: string;
    orgUnitId: string;
    orgUnitName: string;
    statuses: (string | null)[];
  }>(result);
}

/**
 * Members on the list in the units who were absent without reason from cell meetings (committee meetings aside) in at
 * least `min` different months of a year (Vietnam time), with those months ("07", "09" …).
 */
export async function membersUnexcusedMonths(db: Db, filter: UnitFilter, year: number, min: number) {
  // One pass over the year's unexcused absences, grouped by member, then joined to the members in the units: asking
  // each member in turn read the whole attendance table once per member (25 s for the demo's 4,000 members).
  const month = sql`to_char(m.scheduled_at at time zone 'Asia/Ho_Chi_Minh', 'MM')`;
  const result = await db.execute(sql`with absent as (
      select a.member_id, array_agg(distinct ${month} order by ${month}) as months
      from meeting_attendance a join meetings m on m.id = a.meeting_id
      where a.status = 'absent_unexcused' and m.kind <> 'committee'
        and m.scheduled_at >= ${`${year}-01-01T00:00:00+07:00`}::timestamptz
        and m.scheduled_at < ${`${year + 1}-01-01T00:00:00+07:00`}::timestamptz
      group by a.member_id having count(distinct ${month}) >= ${min}
    )
    select mb.id as "memberId", mb.full_name as "memberName", v.id as "orgUnitId", v.name as "orgUnitName", ab.months
    from absent ab join ${memberSummariesSql()} mb on mb.id = ab.member_id join ${currentUnitsSql()} v on v.id = mb.org_unit_id
    where ${onMemberListSql(sql`mb.status`)} and ${unitCondition(sql`mb.org_unit_id`, filter)}
    order by vi_sort_key(mb.full_name) collate "C"`);
  return rowsOf<{ memberId: string; memberName: string; orgUnitId: string; orgUnitName: string; months: string[] }>(
    result,
  );
}

/** The current cells in a resolved scope, each with the levels of its scored regular meetings of a year, in order. */
export async function cellsRegularLevels(db: Db, scope: Scope, year: number) {
  const result = await db.execute(sql`select v.id, v.name,
        array(select s.level from meetings m join meeting_scores s on s.meeting_id = m.id
              where m.org_unit_id = v.id and m.kind = 'regular' and extract(year from m.scheduled_at at time zone 'Asia/Ho_Chi_Minh') = ${year}
              order by m.scheduled_at) as levels
      from ${currentUnitsSql()} v where ${isCellSql(sql`v.type`)} and ${inResolvedScope(sql`v.id`, scope)}
      order by v.name_sort_key collate "C"`);
  return rowsOf<{ id: string; name: string; levels: QualityLevel[] }>(result);
}
