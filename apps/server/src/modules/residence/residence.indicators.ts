import { type SQL, sql } from "drizzle-orm";
import { subtreeUnitIds } from "../../access/scope";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";

/**
 * Requests counted for the members of a unit's subtree on the date that matters (the tree as it stood at the end of
 * the period, the member's cell on that date), so a later transfer does not move past figures.
 */
async function countRequests(db: Db, orgUnitId: string, to: string, dateColumn: SQL, period: SQL): Promise<number> {
  const result = await db.execute(sql`select count(*)::int as n from residence_comment_requests r
    where ${period} and exists (select 1 from memberships ms where ms.member_id = r.member_id and ms.kind = 'official'
      and ms.valid_from <= ${dateColumn} and (ms.valid_to is null or ms.valid_to > ${dateColumn})
      and ms.org_unit_id in (${subtreeUnitIds(orgUnitId, to)}))`);
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}

/** Residence comments requested from the residence cells in a period, for the members of a subtree. */
export function residenceCommentsRequested(db: Db, orgUnitId: string, from: string, to: string): Promise<number> {
  return countRequests(
    db,
    orgUnitId,
    to,
    sql`r.requested_on`,
    sql`r.requested_on between ${from}::date and ${to}::date`,
  );
}

/** Residence comments received (by link or on paper) in a period, for the members of a subtree. */
export function residenceCommentsReceived(db: Db, orgUnitId: string, from: string, to: string): Promise<number> {
  return countRequests(
    db,
    orgUnitId,
    to,
    sql`r.received_on`,
    sql`r.status = 'received' and r.received_on between ${from}::date and ${to}::date`,
  );
}
