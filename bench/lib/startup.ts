// Start-up (issue 12, item 6): `npm start` on an existing data directory (the demo's) → the first 200 from
// /api/health, several runs, with and without npm, and where the server's own time goes.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export interface StartupRun {
  /** From spawning the command to the first 200 from /api/health. */
  totalMs: number;
  /** CPU time the command's processes had used by then (user + system): steadier than the clock on a busy machine. */
  cpuMs: number;
  /** What main.ts printed: the process's start to listening ("start" is node, start.js's checks and loading code). */
  phases: Record<string, number>;
  /** The same phases in the server process's CPU time (all its threads). */
  cpuPhases: Record<string, number>;
  /** The same in the main thread's CPU (Linux): about the clock's figure on an idle machine. */
  mainThreadPhases: Record<string, number>;
}

export interface StartupResult {
  dataDir: string;
  command: string;
  npmStart: { medianMs: number; runsMs: number[] };
  /** `node scripts/start.js`: the same without npm's own time. */
  nodeStart: { medianMs: number; runsMs: number[] };
  /** `node -e 0`: node's own boot, the floor under any start. */
  nodeBootMs: number;
  /** Median of each phase over the `npm start` runs, on the clock and in CPU. */
  phasesMedianMs: Record<string, number>;
  cpuPhasesMedianMs: Record<string, number>;
  mainThreadPhasesMedianMs: Record<string, number>;
  target: { atMostMs: number };
  met: boolean;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** The median of each phase over several runs. */
function medians(runs: Record<string, number>[]): Record<string, number> {
  return Object.fromEntries(Object.keys(runs[0] ?? {}).map((p) => [p, median(runs.map((r) => r[p] ?? 0))]));
}

/**
 * Seeds the demo data directory once (kept under the system's temporary folder between runs: the first start makes
 * the demo, minutes under load), then times `npm start` and `node scripts/start.js` `runs` times each.
 */
export async function measureStartup(
  options: { runs?: number; baseDir?: string; cwd?: string } = {},
): Promise<StartupResult> {
  const cwd = options.cwd ?? root;
  const runs = options.runs ?? 5;
  const baseDir = options.baseDir ?? path.join(os.tmpdir(), "dangvu-bench-startup");
  const dataDir = path.join(baseDir, "data");
  const seeded = path.join(baseDir, "seeded");
  if (!fs.existsSync(seeded)) {
    console.log(`Seeding the demo data directory ${dataDir} (once; minutes)…`);
    fs.rmSync(dataDir, { recursive: true, force: true });
    await startOnce(["node", "scripts/start.js"], dataDir, 15 * 60_000, cwd);
    fs.writeFileSync(seeded, `${new Date().toISOString()}\n`);
  }
  // A first start, not counted: it rebuilds what is stale and warms the file cache.
  await startOnce(["npm", "start", "--silent"], dataDir, 60_000, cwd);
  const npmRuns: StartupRun[] = [];
  const nodeRuns: StartupRun[] = [];
  for (let i = 0; i < runs; i++) {
    npmRuns.push(await startOnce(["npm", "start", "--silent"], dataDir, 60_000, cwd));
    nodeRuns.push(await startOnce(["node", "scripts/start.js"], dataDir, 60_000, cwd));
  }
  const boots = Array.from({ length: 5 }, () => {
    const t = performance.now();
    spawnSync(process.execPath, ["-e", "0"]);
    return performance.now() - t;
  });
  const phaseNames = Object.keys(npmRuns[0]?.phases ?? {});
  const npmMs = npmRuns.map((r) => Math.round(r.totalMs));
  const result: StartupResult = {
    dataDir,
    command: "npm start (demo data directory, already built)",
    npmStart: { medianMs: median(npmMs), runsMs: npmMs },
    nodeStart: { medianMs: median(nodeRuns.map((r) => r.totalMs)), runsMs: nodeRuns.map((r) => Math.round(r.totalMs)) },
    nodeBootMs: Math.round(median(boots)),
    phasesMedianMs: Object.fromEntries(phaseNames.map((p) => [p, median(npmRuns.map((r) => r.phases[p] ?? 0))])),
    cpuPhasesMedianMs: medians(npmRuns.map((r) => r.cpuPhases)),
    mainThreadPhasesMedianMs: medians(npmRuns.map((r) => r.mainThreadPhases)),
    target: { atMostMs: 1500 },
    met: median(npmMs) <= 1500,
  };
  result.nodeStart.medianMs = Math.round(result.nodeStart.medianMs);
  return result;
}

/** Runs the command on the data directory until /api/health answers 200, then stops it and waits for it to end. */
export async function startOnce(
  command: string[],
  dataDir: string,
  timeoutMs = 60_000,
  cwd = root,
): Promise<StartupRun> {
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    DANGVU_DATA_DIR: dataDir,
    DATABASE_URL: "",
    DANGVU_DEMO_PASSWORD: "bench-startup-2026",
    DANGVU_STARTUP_TIMES: "1",
  };
  const started = performance.now();
  const child = spawn(command[0] as string, command.slice(1), { cwd, env, detached: true, stdio: "pipe" });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  try {
    await waitForHealth(port, child, started + timeoutMs, () => output);
    const totalMs = performance.now() - started;
    const cpuMs = groupCpuMs(child.pid as number);
    const phases = await phasesFrom(() => output);
    const line = (name: string) =>
      JSON.parse(output.match(new RegExp(`${name} (\\{.*\\})`))?.[1] ?? "{}") as Record<string, number>;
    return { totalMs, cpuMs, phases, cpuPhases: line("startup-cpu"), mainThreadPhases: line("startup-main-thread") };
  } finally {
    await stopGroup(child);
  }
}

