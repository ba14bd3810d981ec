// The load generator, in its own process so it never shares the server's event loop: one keep-alive connection per
// user, each sending the office's mix (mix.ts) either as fast as answers come (closed loop) or at a fixed rate.
// Prints JSON lines: {"type":"minute",…} during a run at a fixed rate, then {"type":"result",…}.
import fs from "node:fs";
import http from "node:http";
import { Random } from "@dangvu/server/src/demo/random";
import { type ActorState, drawKind, kinds, type MixRequest } from "./mix";
import type { Actor } from "./office";
import { type KindStats, percentile, summarise } from "./stats";

export interface ChildPlan {
  url: string;
  actors: Actor[];
  seconds: number;
  /** Requests a second over all users; absent: closed loop. */
  rate?: number;
  /** Each run draws its own sequence (a warm-up and the run after it do not send the same requests). */
  seed: number;
}

const plan = JSON.parse(fs.readFileSync(process.argv[2] as string, "utf8")) as ChildPlan;
const target = new URL(plan.url);
const stats = new Map<string, KindStats>(
  kinds.map((k) => [k.name, { latencies: [], statuses: {}, samples: [], errors: 0 }]),
);
let minute: number[] = [];
let minuteErrors = 0;

function send(agent: http.Agent, session: Actor["sessions"][number], req: MixRequest) {
  const body = req.body === undefined ? undefined : JSON.stringify(req.body);
  const headers: Record<string, string> = { cookie: session.cookie, accept: "application/json" };
  if (body !== undefined) {
    headers["content-type"] = "application/json";
    headers["content-length"] = String(Buffer.byteLength(body));
  }
  if (req.method !== "GET") headers["x-csrf-token"] = session.csrf;
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const r = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.path, headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    r.on("error", reject);
    r.end(body);
  });
}

/** Reads what writes need before the clock starts: the members' versions and the held meeting's roster. */
async function prepare(actor: Actor, agent: http.Agent): Promise<ActorState> {
  const session = actor.sessions[0] as Actor["sessions"][number];
  const versions = new Map<string, number>();
  for (const id of actor.editMemberIds) {
    const res = await send(agent, session, { method: "GET", path: `/api/members/${id}` });
    if (res.status !== 200) throw new Error(`GET member ${id}: ${res.status} ${res.text.slice(0, 200)}`);
    versions.set(id, (JSON.parse(res.text) as { version: number }).version);
  }
  const res = await send(agent, session, { method: "GET", path: `/api/meetings/${actor.heldMeetingId}` });
  if (res.status !== 200) throw new Error(`GET meeting: ${res.status} ${res.text.slice(0, 200)}`);
  const roster = (
    JSON.parse(res.text) as { roster: { memberId: string; exempt: boolean; temporary: boolean }[] }
  ).roster
    .filter((r) => !r.exempt && !r.temporary)
    .map((r) => r.memberId);
  if (roster.length === 0) throw new Error(`the held meeting of ${actor.username} has nobody on its roster`);
  return { actor, versions, roster, n: 0 };
}

async function runActor(state: ActorState, agent: http.Agent, index: number, endAt: number) {
  const random = new Random(plan.seed * 100 + index);
  const pick = <T>(items: readonly T[]) => random.pick(items as T[]);
  const interval = plan.rate ? (1000 * plan.actors.length) / plan.rate : 0;
  let next = performance.now() + (interval * index) / plan.actors.length;
  while (performance.now() < endAt) {
    if (interval) {
      const wait = next - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (performance.now() >= endAt) break;
      next += interval;
    }
    const kind = drawKind(random.next());
    state.n++;
    const req = kind.build(state, pick);
    const session = state.actor.sessions[state.n % state.actor.sessions.length] as Actor["sessions"][number];
    const s = stats.get(kind.name) as KindStats;
    const t = performance.now();
    try {
      const res = await send(agent, session, req);
      const ms = performance.now() - t;
      s.latencies.push(ms);
      minute.push(ms);
      s.statuses[res.status] = (s.statuses[res.status] ?? 0) + 1;
      if (res.status >= 300) {
        minuteErrors++;
        if (s.samples.length < 3) s.samples.push(`${res.status} ${req.method} ${req.path}: ${res.text.slice(0, 300)}`);
      } else if (kind.name === "edit phone") {
        const id = req.path.split("/").at(-1) as string;
        state.versions.set(id, (JSON.parse(res.text) as { version: number }).version);
      }
    } catch (error) {
      s.errors++;
      minuteErrors++;
      if (s.samples.length < 3) s.samples.push(`${req.method} ${req.path}: ${(error as Error).message}`);
    }
  }
}

async function main() {
  const agents = plan.actors.map(() => new http.Agent({ keepAlive: true, maxSockets: 1 }));
  const states = await Promise.all(plan.actors.map((a, i) => prepare(a, agents[i] as http.Agent)));
  const started = performance.now();
  const endAt = started + plan.seconds * 1000;
  let minutes = 0;
  const ticker = plan.rate
    ? setInterval(() => {
        const sorted = minute.sort((a, b) => a - b);
        minutes++;
        const line = {
          type: "minute",
          minute: minutes,
          requests: sorted.length,
          p50: percentile(sorted, 0.5),
          p99: percentile(sorted, 0.99),
          max: sorted.at(-1) ?? 0,
          errors: minuteErrors,
        };
        process.stdout.write(`${JSON.stringify(line)}\n`);
        minute = [];
        minuteErrors = 0;
      }, 60_000)
    : undefined;
  await Promise.all(states.map((s, i) => runActor(s, agents[i] as http.Agent, i, endAt)));
  if (ticker) clearInterval(ticker);
  const seconds = (performance.now() - started) / 1000;
  for (const a of agents) a.destroy();
  process.stdout.write(`${JSON.stringify({ type: "result", ...summarise(stats, seconds, plan.rate ?? null) })}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
