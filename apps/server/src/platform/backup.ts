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
/** Rows per line of the file at most, and characters per line at most (a line is held in memory whole). */
const rowsPerLine = 2000;
const charsPerLine = 4 * 1024 * 1024;

/** A sequence's position, so that numbers drawn from it continue after a restore. */
interface SequenceState {
  name: string;
  /** As text: a bigint may not fit a JavaScript number. Null when nothing was ever drawn. */
  lastValue: string | null;
}

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

/**
 * Writes every row of every table to a gzip'd JSON-lines file that `restore` reads back, on PGlite or PostgreSQL.
 * One read-only snapshot: on PostgreSQL a server may keep writing, the file still holds one moment's data. The rows
 * are copied as PostgreSQL writes them (never parsed), so bigints, jsonb numbers and bytes come back exactly.
 */
export async function backupTo(db: Db, file: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const tables = tablesInDependencyOrder();
  await db.transaction(
    async (tx) => {
      const sequences = await sequenceStates(tx);
      async function* lines() {
        const createdAt = new Date().toISOString();
        yield `${JSON.stringify({ format, formatVersion, createdAt, tables, sequences })}\n`;
        for (const table of tables) {
          counts[table] = 0;
          for await (const rows of rowGroups(tx, table)) {
            counts[table] += rows.length;
            yield `{"table":${JSON.stringify(table)},"rows":[${rows.join(",")}]}\n`;
          }
        }
      }
      await pipeline(lines, zlib.createGzip(), privateFile(file));
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  return counts;
}

/** A table's rows as JSON text, in primary-key order, in groups that fit a line of the file. */
async function* rowGroups(db: Db, table: string): AsyncGenerator<string[]> {
  const order = await primaryKey(db, table);
  // Documents are stored in the database: rows holding bytes are fetched a few at a time.
  const fetch = (await hasBytes(db, table)) ? 4 : 500;
  const orderBy = order.length ? ` order by ${order.map((c) => `t.${quoteIdent(c)}`).join(", ")}` : "";
  await db.execute(
    sql.raw(`declare backup_rows no scroll cursor for
      select row_to_json(t)::text as r from ${quoteIdent(table)} t${orderBy}`),
  );
  let group: string[] = [];
  let chars = 0;
  for (;;) {
    const rows = rowsOf<{ r: string }>(await db.execute(sql.raw(`fetch ${fetch} from backup_rows`))).map((x) => x.r);
    for (const row of rows) {
      if (group.length > 0 && (group.length >= rowsPerLine || chars + row.length > charsPerLine)) {
        yield group;
        group = [];
        chars = 0;
      }
      group.push(row);
      chars += row.length + 1;
    }
    if (rows.length < fetch) break;
  }
  if (group.length) yield group;
  await db.execute(sql.raw("close backup_rows"));
}

async function primaryKey(db: Db, table: string): Promise<string[]> {
  const result = await db.execute(sql`select a.attname as c from pg_index i
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
    where i.indrelid = ${table}::regclass and i.indisprimary order by array_position(i.indkey, a.attnum)`);
  return rowsOf<{ c: string }>(result).map((r) => r.c);
}

async function hasBytes(db: Db, table: string): Promise<boolean> {
  const result = await db.execute(sql`select 1 from information_schema.columns
    where table_schema = current_schema() and table_name = ${table} and data_type = 'bytea'`);
  return rowsOf(result).length > 0;
}

/** The schema's own sequences (not the migrator's), with how far each has gone. */
async function sequenceStates(db: Db): Promise<SequenceState[]> {
  const result = await db.execute(sql`select sequencename as name, last_value::text as "lastValue"
    from pg_sequences where schemaname = current_schema() order by sequencename`);
  return rowsOf<SequenceState>(result);
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
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
    await tx.execute(sql.raw(`truncate table ${all.join(", ")} restart identity cascade`));
    const columnsOf = new Map<string, string[]>();
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (!next.value.trim()) continue;
      const { table, rows } = splitLine(next.value);
      if (!all.includes(table)) throw new Error(`Bảng không biết: ${table}`);
      if (!columnsOf.has(table)) columnsOf.set(table, await writableColumns(tx, table));
      const columns = sql.join(
        (columnsOf.get(table) ?? []).map((c) => sql.identifier(c)),
        sql`, `,
      );
      const source = sql`json_populate_recordset(null::${sql.identifier(table)}, ${rows}::json)`;
      const inserted = await tx.execute(sql`with inserted as (
        insert into ${sql.identifier(table)} (${columns}) overriding system value
        select ${columns} from ${source} returning 1)
        select count(*)::int as n from inserted`);
      counts[table] = (counts[table] ?? 0) + (rowsOf<{ n: number }>(inserted)[0]?.n ?? 0);
    }
    await restoreSequences(tx, (header.sequences ?? []) as SequenceState[]);
  });
  return counts;
}

/**
 * A data line's table and its rows' JSON text, left unparsed: JavaScript numbers would round bigints past 2^53 and
 * rewrite jsonb numbers (1.0 as 1). The line is `{"table":"…","rows":[…]}`, as backupTo (and every earlier version)
 * writes it.
 */
function splitLine(line: string): { table: string; rows: string } {
  const match = /^\{"table":("(?:[^"\\]|\\.)*"),"rows":\[/.exec(line);
  if (!match || !line.endsWith("]}")) throw new Error("Tệp sao lưu bị hỏng: một dòng không đúng dạng.");
  return { table: JSON.parse(match[1] as string) as string, rows: line.slice(match[0].length - 1, -1) };
}

/** Puts each sequence the backup knew back where it was; a sequence the database does not have is skipped. */
async function restoreSequences(db: Db, sequences: SequenceState[]) {
  const existing = new Set((await sequenceStates(db)).map((s) => s.name));
  for (const { name, lastValue } of sequences) {
    if (!existing.has(name)) continue;
    if (lastValue === null) await db.execute(sql.raw(`alter sequence ${quoteIdent(name)} restart`));
    else await db.execute(sql`select setval(${quoteIdent(name)}::regclass, ${lastValue}::bigint, true)`);
  }
}

/**
 * The columns a row can be written into: generated columns (sort keys) are left to the database; identity columns are
 * written as they were (`overriding system value`), their sequences set again from the backup's header.
 */
async function writableColumns(db: Db, table: string): Promise<string[]> {
  const result = await db.execute(sql`select column_name as c from information_schema.columns
    where table_schema = current_schema() and table_name = ${table} and is_generated = 'NEVER' order by ordinal_position`);
  return rowsOf<{ c: string }>(result).map((r) => r.c);
}
