// `npm run bench -- --members 200000`: member search under load vs pgbench, and Excel import vs its floor (issue 3).
// `npm run bench -- reports [--members N] [--engine pglite|pg|both] [--national] [--regenerate]`: report figures (issue 10).
// `npm run bench -- load|soak …`: the committee office's mix on each engine (issue 12, lib/office-bench.ts);
// `npm run bench -- table` prints every figure of issue 12 from bench/results; `all` measures them first (lib/table.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildApp } from "@dangvu/server/src/app";
import { vietnamDate } from "@dangvu/server/src/context";
import { openPostgres } from "@dangvu/server/src/db/database";
import { unaccentJs } from "@dangvu/server/src/db/sql";
import { generateMembers } from "@dangvu/server/src/demo/members";
import { Random } from "@dangvu/server/src/demo/random";
import { prepareDatabase } from "@dangvu/server/src/platform/bootstrap";
import { importOnce } from "./lib/import-run";
import { loadScaled } from "./lib/load";
import { runLoadBench, runSoakBench } from "./lib/office-bench";
import { ensurePostgres, freshDatabase } from "./lib/pg";
import { runReportsBench } from "./lib/reports";
import { captureQueries, hammer, pgbenchScript, runPgbench } from "./lib/search";
import { printBenchTable, runAll } from "./lib/table";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const memberCount = option("members", 200_000);
const seconds = option("seconds", 15);
const importCount = option("import", 100_000);

