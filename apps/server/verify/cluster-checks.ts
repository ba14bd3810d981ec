/**
 * What only several app servers on one database can get wrong (`npm run verify -- --servers N`): sessions and their
 * end, a revoked grant, the rate limits and the check-in attempts counted across the servers, document numbers taken
 * by both at once, and one unbroken audit chain at the end (`npx dangvu audit verify`).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import type { LightMyRequestResponse } from "fastify";
import { searchRateLimit } from "../src/http/rate-limits";
import { anActor, type TestActor, testPassword } from "../test/harness";
import { clusterLoginLimit, clusterOf, type RemoteApp } from "./cluster";
import { runWriteLoad } from "./cluster-load";
import { child, makers } from "./fixtures";
import { type Reply, type RequestSpec, send } from "./http";
import type { Tally } from "./report";
import { aLinkedActor, asRoot, uniqueTag, type World } from "./world";

export interface CheckResult {
  name: string;
  problem?: string;
  detail: string;
}

type Check = (world: World, cluster: RemoteApp) => Promise<CheckResult>;

/** Runs every cluster check, prints a line for each, and records the failures in the tally. */
export async function runClusterChecks(world: World, tally: Tally) {
  const cluster = clusterOf(world);
  if (!cluster) throw new Error("runClusterChecks: the world has no app servers");
  const checks: Check[] = [
    sessionEnds,
    grantRevoked,
    unitMoved,
    accountLock,
    loginLimit,
    searchLimit,
    checkinAttempts,
    runWriteLoad,
    audit,
  ];
  console.log(`\nSeveral app servers (${cluster.urls.length}) on one PostgreSQL:`);
  for (const check of checks) {
    const result = await check(world, cluster);
    console.log(`  ${result.problem ? "✗" : "✓"} ${result.name}: ${result.problem ?? result.detail}`);
    if (result.problem) tally.fail({ pass: "servers", endpoint: result.name, problem: result.problem });
  }
}

const [first, second] = [0, 1];
const serverOf = (cluster: RemoteApp, i: number) => cluster.servers[i % cluster.servers.length] as World["app"];

