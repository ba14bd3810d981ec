// Shared steps of the load and soak benchmarks: an engine loaded with the office's data, the server started on it as
// an operator starts it, and the load generator run against it in a child process.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { vietnamDate } from "@dangvu/server/src/context";
import { openPostgres } from "@dangvu/server/src/db/database";
import { openConfiguredDatabase } from "@dangvu/server/src/db/open";
import { prepareDatabase } from "@dangvu/server/src/platform/bootstrap";
import type { ChildPlan } from "./mix-child";
import type { Actor } from "./office";
import { loadOffice } from "./office";
import { adminUrl, ensurePostgres, freshDatabase } from "./pg";
import { type ServerProcess, startServer } from "./server-proc";
import type { MixFigures } from "./stats";

export type Engine = "pglite" | "pg";

export interface Prepared {
  engine: Engine;
  server: ServerProcess;
  actors: Actor[];
  data: { members: number; units: number; meetings: number; users: number; setupSeconds: number };
  cleanup(): Promise<void>;
}

/** Loads `members` members and `users` users into a new database of the engine, then starts the server on it. */
export async function prepareEngine(engine: Engine, members: number, users: number): Promise<Prepared> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `dangvu-load-${engine}-`));
  if (engine === "pg") ensurePostgres();
  const target =
    engine === "pg"
      ? { databaseUrl: await freshDatabase(`dangvu_load_${process.pid}`) }
      : { dataDir: path.join(tmp, "data") };
  const removeData = async () => {
    if (target.databaseUrl) {
      const admin = openPostgres(adminUrl, 1);
      await admin.pool?.query(`drop database if exists ${new URL(target.databaseUrl).pathname.slice(1)} with (force)`);
      await admin.close();
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  try {
    const office = await loadInto(target, members, users);
    const server = await startServer(target, path.join(tmp, "server.log"));
    const data = {
      members: office.loaded.members.length,
      units: office.loaded.units.length,
      meetings: office.meetings,
      users: office.actors.length,
      setupSeconds: Math.round(office.setupSeconds),
    };
    const cleanup = async () => {
      await server.stop();
      await removeData();
    };
    return { engine, server, actors: office.actors, data, cleanup };
  } catch (error) {
    await removeData();
    throw error;
  }
}

/** The office's data written as the server would find it: PGlite opened as the server opens it (under its lock). */
async function loadInto(target: { dataDir?: string; databaseUrl?: string }, members: number, users: number) {
  const database = target.databaseUrl
    ? openPostgres(target.databaseUrl)
    : await openConfiguredDatabase({ dataDir: target.dataDir as string, databaseUrl: undefined });
  try {
    await prepareDatabase(database);
    const office = await loadOffice(database.db, members, users, vietnamDate(new Date()));
    // Statistics as after a day of use (PostgreSQL's autovacuum would gather them; PGlite has none running).
    if (database.pool) await database.pool.query("analyze");
    else await database.pglite?.exec("analyze");
    console.log(
      `${target.databaseUrl ? "pg" : "pglite"}: ${office.loaded.members.length} members, ${office.meetings} meetings in the base committee, ${office.actors.length} users (${office.setupSeconds.toFixed(0)} s to load)`,
    );
    return office;
  } finally {
    // Released before the server starts: it takes the data directory's lock itself.
    await database.close();
  }
}

let runs = 0;

/** Runs the load generator (mix-child.ts) in its own process; `onMinute` gets each minute's line at a fixed rate. */
export async function runMix(
  p: Prepared,
  seconds: number,
  rate?: number,
  onMinute?: (line: Record<string, number>) => void,
): Promise<MixFigures> {
  const plan: ChildPlan = { url: p.server.url, actors: p.actors, seconds, rate, seed: ++runs };
  const planFile = path.join(os.tmpdir(), `dangvu-mix-${process.pid}-${Date.now()}.json`);
  fs.writeFileSync(planFile, JSON.stringify(plan));
  const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "mix-child.ts"), planFile], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let result: MixFigures | undefined;
  let buffer = "";
  child.stdout.on("data", (chunk: Buffer) => {
    buffer += chunk.toString("utf8");
    for (let nl = buffer.indexOf("\n"); nl >= 0; nl = buffer.indexOf("\n")) {
      const line = JSON.parse(buffer.slice(0, nl)) as { type: string } & Record<string, number>;
      buffer = buffer.slice(nl + 1);
      if (line.type === "minute") onMinute?.(line);
      if (line.type === "result") result = line as unknown as MixFigures;
    }
  });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  fs.rmSync(planFile, { force: true });
  if (code !== 0 || !result) throw new Error(`the load generator failed (exit ${code}); server log: ${p.server.log}`);
  return result;
}

export function machine() {
  return {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
}

/** Writes a result file into bench/results and returns its path. */
export function saveResult(prefix: string, result: { date: string } & Record<string, unknown>): string {
  const file = path.resolve(
    import.meta.dirname,
    "../results",
    `${prefix}-${result.date.slice(0, 19).replaceAll(":", "-")}.json`,
  );
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return path.relative(process.cwd(), file);
}

export function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}
