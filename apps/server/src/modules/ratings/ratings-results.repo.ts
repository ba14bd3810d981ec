import type { LevelCounts } from "@dangvu/contract";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";
import { currentUnitsSql } from "../org";

export interface CountRow {
  subjectType: "member" | "org";
  top: string;
  year: number;
  level: keyof LevelCounts;
  n: number;
}

/**
 * Decided yearly levels (cycles of kind year) of the subjects under a unit today, grouped by the unit's direct
 * children (the unit's own members and itself in a row of their own), by subject type, year and level.
 */
export async function countLevels(db: Db, orgUnitId: string, years: number[]): Promise<CountRow[]> {
  const units = currentUnitsSql();
  const result = await db.execute(sql`with recursive t(id, top) as (
      select ${orgUnitId}::uuid, ${orgUnitId}::uuid
      union all
      select u.id, case when t.id = ${orgUnitId}::uuid then u.id else t.top end from ${units} u join t on u.parent_id = t.id
    ), d as (
      select distinct on (a.subject_type, coalesce(a.member_id, a.org_unit_id), c.year)
        a.subject_type, a.org_unit_id, c.year, a.decided_level
      from rating_assessments a join review_cycles c on c.id = a.cycle_id
      where c.kind = 'year' and a.status = 'decided' and c.year = any(${`{${years.join(",")}}`}::int[])
        and a.org_unit_id in (select id from t)
      order by a.subject_type, coalesce(a.member_id, a.org_unit_id), c.year, a.decided_at desc nulls last
    )
    select d.subject_type as "subjectType", t.top, d.year, d.decided_level as level, count(*)::int as n
    from d join t on t.id = d.org_unit_id group by 1, 2, 3, 4`);
  return rowsOf<CountRow>(result);
}

/** The units directly under a unit today, in Vietnamese order. */
export async function childUnits(db: Db, orgUnitId: string) {
  return rowsOf<{ id: string; name: string }>(
    await db.execute(sql`select id, name from ${currentUnitsSql()} u where u.parent_id = ${orgUnitId}
      order by name_sort_key collate "C"`),
  );
}