/** Polls a request on a server until its status is one of `wanted`; the milliseconds it took, or null after 2 s. */
async function within2s(ask: () => Promise<Reply>, wanted: number[]): Promise<{ ms: number | null; last: number }> {
  const started = performance.now();
  let last = 0;
  while (performance.now() - started < 2000) {
    last = (await ask()).status;
    if (wanted.includes(last)) return { ms: Math.round(performance.now() - started), last };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { ms: null, last };
}

/** A session opened by signing in on one server works on the other; signing out on the first ends it there too. */
async function sessionEnds(world: World, cluster: RemoteApp): Promise<CheckResult> {
  const name = "session: signed in on server 1, used and signed out across servers";
  const user = await anActor(world.database.db, { role: "grassroots_staff", orgUnitId: world.units.own });
  const login = await serverOf(cluster, first).inject({
    method: "POST",
    url: "/api/auth/login",
    payload: JSON.stringify({ username: user.username, password: testPassword }),
    headers: { "content-type": "application/json" },
    remoteAddress: "10.251.0.1",
  });
  if (login.statusCode !== 200) return { name, problem: `sign-in answered ${login.statusCode}`, detail: "" };
  const actor = sessionOf(login, user);
  const me = await send(serverOf(cluster, second), actor, { method: "GET", url: "/api/me" });
  if (me.status !== 200)
    return { name, problem: `the session made on server 1 answered ${me.status} on server 2`, detail: "" };
  const out = await send(serverOf(cluster, first), actor, { method: "POST", url: "/api/auth/logout", body: {} });
  if (out.status !== 200) return { name, problem: `sign-out answered ${out.status}`, detail: "" };
  const ended = await within2s(() => send(serverOf(cluster, second), actor, { method: "GET", url: "/api/me" }), [401]);
  if (ended.ms === null)
    return { name, problem: `server 2 still answers ${ended.last} 2 s after the sign-out on server 1`, detail: "" };
  return { name, detail: `server 2 refused the ended session after ${ended.ms} ms` };
}

function sessionOf(login: LightMyRequestResponse, user: TestActor): TestActor {
  const cookies = ([] as string[]).concat(login.headers["set-cookie"] ?? []);
  const cookie = cookies.map((c) => c.split(";")[0] as string).find((c) => c.startsWith("dangvu_session=")) ?? "";
  return { ...user, cookie, csrfToken: (login.json() as { csrfToken: string }).csrfToken };
}

/** A grant revoked through one server stops the same session on the other within a moment (no stale cache). */
async function grantRevoked(world: World, cluster: RemoteApp): Promise<CheckResult> {
  const name = "grant revoked on server 1: the session loses access on server 2";
  const actor = await anActor(world.database.db, { role: "grassroots_staff", orgUnitId: world.units.own });
  const meeting = await makers.meeting?.(world, world.units.own);
  const read: RequestSpec = { method: "GET", url: `/api/meetings/${meeting?.fields.id}` };
  const before = await send(serverOf(cluster, second), actor, read);
  if (before.status !== 200)
    return { name, problem: `before the revocation server 2 answered ${before.status}`, detail: "" };
  const user = await asRoot<{ grants: { id: string }[] }>(world, { method: "GET", url: `/api/users/${actor.userId}` });
  const grantId = user.grants[0]?.id;
  const revoked = await send(serverOf(cluster, first), world.root, { method: "DELETE", url: `/api/grants/${grantId}` });
  if (revoked.status !== 200) return { name, problem: `the revocation answered ${revoked.status}`, detail: "" };
  const lost = await within2s(() => send(serverOf(cluster, second), actor, read), [401, 403, 404]);
  if (lost.ms === null)
    return { name, problem: `server 2 still answers ${lost.last} 2 s after the grant was revoked`, detail: "" };
  return { name, detail: `server 2 answered ${lost.last} after ${lost.ms} ms` };
}

/** A unit moved out of the actor's scope through one server is out of it on the other within a moment (tree cache). */
async function unitMoved(world: World, cluster: RemoteApp): Promise<CheckResult> {
  const name = "unit moved on server 1: out of scope on server 2";
  const actor = await anActor(world.database.db, { role: "grassroots_staff", orgUnitId: world.units.own });
  const cell = (await child(world, world.units.own)).fields.id as string;
  const meeting = await makers.meeting?.(world, cell);
  const read: RequestSpec = { method: "GET", url: `/api/meetings/${meeting?.fields.id}` };
  const before = await send(serverOf(cluster, second), actor, read);
  if (before.status !== 200) return { name, problem: `before the move server 2 answered ${before.status}`, detail: "" };
  const unit = await asRoot<{ version: number }>(world, { method: "GET", url: `/api/org-units/${cell}` });
  const moved = await send(serverOf(cluster, first), world.root, {
    method: "POST",
    url: `/api/org-units/${cell}/events`,
    body: { kind: "move", newParentId: world.units.sibling, version: unit.version, effectiveOn: world.today },
  });
  if (moved.status !== 200)
    return { name, problem: `the move answered ${moved.status} ${moved.text.slice(0, 200)}`, detail: "" };
  const lost = await within2s(() => send(serverOf(cluster, second), actor, read), [403, 404]);
  if (lost.ms === null)
    return { name, problem: `server 2 still answers ${lost.last} 2 s after the unit was moved away`, detail: "" };
  return { name, detail: `server 2 answered ${lost.last} after ${lost.ms} ms` };
}

/** An address's sign-ins are counted across the servers: the limit's next attempt is refused on every server. */
async function loginLimit(_world: World, cluster: RemoteApp): Promise<CheckResult> {
  const name = `sign-in limit (${clusterLoginLimit} a minute per address) counted across servers`;
  const attempt = (i: number) =>
    serverOf(cluster, i).inject({
      method: "POST",
      url: "/api/auth/login",
      payload: JSON.stringify({ username: `khongco-${uniqueTag()}`, password: "sai-mat-khau" }),
      headers: { "content-type": "application/json" },
      remoteAddress: "10.252.0.1",
    });
  const statuses: number[] = [];
  for (let i = 0; i < clusterLoginLimit; i++) statuses.push((await attempt(i)).statusCode);
  const refusedEarly = statuses.filter((s) => s !== 401);
  if (refusedEarly.length > 0)
    return { name, problem: `within the limit got ${refusedEarly.join(",")} (expected 401s)`, detail: "" };
  const over = await Promise.all(cluster.servers.map((_, i) => attempt(i)));
  const overStatuses = over.map((r) => r.statusCode);
  if (overStatuses.some((s) => s !== 429))
    return {
      name,
      problem: `past the limit the servers answered ${overStatuses.join(",")} (expected 429)`,
      detail: "",
    };
  return { name, detail: `${clusterLoginLimit} attempts alternating between servers, then 429 on each` };
}

/** Failed sign-ins of one account are counted across the servers: after five, the right password is refused on all. */
async function accountLock(world: World, cluster: RemoteApp): Promise<CheckResult> {
  const name = "account locked after five failed sign-ins across servers";
  const user = await anActor(world.database.db, { role: "member", orgUnitId: world.units.own });
  const attempt = (i: number, password: string) =>
    serverOf(cluster, i).inject({
      method: "POST",
      url: "/api/auth/login",
      payload: JSON.stringify({ username: user.username, password }),
      headers: { "content-type": "application/json" },
      remoteAddress: `10.253.0.${i + 1}`,
    });
  const failures: number[] = [];
  for (let i = 0; i < 5; i++) failures.push((await attempt(i, "sai-mat-khau")).statusCode);
  if (failures.some((s) => s !== 401))
    return { name, problem: `wrong passwords answered ${failures.join(",")}`, detail: "" };
  const right = await Promise.all(cluster.servers.map((_, i) => attempt(i, testPassword)));
  if (right.some((r) => r.statusCode !== 401))
    return { name, problem: `the right password then answered ${right.map((r) => r.statusCode)}`, detail: "" };
  return { name, detail: "5 wrong passwords alternating between servers, then the right one refused on each" };
}

/** A session's member searches are counted across the servers. */
async function searchLimit(world: World, cluster: RemoteApp): Promise<CheckResult> {
  const max = searchRateLimit.max;
  const name = `member search limit (${max} a minute per session) counted across servers`;
  const actor = await anActor(world.database.db, { role: "grassroots_staff", orgUnitId: world.units.own });
  const search = (i: number) =>
    send(serverOf(cluster, i), actor, { method: "GET", url: "/api/members", query: { orgUnitId: world.units.own } });
  const statuses: number[] = [];
  for (let i = 0; i < max; i += 10)
    statuses.push(...(await Promise.all(Array.from({ length: 10 }, (_, j) => search(i + j)))).map((r) => r.status));
  const refusedEarly = statuses.filter((s) => s !== 200);
  if (refusedEarly.length > 0)
    return { name, problem: `within the limit ${refusedEarly.length} searches got ${refusedEarly[0]}`, detail: "" };
  const over = await Promise.all(cluster.servers.map((_, i) => search(i)));
  if (over.some((r) => r.status !== 429))
    return { name, problem: `past the limit: ${over.map((r) => r.status).join(",")} (expected 429)`, detail: "" };
  return { name, detail: `${max} searches on both servers answered, then 429 on each` };
}

/** The code shown by either server is the same; five wrong codes on both stop the sixth attempt on either. */
async function checkinAttempts(world: World, cluster: RemoteApp): Promise<CheckResult> {
  const name = "check-in codes and attempts agree across servers";
  const meeting = await makers.meeting?.(world, world.units.own);
  const id = meeting?.fields.id ?? "";
  const codes = await Promise.all(
    cluster.servers.map((server) =>
      send(server, world.root, { method: "GET", url: `/api/meetings/${id}/checkin-code` }),
    ),
  );
  const shown = codes.map((r) => (r.status === 200 ? (JSON.parse(r.text) as { code: string }).code : `(${r.status})`));
  if (new Set(shown).size !== 1)
    return { name, problem: `the servers show different codes: ${shown.join(", ")}`, detail: "" };
  const code = shown[0] as string;
  const wrong = code === "000000" ? "111111" : "000000";
  const [guesser, member] = [await aLinkedActor(world, "member"), await aLinkedActor(world, "member")];
  const checkin = (i: number, who: TestActor, value: string) =>
    send(serverOf(cluster, i), who, { method: "POST", url: `/api/meetings/${id}/checkin`, body: { code: value } });
  const guesses: number[] = [];
  for (let i = 0; i < 5; i++) guesses.push((await checkin(i, guesser, wrong)).status);
  if (guesses.some((s) => s !== 422)) return { name, problem: `wrong codes answered ${guesses.join(",")}`, detail: "" };
  const sixth = await Promise.all(cluster.servers.map((_, i) => checkin(i, guesser, code)));
  if (sixth.some((r) => r.status !== 429))
    return { name, problem: `after 5 wrong codes the right one answered ${sixth.map((r) => r.status)}`, detail: "" };
  const other = await checkin(second, member, code);
  if (other.status !== 200)
    return { name, problem: `server 1's code answered ${other.status} on server 2`, detail: "" };
  return { name, detail: "one code on every server; 5 wrong codes across servers, then 429 on each" };
}

/** The audit chain the servers appended to together is one unbroken chain, as the command-line tool checks it. */
async function audit(_world: World, cluster: RemoteApp): Promise<CheckResult> {
  const name = "npx dangvu audit verify";
  const bin = path.resolve(import.meta.dirname, "../../../bin/dangvu.js");
  const run = spawnSync(process.execPath, [bin, "audit", "verify"], {
    env: { ...process.env, DATABASE_URL: cluster.databaseUrl },
    encoding: "utf8",
    timeout: 120_000,
  });
  const output = `${run.stdout ?? ""}${run.stderr ?? ""}`.trim().split("\n").slice(-3).join(" ");
  if (run.status !== 0) return { name, problem: `exit ${run.status}: ${output}`, detail: "" };
  return { name, detail: output };
}
