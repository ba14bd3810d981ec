import { type SQL, sql } from "drizzle-orm";
import { subtreeHistory } from "../../access/scope";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";
import type { IndicatorQuery } from "../../platform/module";
import { badgeFactsSql, officialCellOn } from "../members";

/**
 * Party badges awarded in a period (by award date) to members of a unit's subtree, each counted where the member's
 * official cell stood on the award date (the day before death for a posthumous badge), so a later transfer or merge
 * does not move past figures. Reissues of lost badges are not counted. `filter` narrows the badges (a milestone, posthumous).
 */
export async function countBadges(db: Db, { orgUnitId, from, to }: IndicatorQuery, filter: SQL): Promise<number> {
  const result = await db.execute(sql`with sub as (${subtreeHistory(orgUnitId, from, to)})
    , badges as (select b.*, case when m.exited_on::date <= b.award_date then m.exited_on::date - 1
        else b.award_date end as day
      from party_badges b join ${badgeFactsSql()} m on m.id = b.member_id
      where b.kind <> 'reissue' and b.award_date between ${from}::date and ${to}::date and ${filter})
    select count(*)::int as n from badges b
    where exists (select 1 from sub s where s.id = ${officialCellOn(sql`b.member_id`, sql`b.day`)}
      and s.vf <= b.day and b.day < s.vt)`);
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}

export const allBadges = sql`true`;
export const posthumousBadges = sql`b.kind = 'posthumous'`;
export const milestoneBadges = (years: number) => sql`b.milestone = ${years}`;
