import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type pg from "pg";

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** Runs autocannon with 10 connections in a separate process against paths taken in turn. */
export async function hammer(
  url: string,
  paths: string[],
  headers: Record<string, string>,
  seconds: number,
): Promise<LoadResult> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      path.join(import.meta.dirname, "hammer-child.ts"),
      JSON.stringify({ url, paths, headers, seconds }),
    ],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += chunk;
  });
  await new Promise((resolve) => child.on("exit", resolve));
  return JSON.parse(output) as LoadResult;
}

export interface CapturedQuery {
  text: string;
  values: unknown[];
}

/** Records the SQL a pool runs while `fn` does one request, so pgbench can run exactly the same statements. */
export async function captureQueries(pool: pg.Pool, fn: () => Promise<void>): Promise<CapturedQuery[]> {
  const captured: CapturedQuery[] = [];
  const original = pool.query.bind(pool);
  (pool as unknown as { query: unknown }).query = (config: unknown, values?: unknown) => {
    const text = typeof config === "string" ? config : (config as { text: string }).text;
    const vals = (typeof config === "string" ? values : ((config as { values?: unknown[] }).values ?? values)) as
      | unknown[]
      | undefined;
    captured.push({ text, values: vals ?? [] });
    return (original as (c: unknown, v?: unknown) => unknown)(config, values);
  };
  try {
    await fn();
  } finally {
    (pool as unknown as { query: unknown }).query = original;
  }
  return captured;
}

/** A pgbench script: the captured statements with their parameters written in as literals. */
export function pgbenchScript(queries: CapturedQuery[]): string {
  return `${queries.map((q) => `${inline(q.text, q.values).replace(/\s+/g, " ").trim()};`).join("\n")}\n`;
}

function inline(text: string, values: unknown[]): string {
  return text.replace(/\$(\d+)/g, (_, n: string) => literal(values[Number(n) - 1]));
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return `'${value.toISOString()}'`;
  return `'${String(value).replaceAll("'", "''")}'`;
}

/** Runs pgbench with 10 clients over the scripts (one chosen at random per transaction); returns tps and p99 latency. */
export function runPgbench(url: string, scripts: string[], seconds: number): { tps: number; p99: number | null } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dangvu-pgbench-"));
  const args = [
    "-n",
    "-c",
    "10",
    "-j",
    "2",
    "-T",
    String(seconds),
    "-r",
    "--log",
    `--log-prefix=${path.join(dir, "log")}`,
  ];
  scripts.forEach((script, i) => {
    const file = path.join(dir, `q${i}.sql`);
    fs.writeFileSync(file, script);
    args.push("-f", file);
  });
  const u = new URL(url);
  const run = spawnSync(
    "pgbench",
    [...args, "-h", u.hostname, "-p", u.port || "5432", "-U", u.username || "postgres", u.pathname.slice(1)],
    { encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`pgbench failed: ${run.stderr}`);
  const tps = Number(/tps = ([\d.]+)/.exec(run.stdout)?.[1] ?? 0);
  const latencies = fs
    .readdirSync(dir)
    .filter((f) => f.startsWith("log"))
    .flatMap((f) => fs.readFileSync(path.join(dir, f), "utf8").trim().split("\n"))
    .map((line) => Number(line.split(" ")[2]) / 1000)
    .filter((n) => Number.isFinite(n))
    .sort((a, b) => a - b);
  fs.rmSync(dir, { recursive: true, force: true });
  return { tps, p99: latencies.length ? (latencies[Math.floor(latencies.length * 0.99)] as number) : null };
}
