/**
 * The upgrade path from the embedded database to PostgreSQL (docs/operations.md), as an operator runs it: the suite's
 * database, with every fixture the passes made, is copied into a PGlite data directory; `npx dangvu backup` reads that
 * directory, `npx dangvu restore` writes the file into a new PostgreSQL database, and `npx dangvu audit verify` checks
 * the chain there. Then every table is compared row by row (all columns, sorted the same way on both sides), the
 * sequences, and the Vietnamese order of names (vi_sort_key) on the two engines. Prints one line per table.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import pg from "pg";
import { type Database, type Db, pgliteExtensions } from "../src/db/database";
import { rowsOf } from "../src/db/sql";
import { backupTo } from "../src/platform/backup";
import type { World } from "./world";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../../..");
const adminUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
/** Not carried by a backup on purpose: a restored system asks everyone to sign in again. */
const notCarried = new Set(["sessions"]);

interface Side {
  rows: number;
  hash: string;
}

/** Runs the round trip and the comparison; prints what it saw and returns whether the data came back identical. */
export async function runUpgrade(world: World): Promise<boolean> {
  const started = performance.now();
  console.log("\nUpgrade: embedded database → `npx dangvu backup` → `npx dangvu restore` into PostgreSQL");
  const client = await connect(adminUrl);
  if (!client) return false;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dangvu-upgrade-"));
  const name = `dangvu_upgrade_${process.pid}`;
  try {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
    const url = withDatabase(adminUrl, name);
    const problems = await roundTrip(world.database, dir, url);
    if (problems.length) return report(problems, started);
    const target = new pg.Client({ connectionString: url, user: userOf(url) });
    await target.connect();
    try {
      problems.push(...(await compare(world.database.db, target)));
    } finally {
      await target.end();
    }
    return report(problems, started);
  } finally {
    await client.query(`drop database if exists ${name} with (force)`).catch(() => undefined);
    await client.end();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function report(problems: string[], started: number): boolean {
  for (const problem of problems) console.log(`  ✗ ${problem}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Upgrade: ${problems.length ? `${problems.length} failure(s)` : "identical"}; time: ${seconds} s`);
  return problems.length === 0;
}

async function connect(url: string): Promise<pg.Client | null> {
  const client = new pg.Client({ connectionString: url, user: userOf(url), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return client;
  } catch (error) {
    console.log(
      `  ✗ PostgreSQL does not answer at ${url.replace(/:[^:@/]*@/, ":***@")} (${(error as Error).message}): ` +
        "the upgrade check needs one. Set TEST_DATABASE_URL, or start the machine's server " +
        "(pg_ctlcluster --skip-systemctl-redirect <version> main start; .ci/run does).",
    );
    return null;
  }
}

/**
 * The operator's steps, each through the real command line; returns what went wrong. The suite's own PGlite is copied
 * whole into a data directory (as the committee office's server would have left it); a suite on PostgreSQL
 * (`--servers N`) is written there through `backupTo` and `npx dangvu restore` instead.
 */
async function roundTrip(source: Database, dir: string, url: string): Promise<string[]> {
  const dataDir = path.join(dir, "data");
  const file = path.join(dir, "upgrade.jsonl.gz");
  const embedded = { DANGVU_DATA_DIR: dataDir, DATABASE_URL: "" };
  const server = { DATABASE_URL: url, DANGVU_DATA_DIR: path.join(dir, "unused") };
  const steps: [string, Record<string, string>, string[]][] = [
    ["npx dangvu backup (embedded)", embedded, ["backup", file]],
    ["npx dangvu restore --yes (PostgreSQL)", server, ["restore", file, "--yes"]],
    ["npx dangvu audit verify (PostgreSQL)", server, ["audit", "verify"]],
  ];
  const pglite = source.pglite;
  if (pglite) await step("the suite's database copied into a data directory", () => copyInto(pglite, dataDir));
  else {
    const suiteFile = path.join(dir, "suite.jsonl.gz");
    await step("the suite's database written to a file", () => backupTo(source.db, suiteFile));
    steps.unshift(["…and restored into a data directory", embedded, ["restore", suiteFile, "--yes"]]);
  }
  for (const [label, env, args] of steps) {
    const problem = await step(label, () => cli(env, args));
    if (problem) return [`${label}: ${problem}`];
  }
  return [];
}

/** An in-memory PGlite's files, as they are, in a directory the command line can open. */
async function copyInto(pglite: PGlite, dataDir: string) {
  const files = await pglite.dumpDataDir("none");
  const copy = await PGlite.create(dataDir, { loadDataDir: files, extensions: pgliteExtensions });
  await copy.close();
}

async function step(label: string, action: () => Promise<unknown>): Promise<string | null> {
  const started = performance.now();
  const result = await action();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const said = typeof result === "string" ? result : "";
  console.log(`  ${label}: ${seconds} s${said ? ` (${said.length > 160 ? `${said.slice(0, 160)}…` : said})` : ""}`);
  return typeof result === "object" && result && "problem" in result ? String(result.problem) : null;
}

/** `node bin/dangvu.js …` as an operator types it; the first line it prints, or the problem when it fails. */
async function cli(env: Record<string, string>, args: string[]): Promise<string | { problem: string }> {
  try {
    const { stdout } = await run(process.execPath, ["bin/dangvu.js", ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout.trim().split("\n")[0] ?? "";
  } catch (error) {
    const e = error as { code?: number; stderr?: string; stdout?: string };
    return { problem: `exit ${e.code}: ${(e.stderr || e.stdout || String(error)).trim().slice(0, 400)}` };
  }
}

/** Every table's rows, the sequences and the Vietnamese name order, side by side; returns the differences. */
async function compare(source: Db, target: pg.Client): Promise<string[]> {
  const problems: string[] = [];
  const tables = rowsOf<{ name: string }>(
    await source.execute(sql`select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`),
  ).map((r) => r.name);
  console.log(`  ${"table".padEnd(36)} ${"embedded".padStart(9)} ${"PostgreSQL".padStart(10)}`);
  for (const table of tables) {
    const before = await fingerprint((q) => rowsOfSource(source, q), table);
    const after = await fingerprint((q) => target.query(q).then((r) => r.rows), table);
    const same = before.rows === after.rows && before.hash === after.hash;
    const expected = notCarried.has(table) ? after.rows === 0 : same;
    const note = notCarried.has(table)
      ? " (not carried: everyone signs in again)"
      : before.rows === 0
        ? " (empty)"
        : "";
    const mark = expected ? "✓" : "✗";
    console.log(
      `  ${table.padEnd(36)} ${String(before.rows).padStart(9)} ${String(after.rows).padStart(10)} ${mark}${note}`,
    );
    if (!expected)
      problems.push(
        `${table}: ${await firstDifference(
          (q) => rowsOfSource(source, q),
          (q) => target.query(q).then((r) => r.rows),
          table,
        )}`,
      );
  }
  problems.push(...(await compareLists(source, target)));
  return problems;
}

type Query = (text: string) => Promise<Record<string, unknown>[]>;

function rowsOfSource(db: Db, text: string): Promise<Record<string, unknown>[]> {
  return db.execute(sql.raw(text)).then((r) => rowsOf<Record<string, unknown>>(r));
}

/** Rows as JSON text (every column, by name), sorted byte-wise: the same text on both engines for the same data. */
const sortedRows = (table: string) =>
  `select row_to_json(t)::text as r from "${table}" t order by row_to_json(t)::text collate "C"`;

async function fingerprint(query: Query, table: string): Promise<Side> {
  const [row] = await query(
    `select count(*)::int as n, md5(coalesce(string_agg(r, E'\\n' order by r collate "C"), '')) as h
     from (select row_to_json(t)::text as r from "${table}" t) s`,
  );
  return { rows: Number(row?.n), hash: String(row?.h) };
}

async function firstDifference(source: Query, target: Query, table: string): Promise<string> {
  const [a, b] = await Promise.all([source(sortedRows(table)), target(sortedRows(table))]);
  const left = a.map((r) => String(r.r));
  const right = b.map((r) => String(r.r));
  const at = left.findIndex((row, i) => row !== right[i]);
  const i = at === -1 ? left.length : at;
  const [l, r] = [left[i] ?? "(none)", right[i] ?? "(none)"];
  let from = 0;
  while (from < l.length && l[from] === r[from]) from++;
  // Where the two rows part, with a little of what comes before.
  const cut = (s: string) => `${from > 80 ? "…" : ""}${s.slice(Math.max(0, from - 80), from + 220)}`;
  return (
    `${left.length} rows embedded, ${right.length} on PostgreSQL; first difference at row ${i + 1}, character ` +
    `${from + 1}:\n      embedded:   ${cut(l)}\n      PostgreSQL: ${cut(r)}`
  );
}

/** The sequences' positions, and the lists' order by the Vietnamese sort keys (the expression indexes' functions). */
async function compareLists(source: Db, target: pg.Client): Promise<string[]> {
  const checks: [string, string][] = [
    [
      "sequences",
      "select sequencename as k, last_value::text as v from pg_sequences where schemaname = current_schema() order by 1",
    ],
    [
      "members by name (vi_name_sort_key)",
      `select id::text as k from members order by vi_name_sort_key(full_name) collate "C", id`,
    ],
    [
      "units by name (vi_sort_key)",
      `select id::text as k from org_unit_versions order by vi_sort_key(name) collate "C", id`,
    ],
    ["members by name search (vi_unaccent)", `select id::text as k, name_search as v from members order by id`],
  ];
  const problems: string[] = [];
  for (const [label, text] of checks) {
    const a = JSON.stringify(await rowsOfSource(source, text));
    const b = JSON.stringify((await target.query(text)).rows);
    console.log(`  ${label}: ${a === b ? "✓ same" : "✗ differs"}`);
    if (a !== b)
      problems.push(`${label} differ:\n      embedded:   ${a.slice(0, 300)}\n      PostgreSQL: ${b.slice(0, 300)}`);
  }
  return problems;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

function userOf(url: string): string {
  return new URL(url).username || "postgres";
}