async function main() {
  ensurePostgres();
  const url = await freshDatabase("dangvu_bench");
  const database = openPostgres(url, 10);
  await prepareDatabase(database);
  const today = vietnamDate(new Date());
  let t = performance.now();
  const loaded = await loadScaled(database.db, memberCount, today);
  const loadSeconds = (performance.now() - t) / 1000;
  console.log(
    `Generated and loaded ${loaded.members.length} members in ${loaded.units.length} units (${loadSeconds.toFixed(0)} s).`,
  );
  await database.pool?.query("analyze");

  const app = await buildApp({ db: database.db, checkResponses: false });
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  const subtree = new Set(
    loaded.units
      .filter(
        (u) =>
          u.id === loaded.base.id ||
          u.parentId === loaded.base.id ||
          loaded.units.find((p) => p.id === u.parentId)?.parentId === loaded.base.id,
      )
      .map((u) => u.id),
  );
  const random = new Random(7);
  const inScope = loaded.members.filter((m) => subtree.has(m.member.orgUnitId));
  const names = Array.from({ length: 60 }, (_, i) =>
    unaccentJs((i % 2 === 0 ? random.pick(inScope) : random.pick(loaded.members)).member.fullName),
  );
  const paths = names.map((q) => `/api/members?q=${encodeURIComponent(q)}&pageSize=50`);
  const headers = { cookie: loaded.cookie };

  // One request first, so the statements captured are those of a request in steady state (the server has cached
  // the signed-in actor and the tree by then; capturing the very first would hand pgbench the tree's loading).
  await app.inject({ method: "GET", url: paths[0] as string, headers });
  const scripts: string[] = [];
  for (const p of paths.slice(0, 20)) {
    const queries = await captureQueries(database.pool as NonNullable<typeof database.pool>, async () => {
      const res = await app.inject({ method: "GET", url: p, headers });
      if (res.statusCode !== 200) throw new Error(`search answered ${res.statusCode}`);
    });
    scripts.push(pgbenchScript(queries));
    if (process.env.BENCH_DUMP)
      fs.writeFileSync(path.join(os.tmpdir(), `dangvu-bench-q${scripts.length}.sql`), scripts.at(-1) as string);
  }
  const statements = scripts.map((script) => script.trim().split("\n").length);
  console.log(`Each search runs ${Math.min(...statements)}–${Math.max(...statements)} statements; warming up…`);
  await hammer(address, paths, headers, 3);
  const search = await hammer(address, paths, headers, seconds);
  const bare = await hammer(address, ["/api/health"], {}, Math.max(5, Math.round(seconds / 2)));
  const pgb = runPgbench(url, scripts, seconds);
  console.log(
    `search: app ${search.requestsPerSecond.toFixed(0)} req/s (p99 ${search.p99} ms), pgbench ${pgb.tps.toFixed(0)} tps; importing…`,
  );

  t = performance.now();
  const cells = loaded.units.filter((u) => u.type === "cell" || u.type === "grassroots_cell");
  const people =
    importCount > 0 ? generateMembers(new Random(99), cells, importCount, today).slice(0, importCount) : [];
  const imported = importCount > 0 ? await importOnce(database, loaded, people, url) : null;
  await app.close();
  await database.close();

  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    command: `npm run bench -- --members ${memberCount} --seconds ${seconds} --import ${importCount}`,
    members: loaded.members.length,
    units: loaded.units.length,
    search: {
      app: search,
      pgbench: pgb,
      bareRoute: bare,
      ratioToPgbench: pgb.tps ? search.requestsPerSecond / pgb.tps : null,
      target: { ratioAtLeast: 0.5, p99AtMostMs: 50 },
    },
    import: imported,
  };
  printTable(results);
  const file = path.resolve(
    import.meta.dirname,
    "results",
    `bench-${results.date.slice(0, 19).replaceAll(":", "-")}.json`,
  );
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Saved ${path.relative(process.cwd(), file)}`);
  process.exit(0);
}

function printTable(r: {
  members: number;
  search: {
    app: { requestsPerSecond: number; p99: number; p50: number };
    pgbench: { tps: number; p99: number | null };
    bareRoute: { requestsPerSecond: number; p99: number };
    ratioToPgbench: number | null;
  };
  import: { seconds: number; floorSeconds: number; ratio: number; rows: number } | null;
}) {
  const s = r.search;
  const rows = [
    [
      "member search (app, 10 conn)",
      `${s.app.requestsPerSecond.toFixed(0)} req/s`,
      `p50 ${s.app.p50} ms, p99 ${s.app.p99} ms`,
    ],
    [
      "same SQL in pgbench (10 clients)",
      `${s.pgbench.tps.toFixed(0)} tps`,
      `p99 ${s.pgbench.p99?.toFixed(1) ?? "?"} ms`,
    ],
    [
      "bare Fastify route (/api/health)",
      `${s.bareRoute.requestsPerSecond.toFixed(0)} req/s`,
      `p99 ${s.bareRoute.p99} ms`,
    ],
    [
      "search / pgbench (target ≥ 0.50)",
      `${s.ratioToPgbench?.toFixed(2)}`,
      `p99 target ≤ 50 ms: ${s.app.p99 <= 50 ? "met" : "missed"}`,
    ],
  ];
  if (r.import) {
    rows.push([`import ${r.import.rows} rows (validated)`, `${r.import.seconds.toFixed(1)} s`, ""]);
    rows.push(["floor: exceljs stream read + COPY", `${r.import.floorSeconds.toFixed(1)} s`, ""]);
    rows.push(["import / floor (target ≤ 2.0)", r.import.ratio.toFixed(2), r.import.ratio <= 2 ? "met" : "missed"]);
  }
  console.log(`\nĐảng Vụ benchmark, ${r.members} members`);
  for (const [a, b, c] of rows) console.log(`${(a as string).padEnd(36)} ${(b as string).padStart(12)}   ${c}`);
}

const subcommands: Record<string, (rest: string[]) => Promise<unknown>> = {
  reports: runReportsBench,
  load: runLoadBench,
  soak: runSoakBench,
  table: printBenchTable,
  all: runAll,
};
const sub = subcommands[args[0] ?? ""];
const run = sub ? () => sub(args.slice(1)).then(() => process.exit(0)) : main;
run().catch((error) => {
  console.error(error);
  process.exit(1);
});
