import { sql } from "drizzle-orm";
import { inSubtree, versionInForce } from "../../access/scope";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";
import type { IndicatorQuery } from "../../platform/module";

/** Units of the given types under a unit (not itself) on the period's last day, as the tree stood then. */
export async function countUnitsOfTypes(db: Db, types: readonly string[], { orgUnitId, to }: IndicatorQuery) {
  const typeList = sql.join(
    types.map((t) => sql`${t}`),
    sql`, `,
  );
  const result = await db.execute(sql`select count(*)::int as n from org_unit_versions v
    where ${versionInForce(to)} and v.org_unit_id <> ${orgUnitId}
      and ${await inSubtree(db, sql`v.org_unit_id`, orgUnitId, to)} and v.type in (${typeList})`);
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}
