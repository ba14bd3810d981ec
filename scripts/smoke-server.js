#!/usr/bin/env node
// `npm run smoke:server`: runs every command of docs/operations.md's ```sh blocks, in the page's order, on the local
// PostgreSQL (a database and role of its own, dropped at the end), with the checks of smoke-server/checks.js between
// them; prints each step with its duration. `--plan` prints the plan as JSON and runs nothing (the doc test reads it).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { checks } from "./smoke-server/checks.js";
import { makePlan, root, smokeValues } from "./smoke-server/plan.js";

const began = performance.now();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dangvu-smoke-"));
const suffix = `${Date.now().toString(36)}${process.pid.toString(36)}`;
const ports = { 3000: await freePort(), 3001: await freePort(), 3002: await freePort() };
const values = smokeValues(tmp, ports, suffix);
const plan = makePlan(values);
const servers = [];

if (process.argv.includes("--plan")) {
  const ctx = { plan, ports, values, tmp, root };
  const hooks = checks(ctx).map((h) => ({ name: h.name, when: h.when, at: anchorOf(h, plan) }));
  console.log(JSON.stringify({ commands: plan.map((s) => s.command), hooks }, null, 2));
  fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(0);
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
/** Where a check runs: the index of the page's command it hangs on (its nth match), or -1 when there is none. */
function anchorOf(hook, steps) {
  const matches = steps.map((s, i) => (hook.at.test(s.command) ? i : -1)).filter((i) => i >= 0);
  return matches[(hook.nth ?? 1) - 1] ?? -1;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** `sudo -u USER CMD…` as the page writes it: the same user switch, for root, with runuser (CI has no sudo). */
function writeSudoShim() {
  const bin = path.join(tmp, "bin");
  fs.mkdirSync(bin);
  const shim = `#!/bin/sh
[ "$1" = "-u" ] || { echo "smoke sudo: only 'sudo -u USER COMMAND' is supported" >&2; exit 2; }
user="$2"; shift 2
cd /
exec runuser -u "$user" -- "$@"
`;
  fs.writeFileSync(path.join(bin, "sudo"), shim, { mode: 0o755 });
  return bin;
}

/** The environment the page's commands start from: this one without any Đảng Vụ or PostgreSQL settings. */
function baseEnvironment() {
  const env = { ...process.env, PATH: `${writeSudoShim()}:${process.env.PATH}`, PORT: String(ports[3000]) };
  for (const name of Object.keys(env))
    if (/^(DANGVU_|DATABASE_URL$|HOST$|PG[A-Z]+$|TEST_DATABASE_URL$)/.test(name)) delete env[name];
  return env;
}

const baseEnv = baseEnvironment();
const stateFile = path.join(tmp, "shell-state.sh");
fs.writeFileSync(stateFile, `cd ${JSON.stringify(root)}\n`);

/** One command in bash, in the shell state the previous ones left (exports, directory), which it then saves. */
function shellScript(command, save) {
  const keep = save ? `\n{ export -p; printf 'cd %q\\n' "$PWD"; } > ${JSON.stringify(stateFile)}` : "";
  return `set -euo pipefail\nsource ${JSON.stringify(stateFile)}\n${command}${keep}\n`;
}

function runCommand(step) {
  const res = spawnSync("bash", ["-c", shellScript(step.run, true)], { env: baseEnv, stdio: "inherit" });
  if (res.status !== 0) throw new Error(`exit code ${res.status ?? res.signal}`);
}

async function waitForHealth(port, server) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exited) throw new Error(`the server ended (${server.exited}):\n${tail(server.log)}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no answer on port ${port} within 2 minutes:\n${tail(server.log)}`);
}

function tail(file) {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n").slice(-30).join("\n") : "";
}

/** A server command runs in its own process group, its output in a log file, until its section ends. */
async function startServer(step) {
  const log = path.join(tmp, `server-${servers.length + 1}.log`);
  const out = fs.openSync(log, "w");
  const child = spawn("bash", ["-c", shellScript(step.run, false)], {
    env: baseEnv,
    detached: true,
    stdio: ["ignore", out, out],
  });
  const server = { child, log, section: step.section, exited: null };
  child.on("exit", (code, signal) => {
    server.exited = signal ?? `exit code ${code}`;
  });
  servers.push(server);
  const port = /(^|\s)PORT=(\d+)/.exec(step.run)?.[2] ?? String(ports[3000]);
  await waitForHealth(Number(port), server);
  return `answering on port ${port}`;
}

