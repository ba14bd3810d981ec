import { type SQL, sql } from "drizzle-orm";
import { subtreeHistory } from "../../access/scope";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";
import type { IndicatorQuery } from "../../platform/module";
import { officialCellOn } from "../members";

/**
 * Requests counted for the members of a unit's subtree on the date that matters (the member's official cell on that
 * date, and where that cell stood then), so a later transfer or merge does not move past figures.
 */
async function countRequests(db: Db, { orgUnitId, from, to }: IndicatorQuery, day: SQL, period: SQL) {
  const result = await db.execute(sql`with sub as (${subtreeHistory(orgUnitId, from, to)})
    select count(*)::int as n from residence_comment_requests r
    where ${period} and exists (select 1 from sub s
      where s.id = ${officialCellOn(sql`r.member_id`, day)} and s.vf <= ${day} and ${day} < s.vt)`);
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}

/** Residence comments requested from the residence cells in a period, for the members of a subtree. */
export function countRequested(db: Db, query: IndicatorQuery): Promise<number> {
  return countRequests(
    db,
    query,
    sql`r.requested_on`,
    sql`r.requested_on between ${query.from}::date and ${query.to}::date`,
  );
}

/** Residence comments received (by link or on paper) in a period, for the members of a subtree. */
export function countReceived(db: Db, query: IndicatorQuery): Promise<number> {
  return countRequests(
    db,
    query,
    sql`r.received_on`,
    sql`r.status = 'received' and r.received_on between ${query.from}::date and ${query.to}::date`,
  );
}
