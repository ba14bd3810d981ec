import { sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";
import { unitsOnSql } from "../org";

/** A unit as it stood on a day: name and type; undefined when it did not exist then. */
export async function unitOn(db: Db, id: string, day: string): Promise<{ name: string; type: string } | undefined> {
  const result = await db.execute(sql`select u.name, u.type from ${unitsOnSql(day)} u where u.id = ${id}::uuid`);
  return rowsOf<{ name: string; type: string }>(result)[0];
}

/** The units directly under a unit on a day, with the number of units under each, in Vietnamese order. */
export async function childrenOn(
  db: Db,
  id: string,
  day: string,
): Promise<{ id: string; name: string; type: string; childCount: number }[]> {
  const units = unitsOnSql(day);
  const result = await db.execute(sql`select u.id, u.name, u.type,
      (select count(*)::int from ${units} c where c.parent_id = u.id) as "childCount"
    from ${units} u where u.parent_id = ${id}::uuid
    order by u.name_sort_key collate "C", u.name collate "C"`);
  return rowsOf<{ id: string; name: string; type: string; childCount: number }>(result);
}

/** The ancestors of a unit on a day, from the top down, the unit itself last. */
export async function pathOn(db: Db, id: string, day: string): Promise<{ id: string; name: string }[]> {
  const units = unitsOnSql(day);
  const result = await db.execute(sql`with recursive up(id, name, parent_id, depth) as (
      select u.id, u.name, u.parent_id, 0 from ${units} u where u.id = ${id}::uuid
      union all
      select u.id, u.name, u.parent_id, up.depth + 1 from ${units} u join up on u.id = up.parent_id where up.depth < 50
    ) select id, name from up order by depth desc`);
  return rowsOf<{ id: string; name: string }>(result);
}
