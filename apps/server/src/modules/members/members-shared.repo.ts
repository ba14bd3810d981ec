import { type SQL, sql } from "drizzle-orm";

/**
 * SQL the members module lends to other modules, so that they never name its tables: each is a fragment to embed
 * in their own statements.
 */

/** The official cell of a member on a day (a scalar subquery; null when none). */
export function officialCellOn(memberId: SQL, day: SQL): SQL {
  return sql`(select ms.org_unit_id from memberships ms where ms.member_id = ${memberId} and ms.kind = 'official'
    and ms.valid_from <= ${day} and (ms.valid_to is null or ms.valid_to > ${day}) order by ms.valid_from desc limit 1)`;
}

/** The condition that a member's status is on the party's member list (probationary or full). */
export function onMemberListSql(status: SQL): SQL {
  return sql`${status} in ('probationary', 'full')`;
}
