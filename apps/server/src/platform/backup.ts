import fs from "node:fs";
import readline from "node:readline";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import { getTableName, sql, type Table } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../db/database";
import * as schema from "../db/schema";
import { rowsOf } from "../db/sql";

const format = "dangvu-backup";
const formatVersion = 1;
// Sessions are not carried over: a restored system asks everyone to sign in again.
const skipped = new Set(["sessions"]);
const chunkSize = 2000;

/** Every table of the schema, parents before the tables that reference them. */
export function tablesInDependencyOrder(): string[] {
  const tables = Object.values(schema).filter((t) => t instanceof PgTable) as PgTable[];
  const deps = new Map<string, string[]>(
    tables.map((t) => [
      getTableName(t),
      getTableConfig(t).foreignKeys.map((fk) => getTableName(fk.reference().foreignTable as Table)),
    ]),
  );
  const ordered: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (ordered.includes(name) || path.has(name)) return;
    path.add(name);
    for (const dep of deps.get(name) ?? []) if (dep !== name) visit(dep, path);
    ordered.push(name);
  };
  for (const name of [...deps.keys()].sort()) visit(name, new Set());
  return ordered.filter((name) => !skipped.has(name));
}

/** Writes every row of every table to a gzip'd JSON-lines file that `restore` reads back, on PGlite or PostgreSQL. */
export async function backupTo(db: Db, file: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const tables = tablesInDependencyOrder();
  async function* lines() {
    yield `${JSON.stringify({ format, formatVersion, createdAt: new Date().toISOString(), tables })}\n`;
    for (const table of tables) {
      counts[table] = 0;
      for (let offset = 0; ; offset += chunkSize) {
        const result = await db.execute(
          sql.raw(`select row_to_json(t)::text as r from ${table} t order by 1 limit ${chunkSize} offset ${offset}`),
        );
        const rows = rowsOf<{ r: string }>(result).map((row) => row.r);
        if (rows.length === 0) break;
        counts[table] += rows.length;
        yield `${JSON.stringify({ table, rows: rows.map((r) => JSON.parse(r)) })}\n`;
      }
    }
  }
  await pipeline(lines, zlib.createGzip(), privateFile(file));
  return counts;
}

/**
 * A file only the server's user can read (0600): a backup holds every member's record. An existing file is closed
 * before it is rewritten, so the new contents are never readable by others, not even for a moment.
 */
function privateFile(file: string): fs.WriteStream {
  if (fs.existsSync(file)) fs.chmodSync(file, 0o600);
  return fs.createWriteStream(file, { mode: 0o600 });
}

/** Replaces all data with a backup's, in one transaction: on any error nothing changes. */
export async function restoreFrom(db: Db, file: string): Promise<Record<string, number>> {
  const input = readline.createInterface({
    input: fs.createReadStream(file).pipe(zlib.createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const iterator = input[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = first.done ? null : JSON.parse(first.value);
  if (header?.format !== format || header.formatVersion !== formatVersion)
    throw new Error(`${file} không phải tệp sao lưu của Đảng Vụ.`);
  const counts: Record<string, number> = {};
  await db.transaction(async (tx) => {
    const all = [...tablesInDependencyOrder(), ...skipped];
    await tx.execute(sql.raw(`truncate table ${all.join(", ")} cascade`));
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (!next.value.trim()) continue;
      const { table, rows } = JSON.parse(next.value) as { table: string; rows: unknown[] };
      if (!all.includes(table)) throw new Error(`Bảng không biết: ${table}`);
      const columns = sql.join(
        (await writableColumns(tx, table)).map((c) => sql.identifier(c)),
        sql`, `,
      );
      const source = sql`json_populate_recordset(null::${sql.identifier(table)}, ${JSON.stringify(rows)}::json)`;
      await tx.execute(sql`insert into ${sql.identifier(table)} (${columns}) select ${columns} from ${source}`);
      counts[table] = (counts[table] ?? 0) + rows.length;
    }
  });
  return counts;
}

/** The columns a row can be written into: generated columns (sort keys) are left to the database. */
async function writableColumns(db: Db, table: string): Promise<string[]> {
  const result = await db.execute(sql`select column_name as c from information_schema.columns
    where table_schema = current_schema() and table_name = ${table} and is_generated = 'NEVER' order by ordinal_position`);
  return rowsOf<{ c: string }>(result).map((r) => r.c);
}
