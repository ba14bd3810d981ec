/**
 * `npm run verify -- --servers N`: N app server processes on one fresh PostgreSQL database, reached over real HTTP.
 * The suite's world gets an `app` whose `inject` sends each request to the next server in turn, so the access matrix
 * and the concurrency pass alternate between them (a session made through one is used on the others), and the
 * cluster checks (cluster-checks.ts) pick a server each.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import pg from "pg";
import type { App } from "../src/app";
import { type Database, openPostgres } from "../src/db/database";
import { buildWorld, type World } from "./world";

/** The value of `--servers N` (or `--servers=N`); 0 when absent. */
export function serversOption(argv: string[]): number {
  const at = argv.findIndex((a) => a === "--servers" || a.startsWith("--servers="));
  if (at < 0) return 0;
  const arg = argv[at] as string;
  const value = Number(arg.includes("=") ? arg.split("=")[1] : argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--servers needs a number of servers, got "${arg}"`);
  return value;
}

/** The login limit each server is started with: the cluster checks count an address's sign-ins against it. */
export const clusterLoginLimit = 30;

const adminUrl =
  process.env.TEST_DATABASE_URL ?? process.env.VERIFY_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** An app reached over HTTP; `servers` are the same requests pinned to one server each. */
export interface RemoteApp {
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
  servers: App[];
  urls: string[];
  databaseUrl: string;
}

/** The cluster behind a world built by `clusterWorld` (undefined for the in-process world). */
export function clusterOf(world: World): RemoteApp | undefined {
  const app = world.app as unknown as Partial<RemoteApp>;
  return app.servers && app.urls ? (app as RemoteApp) : undefined;
}

/** A fresh database, N servers started on it at once (each migrating it, as at start), and the suite's world. */
export async function clusterWorld(count: number): Promise<World> {
  ensurePostgres();
  const name = `dangvu_verify_${process.pid}_${Date.now().toString(36)}`;
  const databaseUrl = await createDatabase(name);
  const children: ChildProcess[] = [];
  let database: Database | undefined;
  try {
    const started = performance.now();
    const ports = await Promise.all(Array.from({ length: count }, (_, i) => startServer(i + 1, databaseUrl, children)));
    console.log(
      `${count} app servers on ${name} (ports ${ports.join(", ")}), started together in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    database = openPostgres(databaseUrl, 4);
    const app = remoteApp(
      ports.map((p) => `http://127.0.0.1:${p}`),
      databaseUrl,
      () => stopServers(children),
    );
    return await buildWorld({ database: withDrop(database, name), app: app as unknown as App });
  } catch (error) {
    await stopServers(children);
    await database?.close();
    await dropDatabase(name);
    throw error;
  }
}

function remoteApp(urls: string[], databaseUrl: string, stop: () => Promise<void>): RemoteApp {
  let next = 0;
  const servers = urls.map((url) => ({ inject: (o: InjectOptions) => request(url, o) }) as unknown as App);
  return {
    inject: (options) => {
      next = (next + 1) % urls.length;
      return request(urls[next] as string, options);
    },
    close: stop,
    servers,
    urls,
    databaseUrl,
  };
}

/** One request as `app.inject` would send it; `remoteAddress` becomes X-Forwarded-For (the servers trust 127.0.0.1). */
async function request(base: string, options: InjectOptions): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { "accept-encoding": "identity" };
  for (const [key, value] of Object.entries(options.headers ?? {}))
    if (value !== undefined) headers[key] = String(value);
  if (options.remoteAddress) headers["x-forwarded-for"] = options.remoteAddress;
  const payload = options.payload as string | Buffer | undefined;
  const res = await fetch(`${base}${options.url}`, {
    method: options.method ?? "GET",
    headers,
    body: payload === undefined ? undefined : typeof payload === "string" ? payload : new Uint8Array(payload),
    redirect: "manual",
  });
  const rawPayload = Buffer.from(await res.arrayBuffer());
  const replyHeaders: Record<string, string | string[]> = Object.fromEntries(res.headers.entries());
  const cookies = res.headers.getSetCookie();
  if (cookies.length > 0) replyHeaders["set-cookie"] = cookies;
  const text = rawPayload.toString("utf8");
  return {
    statusCode: res.status,
    headers: replyHeaders,
    rawPayload,
    payload: text,
    body: text,
    json: () => JSON.parse(text),
  } as unknown as LightMyRequestResponse;
}

/** Starts one server; resolves with its port once it listens. Its error log goes to stderr with its number. */
function startServer(index: number, databaseUrl: string, children: ChildProcess[]): Promise<number> {
  const entry = path.join(import.meta.dirname, "cluster-child.ts");
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    env: { ...process.env, DATABASE_URL: databaseUrl, VERIFY_LOGIN_RATE_LIMIT: String(clusterLoginLimit) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  // Never leave a server behind, whatever ends the suite.
  process.once("exit", () => child.kill("SIGKILL"));
  readline.createInterface({ input: child.stderr as NodeJS.ReadableStream }).on("line", (line) => {
    console.error(`[server ${index}] ${line}`);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server ${index} did not start within 90 s`)), 90_000);
    readline.createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
      const match = /^listening (\d+)$/.exec(line);
      if (!match) return;
      clearTimeout(timer);
      resolve(Number(match[1]));
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server ${index} exited with ${code} before it listened`));
    });
  });
}

async function stopServers(children: ChildProcess[]) {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const force = setTimeout(() => child.kill("SIGKILL"), 5000);
          child.once("exit", () => {
            clearTimeout(force);
            resolve();
          });
          child.kill("SIGTERM");
        }),
    ),
  );
}

/** The database handle of the world: closing it also drops the suite's database. */
function withDrop(database: Database, name: string): Database {
  return {
    ...database,
    close: async () => {
      await database.close();
      await dropDatabase(name);
    },
  };
}

/** Starts the machine's PostgreSQL if it is not answering (as CI does); the default URL only. */
function ensurePostgres() {
  if (process.env.TEST_DATABASE_URL || process.env.VERIFY_DATABASE_URL) return;
  const ready = () => spawnSync("pg_isready", ["-h", "127.0.0.1", "-p", "5432", "-q"]).status === 0;
  if (ready()) return;
  const version = execFileSync("ls", ["/etc/postgresql"]).toString().trim().split("\n")[0] as string;
  spawnSync("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "start"], { stdio: "inherit" });
  for (let i = 0; i < 30 && !ready(); i++) spawnSync("sleep", ["1"]);
  if (!ready()) throw new Error("PostgreSQL is not running on 127.0.0.1:5432 (set TEST_DATABASE_URL)");
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, user: new URL(adminUrl).username || "postgres" });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function createDatabase(name: string): Promise<string> {
  await admin((c) => c.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(name: string) {
  await admin((c) => c.query(`drop database if exists ${name} with (force)`));
}
