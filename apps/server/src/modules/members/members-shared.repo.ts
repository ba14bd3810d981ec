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
 * `is_exempt`, `name_sort_key` and `counted` (false for a member exempt from activities or working in another
 * cell for a while, who do not count towards a meeting's quorum). No personal data; Postgres folds it into the query.
 */
export function memberSummariesSql(): SQL {
  return sql`(select id, full_name, org_unit_id, status, is_exempt, name_sort_key,
    not (is_exempt or temporary_org_name is not null or temporary_org_unit_id is not null) as counted from members)`;
}

/** The roster of a unit today, as a relation like `memberSummariesSql`: its members on the member list. */
export function unitRosterSql(unitId: SQL): SQL {
  return sql`(select * from ${memberSummariesSql()} r where r.org_unit_id = ${unitId} and ${onMemberListSql(sql`r.status`)})`;
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
