// `npm run bench -- table`: every figure of issue 12 beside its target and floor, from the latest results in
// bench/results (each row says which file and command made it). `npm run bench -- all [--quick]`: measures them
// first, each benchmark in its own process, then prints the table.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { machine, saveResult } from "./office-run";
import { startServer } from "./server-proc";

const results = path.resolve(import.meta.dirname, "../results");
// biome-ignore lint/suspicious/noExplicitAny: result files of several benchmarks and versions, read loosely
type Json = Record<string, any>;

interface Row {
  figure: string;
  value: string;
  target: string;
  floor: string;
  verdict: "met" | "missed" | "—";
  source: string;
}

/** The newest result file whose name starts with `prefix-` (names carry the date) and that `has` accepts, parsed. */
function latest(prefix: string, has: (json: Json) => boolean = () => true): { file: string; json: Json } | null {
  if (!fs.existsSync(results)) return null;
  const files = fs
    .readdirSync(results)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith(".json") && /^\d/.test(f.slice(prefix.length + 1)))
    .sort()
    .reverse();
  for (const file of files) {
    const json = JSON.parse(fs.readFileSync(path.join(results, file), "utf8")) as Json;
    if (has(json)) return { file, json };
  }
  return null;
}

const ms = (n: number | null | undefined) => (n === null || n === undefined ? "?" : `${Math.round(n)} ms`);
const verdict = (ok: boolean): Row["verdict"] => (ok ? "met" : "missed");
const src = (r: { file: string; json: Json }) => `${r.file} (${r.json.command ?? "?"})`;
const missing = (figure: string, target: string, how: string): Row => ({
  figure,
  value: "not measured",
  target,
  floor: "",
  verdict: "—",
  source: how,
});

function loadRows(): Row[] {
  return (["pglite", "pg"] as const).map((engine) => {
    const embedded = engine === "pglite";
    const label = embedded ? "embedded (PGlite)" : "PostgreSQL";
    const target = embedded ? "p99 ≤ 200 ms, max ≤ 1 s, 0 failed" : "(no target: for comparison)";
    const r = latest("load", (json) => Boolean(json.runs?.[engine]));
    if (!r) return missing(`${label}, 10 users: p99 / max`, target, `npm run bench -- load --engine ${engine}`);
    const m = r.json.runs[engine].run as Json;
    return {
      figure: `${label}, ${r.json.users} users, ${r.json.members} members: p99 / max`,
      value: `${ms(m.p99)} / ${ms(m.max)} (${m.requestsPerSecond} req/s, ${m.failed} failed${m.failed ? ": not a result" : ""})${r.json.seconds < 30 ? `; a short run (${r.json.seconds} s)` : ""}`,
      target,
      floor: "",
      verdict: embedded ? verdict(m.p99 <= 200 && m.max <= 1000 && m.failed === 0) : "—",
      source: src(r),
    };
  });
}

function searchAndImportRows(): Row[] {
  const r = latest("bench");
  if (!r)
    return [
      missing("PostgreSQL member search / pgbench", "≥ 0.50, p99 ≤ 50 ms", "npm run bench -- --members 200000"),
      missing("validated import / floor", "≤ 2×", "npm run bench -- --members 200000"),
    ];
  const s = r.json.search as Json;
  const rows: Row[] = [
    {
      figure: `PostgreSQL member search at ${r.json.members} members`,
      value: `${s.ratioToPgbench?.toFixed(2)} of pgbench; p99 ${ms(s.app.p99)}`,
      target: "≥ 0.50 of pgbench, p99 ≤ 50 ms",
      floor: `pgbench ${Math.round(s.pgbench.tps)} tps, p99 ${ms(s.pgbench.p99)}`,
      verdict: verdict(s.ratioToPgbench >= 0.5 && s.app.p99 <= 50),
      source: src(r),
    },
  ];
  const i = r.json.import as Json | null;
  rows.push(
    i
      ? {
          figure: `validated import of ${i.rows} rows`,
          value: `${i.seconds.toFixed(1)} s = ${i.ratio.toFixed(2)}× the floor`,
          target: "≤ 2× the floor",
          floor: `exceljs stream read + COPY ${i.floorSeconds.toFixed(1)} s`,
          verdict: verdict(i.ratio <= 2),
          source: src(r),
        }
      : missing("validated import / floor", "≤ 2×", "npm run bench -- --import 100000"),
  );
  return rows;
}

