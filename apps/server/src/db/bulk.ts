import { getTableColumns, getTableName, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "./database";

/**
 * Inserts many rows as one JSON parameter (json_populate_recordset) instead of thousands of bind parameters:
 * several times faster for imports and seeding, on PGlite and PostgreSQL alike. Columns that no row of a batch
 * sets are left out, so their defaults apply.
 */
export async function bulkInsert<T extends PgTable>(db: Db, table: T, rows: T["$inferInsert"][], batchSize = 5000) {
  const all = Object.entries(getTableColumns(table)).filter(([, column]) => !column.generated);
  const tableName = sql.identifier(getTableName(table));
  for (let i = 0; i < rows.length; i += batchSize) {
    const batch = rows.slice(i, i + batchSize) as Record<string, unknown>[];
    const used = all.filter(([key]) => batch.some((row) => row[key] !== undefined));
    const json = batch.map((row) => {
      const out: Record<string, unknown> = {};
      for (const [key, column] of used) {
        const value = row[key];
        out[column.name] = value instanceof Date ? value.toISOString() : (value ?? null);
      }
      return out;
    });
    const names = sql.join(
      used.map(([, column]) => sql.identifier(column.name)),
      sql`, `,
    );
    await db.execute(
      sql`insert into ${tableName} (${names}) select ${names} from json_populate_recordset(null::${tableName}, ${JSON.stringify(json)}::json)`,
    );
  }
}