/** Stops the servers as Ctrl+C would (SIGINT to the group), then for good after 10 s. */
async function stopServers() {
  for (const server of servers.splice(0)) {
    if (server.exited) continue;
    const gone = new Promise((resolve) => server.child.once("exit", resolve));
    process.kill(-server.child.pid, "SIGINT");
    const timer = setTimeout(() => server.exited || process.kill(-server.child.pid, "SIGKILL"), 10_000);
    await gone;
    clearTimeout(timer);
  }
}

function dropSmokeDatabases() {
  const db = values.dbName;
  const statements = [`drop database if exists ${db}_test with (force)`, `drop database if exists ${db} with (force)`];
  const args = [...statements, `drop role if exists ${db}`].flatMap((statement) => ["-c", statement]);
  const env = { ...process.env, PGOPTIONS: "-c client_min_messages=warning" };
  spawnSync("runuser", ["-u", "postgres", "--", "psql", "-q", ...args], { cwd: "/", stdio: "inherit", env });
}

async function timed(title, action) {
  const start = performance.now();
  console.log(`\n▶ ${title}`);
  const note = await action();
  console.log(`✓ ${seconds(performance.now() - start)}${note ? `: ${note}` : ""}`);
}

/** The local PostgreSQL, started as .ci/run starts it when it is not running (Debian's cluster tools). */
function ensurePostgres() {
  const ready = () => spawnSync("pg_isready", ["-h", "127.0.0.1", "-p", "5432", "-q"]).status === 0;
  if (ready()) return;
  const version = fs.existsSync("/etc/postgresql") ? fs.readdirSync("/etc/postgresql")[0] : undefined;
  if (version)
    spawnSync("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "start"], { stdio: "inherit" });
  for (let i = 0; i < 30 && !ready(); i++) spawnSync("sleep", ["1"]);
  if (!ready()) throw new Error("PostgreSQL does not answer on 127.0.0.1:5432");
}

async function main() {
  ensurePostgres();
  for (const name of Object.keys(values.assignments))
    if (!plan.some((s) => s.run.includes(`${name}=${values.assignments[name]}`)))
      throw new Error(`the page never sets ${name}: the smoke will not run its commands with the page's own values`);
  console.log(`Đảng Vụ smoke: ${plan.length} commands of docs/operations.md on PostgreSQL`);
  console.log(`database and role ${values.dbName}; ports ${JSON.stringify(ports)}; files in ${tmp}`);
  const ctx = { plan, ports, values, tmp, root, baseEnv };
  const hooks = checks(ctx).map((h) => ({ ...h, index: anchorOf(h, plan), done: false }));
  for (const hook of hooks) if (hook.index < 0) throw new Error(`no command of the page to check after: ${hook.name}`);
  const runHooks = async (index, when) => {
    for (const hook of hooks.filter((h) => h.index === index && h.when === when)) {
      await timed(`check: ${hook.name}`, hook.run);
      hook.done = true;
    }
  };
  for (const [index, step] of plan.entries()) {
    if (servers.length && servers[0].section !== step.section) await timed("stop the servers (Ctrl+C)", stopServers);
    await runHooks(index, "before");
    const shown = step.run === step.command ? step.run : `${step.run}\n  (page: ${step.command.split("\n")[0]})`;
    await timed(`[${step.section}] ${shown}`, () => (step.server ? startServer(step) : runCommand(step)));
    await runHooks(index, "after");
  }
  const missed = hooks.filter((h) => !h.done);
  if (missed.length) throw new Error(`checks not run: ${missed.map((h) => h.name).join("; ")}`);
}

/** Interrupted (Ctrl+C, a CI timeout): the servers run in their own process groups, so they are stopped here too. */
async function interrupted(signal) {
  console.error(`\n✗ smoke:server interrupted (${signal}): stopping the servers, dropping ${values.dbName}`);
  await stopServers();
  dropSmokeDatabases();
  fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(130);
}
process.once("SIGINT", interrupted);
process.once("SIGTERM", interrupted);

let failed = false;
try {
  await main();
} catch (error) {
  failed = true;
  console.error(`\n✗ ${error instanceof Error ? error.message : error}`);
  for (const server of servers) console.error(`--- ${server.log}\n${tail(server.log)}`);
} finally {
  await stopServers();
  dropSmokeDatabases();
  fs.rmSync(tmp, { recursive: true, force: true });
}
console.log(`\n${failed ? "✗ smoke:server failed" : "✓ smoke:server passed"} in ${seconds(performance.now() - began)}`);
process.exit(failed ? 1 : 0);
