// The server and `npx dangvu` started as the operator starts them, with one bad setting each: each must stop within
// 10 seconds, with a non-zero code and one message in both languages naming what to check, never a stack trace.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverRoot } from "../server-root";

const repoRoot = path.resolve(serverRoot, "../..");
const mainFile = path.join(serverRoot, "src/main.ts");
// Run from a scratch directory (its ./data is the default data directory), so tsx is named by its path.
const tsx = pathToFileURL(path.join(repoRoot, "node_modules/tsx/dist/loader.mjs")).href;
const cliFile = path.join(repoRoot, "bin/dangvu.js");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "dangvu-startup-"));
const servers: net.Server[] = [];

interface Outcome {
  code: number | null;
  seconds: number;
  stderr: string;
}

/** Runs a process to its end (killed after 20 s) and tells how it ended. */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<Outcome> {
  const began = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: scratch,
    env: { ...process.env, DATABASE_URL: "", DANGVU_DATA_DIR: "", HOST: "127.0.0.1", DANGVU_DEMO: "0", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
  return new Promise((resolve) =>
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, seconds: (performance.now() - began) / 1000, stderr });
    }),
  );
}

/** Runs at most two processes at a time: the machine's cores are shared, and the 10 seconds are each process's. */
function limited(limit: number) {
  const waiting: (() => void)[] = [];
  let running = 0;
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
const slot = limited(2);
const startServer = (env: NodeJS.ProcessEnv, flags: string[] = []) =>
  slot(() => run(["--import", tsx, mainFile, ...flags], env));
const runCli = (env: NodeJS.ProcessEnv, args: string[]) => slot(() => run([cliFile, ...args], env));

/** A TCP server on a free local port; `onConnection` decides what a client gets. */
async function listening(onConnection: (socket: net.Socket) => void = () => {}): Promise<number> {
  const server = net.createServer(onConnection);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as net.AddressInfo).port;
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const port = await listening();
  const server = servers.pop() as net.Server;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Answers PostgreSQL's start-up message with a fatal error carrying `code`, as a real server refusing would. */
function refusingPostgres(code: string, message: string) {
  return (socket: net.Socket) => {
    socket.on("error", () => socket.destroy());
    socket.once("data", () => {
      const body = Buffer.from(`SFATAL\0C${code}\0M${message}\0\0`);
      const length = Buffer.alloc(4);
      length.writeInt32BE(body.length + 4);
      socket.end(Buffer.concat([Buffer.from("E"), length, body]));
    });
  };
}

function expectOperatorFailure(outcome: Outcome, ...names: string[]) {
  expect(outcome.code, outcome.stderr).not.toBe(0);
  expect(outcome.code, outcome.stderr).not.toBeNull();
  expect(outcome.seconds, outcome.stderr).toBeLessThan(10);
  expect(outcome.stderr).toMatch(/^(Không khởi động được Đảng Vụ|Lệnh dangvu không thực hiện được): /m);
  expect(outcome.stderr).toMatch(/^\((Could not start Đảng Vụ|The dangvu command failed): /m);
  for (const name of names) expect(outcome.stderr).toContain(name);
  expect(outcome.stderr).not.toMatch(/^\s+at /m);
}

const file = path.join(scratch, "a-file");
type Case =
  | "silent"
  | "settings"
  | "badUrl"
  | "refused"
  | "unknownHost"
  | "noPassword"
  | "noDatabase"
  | "underFile"
  | "proc"
  | "portTaken"
  | "locked"
  | "cliRefused"
  | "cliSettings";
let outcomes = {} as Record<Case, Promise<Outcome>>;

beforeAll(async () => {
  fs.writeFileSync(file, "");
  const locked = path.join(scratch, "locked");
  fs.mkdirSync(locked);
  // A lock held by a live process: this test's own.
  fs.writeFileSync(path.join(locked, "dangvu.lock"), JSON.stringify({ pid: process.pid }));
  const refused = await closedPort();
  const silent = await listening(); // accepts the connection and never answers
  const noPassword = await listening(refusingPostgres("28P01", 'password authentication failed for user "dv"'));
  const noDatabase = await listening(refusingPostgres("3D000", 'database "dangvu" does not exist'));
  const taken = await listening();
  const pgUrl = (port: number) => `postgres://dv:s3cret@127.0.0.1:${port}/dangvu`;
  // Started together, two at a time; the slowest (the silent host, 5 seconds of waiting) first.
  outcomes = {
    silent: startServer({ DATABASE_URL: pgUrl(silent) }),
    settings: startServer({ PORT: "http", DANGVU_DEMO: "yes", HOST: "", DANGVU_LOG: "true" }, ["--verbose"]),
    badUrl: startServer({ DATABASE_URL: "postgres://dv:s3cret@db:port/dangvu" }),
    refused: startServer({ DATABASE_URL: pgUrl(refused) }),
    unknownHost: startServer({ DATABASE_URL: "postgres://dv:s3cret@no-such-host.invalid/dangvu" }),
    noPassword: startServer({ DATABASE_URL: pgUrl(noPassword) }),
    noDatabase: startServer({ DATABASE_URL: pgUrl(noDatabase) }),
    underFile: startServer({ DANGVU_DATA_DIR: path.join(file, "data") }),
    proc: startServer({ DANGVU_DATA_DIR: "/proc/dangvu-test/data" }),
    portTaken: startServer({ PORT: String(taken), DANGVU_DATA_DIR: path.join(scratch, "port") }),
    locked: startServer({ DANGVU_DATA_DIR: locked }),
    cliRefused: runCli({ DATABASE_URL: pgUrl(refused) }, ["backup", path.join(scratch, "b.jsonl.gz")]),
    cliSettings: runCli({ DANGVU_SECURE_COOKIES: "yes" }, ["audit", "verify"]),
  };
}, 120_000);

afterAll(async () => {
  await Promise.allSettled(Object.values(outcomes));
  for (const server of servers) server.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe("a start with a bad setting stops within 10 seconds with one message in both languages", () => {
  it("names every bad variable and flag with its value at once", async () => {
    const outcome = await outcomes.settings;
    expectOperatorFailure(outcome, 'PORT="http"', 'DANGVU_DEMO="yes"', 'HOST=""', 'DANGVU_LOG="true"', "--verbose");
    expect(outcome.stderr.trim().split("\n")).toHaveLength(2);
  });

  it("refuses a DATABASE_URL it cannot read, without showing the password", async () => {
    const outcome = await outcomes.badUrl;
    expectOperatorFailure(outcome, "DATABASE_URL");
    expect(outcome.stderr).not.toContain("s3cret");
  });

  it.each([
    ["refused", "từ chối kết nối"],
    ["unknownHost", "no-such-host.invalid"],
    ["silent", "không trả lời sau 5 giây"],
    ["noPassword", "từ chối mật khẩu"],
    ["noDatabase", 'cơ sở dữ liệu "dangvu" chưa có'],
  ])("explains a database that cannot be used (%s), with the password hidden", async (name, says) => {
    const outcome = await outcomes[name as Case];
    expectOperatorFailure(outcome, "DATABASE_URL", says as string);
    expect(outcome.stderr).not.toContain("s3cret");
  });

  it("refuses a data directory that cannot be written: under a file, or in /proc", async () => {
    expectOperatorFailure(await outcomes.underFile, "DANGVU_DATA_DIR", "ENOTDIR");
    if (fs.existsSync("/proc/self")) expectOperatorFailure(await outcomes.proc, "DANGVU_DATA_DIR");
  });

  it("refuses a port already in use, and a data directory another process holds", async () => {
    expectOperatorFailure(await outcomes.portTaken, "PORT", "đang được một chương trình khác dùng");
    expectOperatorFailure(await outcomes.locked, "DANGVU_DATA_DIR", `tiến trình ${process.pid}`);
  });

  it("stops `npx dangvu` the same way", async () => {
    expectOperatorFailure(await outcomes.cliRefused, "DATABASE_URL", "Lệnh dangvu không thực hiện được");
    expectOperatorFailure(await outcomes.cliSettings, 'DANGVU_SECURE_COOKIES="yes"');
  });
});
