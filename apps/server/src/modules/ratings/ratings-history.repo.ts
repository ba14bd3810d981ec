import { sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";

/** A decided level of one subject for one year's cycle (kind `year`): what commendations and evidence read. */
export interface DecidedLevel {
  subjectId: string;
  year: number;
  level: string;
}

/**
 * The decided yearly levels of members (`member`) or organisations (`org`) in the given years: one row per subject
 * and year, from the yearly cycles only (a quarter's or a term's review is not the year's rating).
 */
export async function decidedYearLevels(
  db: Db,
  subjectType: "member" | "org",
  subjectIds: readonly string[],
  years: readonly number[],
): Promise<DecidedLevel[]> {
  if (subjectIds.length === 0 || years.length === 0) return [];
  const subject = subjectType === "member" ? sql`a.member_id` : sql`a.org_unit_id`;
  const result = await db.execute(sql`select distinct on (${subject}, c.year) ${subject} as "subjectId", c.year,
      a.decided_level as level
    from rating_assessments a join review_cycles c on c.id = a.cycle_id
    where a.subject_type = ${subjectType} and c.kind = 'year' and a.status = 'decided'
      and ${subject} = any(${`{${subjectIds.join(",")}}`}::uuid[])
      and c.year = any(${`{${years.join(",")}}`}::int[])
    order by ${subject}, c.year, a.decided_at desc nulls last`);
  return rowsOf<DecidedLevel>(result);
}
