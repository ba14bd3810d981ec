import { sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";
import { emptyFigures, type LeafFigures, officialCellOn, periodsSql, unitsSql } from "../members";

/**
 * The residence figures (residence.indicators.ts) of many cells and periods in one query, for units that never had a
 * unit under them: comments requested and received in each period, each counted at the member's official cell on the
 * day it was requested or received, as the indicators' `compute` counts them for one unit and period. For the demo's
 * monthly reports; tested equal to the indicators (demo-reports.test.ts).
 */
export async function leafResidenceFigures(
  db: Db,
  unitIds: readonly string[],
  periods: readonly { from: string; to: string }[],
): Promise<LeafFigures> {
  const figures = emptyFigures(unitIds, periods, {
    "residence.commentsRequested": 0,
    "residence.commentsReceived": 0,
  });
  if (unitIds.length === 0 || periods.length === 0) return figures;
  const requested = officialCellOn(sql`r.member_id`, sql`r.requested_on`);
  const received = officialCellOn(sql`r.member_id`, sql`r.received_on`);
  const result = await db.execute(sql`with q as ${periodsSql(periods)},
    c as (select q.f, ${requested} as unit, 'residence.commentsRequested' as id from q
        join residence_comment_requests r on r.requested_on between q.f and q.t
      union all select q.f, ${received}, 'residence.commentsReceived' from q
        join residence_comment_requests r on r.status = 'received' and r.received_on between q.f and q.t)
    select f::text as f, unit, id, count(*)::int as n from c where unit = any(${unitsSql(unitIds)})
    group by f, unit, id`);
  for (const r of rowsOf<{ f: string; unit: string; id: string; n: number }>(result)) {
    const row = figures.get(`${r.unit}|${r.f}`);
    if (row) row[r.id] = r.n;
  }
  return figures;
}