async function waitForHealth(port: number, child: ChildProcess, deadline: number, output: () => string) {
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server ended (${child.exitCode}):\n${output()}`);
    if ((await healthStatus(port)) === 200) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`No answer from /api/health in time:\n${output()}`);
}

function healthStatus(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path: "/api/health", agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? null);
    });
    req.on("error", () => resolve(null));
  });
}

/**
 * The phases main.ts prints after listening (the line comes just after the first 200 can be answered), with
 * scripts/start.js's: node's own start, the build checks, then loading the server's code ("start" less those two).
 */
async function phasesFrom(output: () => string): Promise<Record<string, number>> {
  for (let i = 0; i < 200; i++) {
    const line = output().match(/startup-times (\{.*\})/);
    if (line && output().includes("startup-main-thread")) {
      const { start, ...rest } = JSON.parse(line[1] as string) as Record<string, number>;
      const checks = output().match(/startup-checks (\{.*\})/);
      if (!checks || start === undefined) return { start: start ?? 0, ...rest };
      const { node, checks: checking } = JSON.parse(checks[1] as string) as { node: number; checks: number };
      return { node, checks: checking, loadCode: start - node - checking, ...rest };
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  return {};
}

/** SIGTERM to the command's process group (npm, its shell, node), then wait until none of them is left. */
async function stopGroup(child: ChildProcess) {
  const group = -(child.pid as number);
  try {
    process.kill(group, "SIGTERM");
  } catch {
    return;
  }
  for (let i = 0; i < 1000; i++) {
    try {
      process.kill(group, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  process.kill(group, "SIGKILL");
}

/** User + system CPU of the live processes in a process group, from /proc (Linux; 0 elsewhere). */
function groupCpuMs(group: number): number {
  if (!fs.existsSync("/proc/self/stat")) return 0;
  let ticks = 0;
  for (const pid of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // After the name: state, ppid, pgrp (index 2), …, utime (11), stime (12), cutime (13), cstime (14).
      if (Number(fields[2]) === group)
        ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {}
  }
  return Math.round(ticks * 10); // 100 ticks a second
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** The figures as table rows: what, the figure, and the target or the floor beside it. */
export function startupRows(r: StartupResult): [string, string, string][] {
  const list = (phases: Record<string, number>) =>
    Object.entries(phases)
      .map(([p, ms]) => `${p} ${ms}`)
      .join(", ");
  const phases = list(r.phasesMedianMs);
  const cpuPhases = list(r.cpuPhasesMedianMs);
  const mainPhases = list(r.mainThreadPhasesMedianMs);
  return [
    [
      "restart: npm start → /api/health 200",
      `${r.npmStart.medianMs} ms`,
      `target ≤ ${r.target.atMostMs} ms: ${r.met ? "met" : "missed"} (runs ${r.npmStart.runsMs.join(", ")})`,
    ],
    [
      "restart without npm (node scripts/start.js)",
      `${r.nodeStart.medianMs} ms`,
      `runs ${r.nodeStart.runsMs.join(", ")}`,
    ],
    ["floor: node -e 0", `${r.nodeBootMs} ms`, `server phases (ms): ${phases}`],
    ["", "", `server phases, CPU (ms): ${cpuPhases}`],
    ["", "", `server phases, main thread CPU (ms): ${mainPhases}`],
  ];
}

// `npx tsx bench/lib/startup.ts [runs]`: this figure alone.
if (import.meta.filename === path.resolve(process.argv[1] ?? "")) {
  // `[runs] [checkout]`: another checkout's start, for comparing versions.
  const result = await measureStartup({ runs: Number(process.argv[2] ?? 5), cwd: process.argv[3] });
  for (const [a, b, c] of startupRows(result)) console.log(`${a.padEnd(44)} ${b.padStart(9)}   ${c}`);
  console.log(JSON.stringify(result, null, 2));
}
