// `npm run bench -- reports`: the committee's annual report and a cell's monthly report against one sequential scan.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Database, openPglite, openPostgres } from "@dangvu/server/src/db/database";
import { rowsOf } from "@dangvu/server/src/db/sql";
import { parsePeriod } from "@dangvu/server/src/modules/reports/reports.periods";
import { computeFigures } from "@dangvu/server/src/modules/reports/reports-figures";
import { prepareDatabase } from "@dangvu/server/src/platform/bootstrap";
import { buildRegistry } from "@dangvu/server/src/platform/module";
import { serverModules } from "@dangvu/server/src/server-modules";
import { sql } from "drizzle-orm";
import pg from "pg";
import { adminUrl, ensurePostgres } from "./pg";
import { generationSql, type ReportsScale, rootId, scaleFor } from "./reports-data";

type Engine = "pglite" | "pg";

interface Timing {
  ms: number;
  /** The slowest parts, for finding what to index. */
  slowest: { id: string; ms: number }[];
}

export interface EngineResult {
  engine: Engine;
  members: number;
  cells: number;
  generatedSeconds: number | null;
  largestTable: { name: string; rows: number };
  scanMs: number;
  annual: Timing & { indicators: number; breakdowns: number; ratio: number };
  cellMonthly: Timing & { indicators: number; ratio: number };
}

const bool = (args: string[], name: string) => args.includes(`--${name}`);
const option = (args: string[], name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] as string) : fallback;
};