/** Figures the verify suite checks: a file `<prefix>-<date>.json` with `{ ok, detail, command }` if one was saved. */
function verifyRow(prefix: string, figure: string, target: string, command: string): Row {
  const r = latest(prefix);
  if (!r) return { ...missing(figure, target, command), value: "from the verify suite (not recorded here)" };
  return {
    figure,
    value: String(r.json.detail ?? (r.json.ok ? "passed" : "failed")),
    target,
    floor: "",
    verdict: verdict(r.json.ok === true),
    source: src(r),
  };
}

function soakRows(): Row[] {
  return (["pglite", "pg"] as const).map((engine) => {
    const label = engine === "pglite" ? "embedded" : "PostgreSQL";
    const r = latest(`soak-${engine}`);
    const target = "0 failed, heap at end within ±10% of minute 2";
    if (!r) return missing(`soak, ${label}`, target, `npm run bench -- soak --engine ${engine} --minutes 10`);
    const h = r.json.heapVerdict as Json;
    const m = r.json.run as Json;
    return {
      figure: `soak, ${label}: ${r.json.minutes} min at ${r.json.rate} req/s`,
      value: `p99 ${ms(m.p99)} (worst minute ${ms(Math.max(0, ...(r.json.perMinute ?? []).map((l: Json) => l.p99)))}), max ${ms(m.max)}, ${m.failed} failed; heap ${h.referenceMiB} → ${h.endMiB} MiB (${h.changePercent}%)${r.json.held === false ? `; rate not held (${m.requestsPerSecond} req/s)` : ""}${r.json.minutes < 10 ? "; too short to count" : ""}`,
      target,
      floor: "",
      verdict: verdict(r.json.met === true && r.json.minutes >= 10),
      source: src(r),
    };
  });
}

function startupRow(): Row {
  const r = latest("startup");
  const target = "≤ 1.5 s";
  if (!r) return missing("restart on an existing data directory", target, "npm run bench -- all --only startup");
  const j = r.json.result as Json;
  return {
    figure: "restart: npm start → first 200",
    value: ms(j.npmStart?.medianMs),
    target,
    floor: `node -e 0: ${ms(j.nodeBootMs)}; without npm ${ms(j.nodeStart?.medianMs)}`,
    verdict: verdict(j.met === true),
    source: src(r),
  };
}

function phoneRow(): Row {
  const r = latest("phone");
  const target = "LCP ≤ 2.5 s (4× CPU, slow 4G)";
  if (!r) return missing("the member's phone: first visit", target, "npm run bench -- all --only startup,phone");
  const j = r.json.result as Json;
  const lcp = j.lcpMs ?? j.lcp ?? j.largestContentfulPaintMs;
  const bytes = j.bytes ?? j.transferredBytes ?? j.totalBytes;
  return {
    figure: "the member's phone: first visit LCP, bytes",
    value: `${ms(lcp)}, ${bytes === undefined ? "?" : `${Math.round(bytes / 1024)} kB`}`,
    target,
    floor: "",
    verdict: typeof lcp === "number" ? verdict(lcp <= 2500) : "—",
    source: src(r),
  };
}

export async function printBenchTable(_args: string[] = []) {
  const m = machine();
  const rows = [
    ...loadRows(),
    ...searchAndImportRows(),
    verifyRow(
      "servers",
      "two app servers on one PostgreSQL",
      "access matrix + writes pass on both",
      "npm run verify -- --servers 2",
    ),
    verifyRow("restore", "backup (PGlite) → restore (PostgreSQL)", "identical data", "npm run verify"),
    ...soakRows(),
    startupRow(),
    phoneRow(),
  ];
  console.log(`\nĐảng Vụ, issue 12 figures. Machine: ${m.cpus} × ${m.model}, ${m.memoryGiB} GiB, Node ${m.node}\n`);
  const w = [Math.max(...rows.map((r) => r.figure.length)), Math.max(...rows.map((r) => r.value.length))];
  for (const r of rows) {
    console.log(`${r.verdict.padEnd(6)}  ${r.figure.padEnd(w[0] as number)}  ${r.value}`);
    console.log(`${"".padEnd(8)}target ${r.target}${r.floor ? `; floor ${r.floor}` : ""}  ·  ${r.source}`);
  }
  return rows;
}

