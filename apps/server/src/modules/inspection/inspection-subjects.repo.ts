import { sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";
import { memberSummariesSql } from "../members";

/** Members' names by id, through the members module's summary relation. */
export async function memberNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const list = sql.join(
    [...new Set(ids)].map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const result = await db.execute(sql`select m.id, m.full_name from ${memberSummariesSql()} m where m.id in (${list})`);
  return new Map(rowsOf<{ id: string; full_name: string }>(result).map((r) => [r.id, r.full_name]));
}