/** Runs the reports benchmark with the command line's options and writes its results JSON. */
export async function runReportsBench(args: string[]): Promise<void> {
  const national = bool(args, "national");
  const members = national ? 5_600_000 : Number(option(args, "members", "200000"));
  const engine = option(args, "engine", national ? "pg" : "both");
  const engines: Engine[] = engine === "both" ? ["pglite", "pg"] : [engine as Engine];
  const year = new Date().getUTCFullYear() - 1;
  const scale = scaleFor(members, year);
  const results: EngineResult[] = [];
  for (const e of engines) results.push(await benchEngine(e, scale, bool(args, "regenerate")));
  const report = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    command: `npm run bench -- reports ${args.join(" ")}`.trim(),
    year,
    targets: { ratioAtMost: 3, cellMonthlyAtMostMsNational: 50 },
    results,
  };
  for (const r of results) printResult(r);
  const file = path.resolve(
    import.meta.dirname,
    "..",
    "results",
    `reports-${report.date.slice(0, 19).replaceAll(":", "-")}.json`,
  );
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Saved ${path.relative(process.cwd(), file)}`);
}

/** Opens (or generates, once per scale) the engine's database and times the reports on it. */
async function benchEngine(engine: Engine, scale: ReportsScale, regenerate: boolean): Promise<EngineResult> {
  const name = `dangvu_bench_reports_${scale.members}`;
  let database: Database;
  if (engine === "pg") {
    ensurePostgres();
    database = openPostgres(await ensurePgDatabase(name, regenerate), 2);
  } else {
    const dir = path.join(os.tmpdir(), name);
    if (regenerate) fs.rmSync(dir, { recursive: true, force: true });
    database = await openPglite(dir);
  }
  await prepareDatabase(database);
  const generatedSeconds = await generateOnce(database, scale);
  const registry = buildRegistry(serverModules());
  const largestTable = await largest(database);
  // Warm the cache the same way for the scan and the reports: one untimed run of each first.
  const scan = async () => {
    const t = performance.now();
    await database.db.execute(sql.raw(`select count(*) from ${largestTable.name}`));
    return performance.now() - t;
  };
  await scan();
  const scanMs = Math.min(await scan(), await scan(), await scan());
  const annualPeriod = parsePeriod("year", String(scale.year));
  const monthPeriod = parsePeriod("month", `${scale.year}-06`);
  if (!annualPeriod || !monthPeriod) throw new Error("bad period");
  const cell = rowsOf<{ id: string }>(
    await database.db.execute(
      sql.raw(`select org_unit_id as id from org_unit_versions where type = 'cell' and valid_to is null
        order by org_unit_id limit 1`),
    ),
  )[0]?.id as string;
  const indicatorIds = [...registry.indicators.keys()];
  const annual = async () => {
    const parts: { id: string; ms: number }[] = [];
    const t = performance.now();
    for (const id of indicatorIds) {
      const s = performance.now();
      await computeFigures(
        { db: database.db, registry, sections: [], orgUnitId: await root(database), period: annualPeriod, today: "" },
        [id],
      );
      parts.push({ id, ms: performance.now() - s });
    }
    for (const breakdown of registry.breakdowns.values()) {
      const s = performance.now();
      await breakdown.compute(database.db, { orgUnitId: await root(database), on: annualPeriod.to });
      parts.push({ id: breakdown.id, ms: performance.now() - s });
    }
    return { ms: performance.now() - t, parts };
  };
  const monthly = async () => {
    const parts: { id: string; ms: number }[] = [];
    const t = performance.now();
    for (const id of indicatorIds) {
      const s = performance.now();
      await registry.indicators.get(id)?.compute(database.db, { orgUnitId: cell, ...monthPeriod });
      parts.push({ id, ms: performance.now() - s });
    }
    return { ms: performance.now() - t, parts };
  };
  await annual();
  const a = await annual();
  await monthly();
  const runs = [await monthly(), await monthly(), await monthly()];
  const m = runs.reduce((best, r) => (r.ms < best.ms ? r : best));
  await database.close();
  const slowest = (parts: { id: string; ms: number }[]) =>
    [...parts]
      .sort((x, y) => y.ms - x.ms)
      .slice(0, 8)
      .map((p) => ({ id: p.id, ms: Math.round(p.ms * 10) / 10 }));
  return {
    engine,
    members: scale.members,
    cells: scale.cells,
    generatedSeconds,
    largestTable,
    scanMs: Math.round(scanMs * 10) / 10,
    annual: {
      ms: Math.round(a.ms),
      indicators: indicatorIds.length,
      breakdowns: registry.breakdowns.size,
      ratio: Math.round((a.ms / scanMs) * 100) / 100,
      slowest: slowest(a.parts),
    },
    cellMonthly: {
      ms: Math.round(m.ms * 10) / 10,
      indicators: indicatorIds.length,
      ratio: Math.round((m.ms / scanMs) * 100) / 100,
      slowest: slowest(m.parts),
    },
  };
}

let rootCache: string | undefined;
async function root(database: Database): Promise<string> {
  rootCache ??= rowsOf<{ id: string }>(await database.db.execute(sql.raw(`select ${rootId}::text as id`)))[0]
    ?.id as string;
  return rootCache;
}

/** The PostgreSQL database for this scale, created when missing (or asked to regenerate); its URL. */
async function ensurePgDatabase(name: string, regenerate: boolean): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl, user: new URL(adminUrl).username || "postgres" });
  await client.connect();
  if (regenerate) await client.query(`drop database if exists ${name} with (force)`);
  const exists = await client.query("select 1 from pg_database where datname = $1", [name]);
  if (exists.rowCount === 0) await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Fills the database unless a previous run did (a marker table holds the scale); the seconds it took, or null. */
async function generateOnce(database: Database, scale: ReportsScale): Promise<number | null> {
  const { db } = database;
  await db.execute(sql.raw("create table if not exists bench_reports_scale (scale jsonb not null)"));
  const stored = rowsOf<{ scale: ReportsScale }>(await db.execute(sql.raw("select scale from bench_reports_scale")));
  const same = (a: ReportsScale, b: ReportsScale) =>
    (Object.keys(b) as (keyof ReportsScale)[]).every((k) => Number(a[k]) === b[k]);
  if (stored[0] && same(stored[0].scale, scale)) {
    console.log(`${database.kind}: reusing the generated ${scale.members} members`);
    return null;
  }
  if (stored[0]) throw new Error("this database holds another scale: run with --regenerate");
  const t = performance.now();
  // The trigram search index is not read by reports; building it would double the load time at national scale.
  await db.execute(sql.raw("drop index if exists members_name_search_idx"));
  // One transaction: a generation stopped halfway leaves nothing behind.
  await db.transaction(async (tx) => {
    for (const step of generationSql(scale)) {
      const s = performance.now();
      await tx.execute(sql.raw(step.sql));
      console.log(`${database.kind}: ${step.label} (${((performance.now() - s) / 1000).toFixed(1)} s)`);
    }
    await tx.execute(sql`insert into bench_reports_scale (scale) values (${JSON.stringify(scale)}::jsonb)`);
  });
  await db.execute(sql.raw("analyze"));
  const seconds = Math.round((performance.now() - t) / 1000);
  console.log(`${database.kind}: generated ${scale.members} members in ${seconds} s`);
  return seconds;
}

/** The records table with the most rows (the one the sequential scan counts). */
async function largest(database: Database): Promise<{ name: string; rows: number }> {
  let best = { name: "", rows: -1 };
  for (const name of ["members", "memberships", "member_events", "org_unit_versions", "transfers"]) {
    const rows = rowsOf<{ n: number }>(await database.db.execute(sql.raw(`select count(*)::int as n from ${name}`)))[0]
      ?.n as number;
    if (rows > best.rows) best = { name, rows };
  }
  return best;
}

function printResult(r: EngineResult) {
  const line = (a: string, b: string, c = "") => console.log(`${a.padEnd(44)} ${b.padStart(12)}   ${c}`);
  console.log(`\nReports benchmark, ${r.engine}, ${r.members} members, ${r.cells} cells`);
  line(`count(*) of ${r.largestTable.name} (${r.largestTable.rows} rows)`, `${r.scanMs} ms`);
  line(
    `committee annual (${r.annual.indicators} indicators, ${r.annual.breakdowns} breakdowns)`,
    `${r.annual.ms} ms`,
    `ratio ${r.annual.ratio} (target ≤ 3): ${r.annual.ratio <= 3 ? "met" : "missed"}`,
  );
  line(
    `cell monthly (${r.cellMonthly.indicators} indicators)`,
    `${r.cellMonthly.ms} ms`,
    `ratio ${r.cellMonthly.ratio}`,
  );
  console.log(`  slowest in the annual report: ${r.annual.slowest.map((s) => `${s.id} ${s.ms} ms`).join(", ")}`);
  console.log(`  slowest in the cell's month: ${r.cellMonthly.slowest.map((s) => `${s.id} ${s.ms} ms`).join(", ")}`);
}
