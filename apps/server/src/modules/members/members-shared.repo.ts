import { type SQL, sql } from "drizzle-orm";
import { memberListStatuses } from "./members.rules";

/**
 * SQL the members module lends to other modules, so that they never name its tables: each is a fragment to embed
 * in their own statements.
 */

/** The official cell of a member on a day (a scalar subquery; null when none). */
export function officialCellOn(memberId: SQL, day: SQL): SQL {
  return sql`(select ms.org_unit_id from memberships ms where ms.member_id = ${memberId} and ms.kind = 'official'
    and ms.valid_from <= ${day} and (ms.valid_to is null or ms.valid_to > ${day}) order by ms.valid_from desc limit 1)`;
}

/** The condition that a member's status is on the party's member list (`isOnMemberList`, in SQL). */
export function onMemberListSql(status: SQL): SQL {
  return sql`${status} in (${sql.raw(memberListStatuses.map((s) => `'${s}'`).join(", "))})`;
}

/**
 * The members as other modules may see them, as a relation to join: `id`, `full_name`, `org_unit_id`, `status`,
 * `is_exempt`, `name_sort_key`, `temporary_org_unit_id`, `away` (in temporary activity in another cell or outside the
 * committee for a while) and `counted` (false for a member exempt from activities or away, who do not count towards a
 * meeting's attendance). No personal data; Postgres folds it into the query.
 */
export function memberSummariesSql(): SQL {
  return sql`(select id, full_name, org_unit_id, status, is_exempt, name_sort_key, temporary_org_unit_id,
    (temporary_org_name is not null or temporary_org_unit_id is not null) as away,
    not (is_exempt or temporary_org_name is not null or temporary_org_unit_id is not null) as counted from members)`;
}

/**
 * The roster of a unit's meetings today, as a relation like `memberSummariesSql` with a flag `temporary`:
 * - its own members on the member list (`temporary` false), those away included (`away`, not `counted`): they stay on
 *   the cell's list and its figures, and a meeting leaves them out of its attendance;
 * - members of other cells here in temporary activity (`temporary` true, `org_unit_id` their own cell): they attend
 *   and are marked, but do not vote and are not counted in the cell's figures or its attendance rate (domain.md §2.5).
 */
export function unitRosterSql(unitId: SQL): SQL {
  return sql`(select r.*, false as temporary from ${memberSummariesSql()} r
      where r.org_unit_id = ${unitId} and ${onMemberListSql(sql`r.status`)}
    union all
    select r.id, r.full_name, r.org_unit_id, r.status, r.is_exempt, r.name_sort_key, r.temporary_org_unit_id,
      false as away, false as counted, true as temporary from ${memberSummariesSql()} r
      where r.temporary_org_unit_id = ${unitId} and r.org_unit_id <> ${unitId} and ${onMemberListSql(sql`r.status`)})`;
}

/**
 * The condition that a member was in a unit in temporary activity from another cell on a day (domain.md §2.5): such a
 * member attends there but counts in none of its figures.
 */
export function hostedOn(memberId: SQL, unitId: SQL, day: SQL): SQL {
  return sql`exists (select 1 from memberships ms where ms.member_id = ${memberId} and ms.kind = 'temporary'
    and ms.org_unit_id = ${unitId} and ms.valid_from <= ${day} and (ms.valid_to is null or ms.valid_to > ${day}))`;
}

/**
 * Party members officially in a unit on a date (a scalar subquery): today, the members on the list assigned to it;
 * on a past date, the official memberships then of those admitted (or recognised as full members) by then.
 */
export function memberCountSql(unit: SQL, asOf: string | undefined, fullOnly = false): SQL {
  if (!asOf) {
    const status = fullOnly ? sql`m.status = 'full'` : onMemberListSql(sql`m.status`);
    return sql`(select count(*)::int from members m where m.org_unit_id = ${unit} and ${status})`;
  }
  const since = fullOnly ? sql`m.full_membership_on` : sql`m.admission_decided_on`;
  return sql`(select count(*)::int from memberships ms join members m on m.id = ms.member_id
    where ms.org_unit_id = ${unit} and ms.kind = 'official' and ms.valid_from <= ${asOf}::date
      and (ms.valid_to is null or ms.valid_to > ${asOf}::date) and ${since} <= ${asOf}::date)`;
}