const steps: Record<string, { full: string[]; quick: string[] }> = {
  load: {
    full: ["load", "--engine", "both", "--seconds", "30"],
    quick: ["load", "--engine", "both", "--seconds", "10"],
  },
  soak: {
    full: ["soak", "--engine", "both", "--minutes", "10"],
    quick: ["soak", "--engine", "both", "--minutes", "1"],
  },
  search: { full: ["--members", "200000"], quick: ["--members", "20000", "--seconds", "5", "--import", "10000"] },
};

/**
 * Runs every benchmark of issue 12 (each `npm run bench` step in its own process), then prints the table.
 * `--only load,soak,search,startup,phone` picks some; `--quick` makes each short (for trying the bench, not a result).
 */
export async function runAll(args: string[]) {
  const quick = args.includes("--quick");
  const only = (args[args.indexOf("--only") + 1] ?? "").split(",");
  const wanted = (name: string) => !args.includes("--only") || only.includes(name);
  for (const [name, step] of Object.entries(steps)) {
    if (!wanted(name)) continue;
    const argv = quick ? step.quick : step.full;
    console.log(`\n▶ npm run bench -- ${argv.join(" ")}`);
    const run = spawnSync(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "../run.ts"), ...argv], {
      stdio: "inherit",
    });
    if (run.status !== 0) console.log(`(that benchmark failed: exit ${run.status})`);
  }
  if (wanted("startup")) await measureStartupStep(quick);
  if (wanted("phone")) await measurePhoneStep();
  return printBenchTable();
}

const startupDir = path.join(os.tmpdir(), "dangvu-bench-startup");
const startupPassword = "bench-startup-2026";

/** bench/lib/startup.ts (another part of issue 12), when it is there: restarts on the demo's data directory. */
async function measureStartupStep(quick: boolean) {
  if (!fs.existsSync(path.join(import.meta.dirname, "startup.ts"))) return;
  await saveMeasured("startup", "measureStartup", async () => {
    const { measureStartup } = await import("./startup");
    return measureStartup({ runs: quick ? 2 : 5, baseDir: startupDir });
  });
}

/**
 * The handbook's first visit on the phone profile (apps/web/e2e/phone-measure.ts), as the demo member, against the
 * server on the start-up step's demo data directory and the built web app.
 */
async function measurePhoneStep() {
  const measurer = path.resolve(import.meta.dirname, "../../apps/web/e2e/phone-measure.ts");
  const dataDir = path.join(startupDir, "data");
  if (!fs.existsSync(measurer) || !fs.existsSync(path.join(startupDir, "seeded"))) return;
  await saveMeasured("phone", "measurePhone", async () => {
    // The production build, as the phone receives it (npm start builds it too when it is stale).
    if (!fs.existsSync(path.resolve(import.meta.dirname, "../../apps/web/dist/index.html")))
      spawnSync("npm", ["run", "build", "-w", "apps/web"], {
        cwd: path.resolve(import.meta.dirname, "../.."),
        stdio: "inherit",
      });
    const { measurePhone } = (await import(pathToFileURL(measurer).href)) as {
      measurePhone(o: { baseUrl: string; username: string; password: string }): Promise<unknown>;
    };
    const server = await startServer({ dataDir }, path.join(startupDir, "phone-server.log"));
    try {
      return await measurePhone({ baseUrl: server.url, username: "dangvien", password: startupPassword });
    } finally {
      await server.stop();
    }
  });
}

async function saveMeasured(prefix: string, name: string, measure: () => Promise<unknown>) {
  console.log(`\n▶ ${name}`);
  try {
    const result = await measure();
    const date = new Date().toISOString();
    console.log(
      `Saved ${saveResult(prefix, { date, machine: machine(), command: `npm run bench -- all (${name})`, result })}`,
    );
  } catch (error) {
    console.log(`(${name} failed: ${(error as Error).message})`);
  }
}
