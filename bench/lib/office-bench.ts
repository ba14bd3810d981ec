// `npm run bench -- load --engine pglite|pg|both --members 20000 --users 10 --seconds 30` (issue 12, item 1) and
// `npm run bench -- soak --engine pglite|pg|both --minutes 10 [--rate N]` (item 5): the committee office's mix of
// reads and writes against the server as an operator runs it, on the embedded database and on PostgreSQL.
import { type Engine, flag, machine, type Prepared, prepareEngine, runMix, saveResult } from "./office-run";
import { formatMix, type MixFigures } from "./stats";

function engines(args: string[], fallback: string): Engine[] {
  const e = flag(args, "engine") ?? fallback;
  if (e === "both") return ["pglite", "pg"];
  if (e !== "pglite" && e !== "pg") throw new Error(`--engine pglite|pg|both, not ${e}`);
  return [e];
}

export const loadTargets = { p99AtMostMs: 200, maxAtMostMs: 1000, failed: 0 };

export async function runLoadBench(args: string[]) {
  const members = Number(flag(args, "members") ?? 20_000);
  const users = Number(flag(args, "users") ?? 10);
  const seconds = Number(flag(args, "seconds") ?? 30);
  const command = `npm run bench -- load ${args.join(" ")}`.trim();
  const runs: Record<string, { data: unknown; warmup: MixFigures; run: MixFigures; met: boolean }> = {};
  for (const engine of engines(args, "both")) {
    const p = await prepareEngine(engine, members, users);
    try {
      const warmup = await runMix(p, Math.min(10, seconds));
      const run = await runMix(p, seconds);
      const met = run.p99 <= loadTargets.p99AtMostMs && run.max <= loadTargets.maxAtMostMs && run.failed === 0;
      console.log(formatMix(`\n${engine}, ${users} users, closed loop`, run));
      if (run.failed > 0)
        console.log(`  ${run.failed} requests failed: this run is not a result (see the kinds above).`);
      runs[engine] = { data: p.data, warmup, run, met };
    } finally {
      await p.cleanup();
    }
  }
  const result = { date: new Date().toISOString(), machine: machine(), command, members, users, seconds, runs };
  console.log(`Saved ${saveResult("load", result)}`);
  return result;
}

export async function runSoakBench(args: string[]) {
  const minutes = Number(flag(args, "minutes") ?? 10);
  const members = Number(flag(args, "members") ?? 20_000);
  const users = Number(flag(args, "users") ?? 10);
  const fixedRate = flag(args, "rate") ? Number(flag(args, "rate")) : undefined;
  const command = `npm run bench -- soak ${args.join(" ")}`.trim();
  for (const engine of engines(args, "pglite")) {
    const p = await prepareEngine(engine, members, users);
    try {
      const result = {
        date: "",
        machine: machine(),
        command,
        engine,
        data: p.data,
        minutes,
        ...(await soak(p, minutes, fixedRate)),
      };
      result.date = new Date().toISOString();
      console.log(`Saved ${saveResult(`soak-${engine}`, result)}`);
    } finally {
      await p.cleanup();
    }
  }
}

/** A warm-up, then `minutes` of the mix at a fixed rate, the server's heap read every 30 s after a collection. */
async function soak(p: Prepared, minutes: number, fixedRate: number | undefined) {
  // The highest rate the machine holds: 80% of what a closed loop reaches after a warm-up.
  const warmup = await runMix(p, 20);
  const rate = fixedRate ?? Math.max(1, Math.floor(warmup.requestsPerSecond * 0.8));
  console.log(`${p.engine}: warm-up ${warmup.requestsPerSecond} req/s (p99 ${warmup.p99} ms); soak at ${rate} req/s`);
  const heap: HeapSample[] = [];
  const perMinute: Record<string, number>[] = [];
  const started = performance.now();
  const sample = async () => {
    const h = await p.server.heap();
    heap.push({
      second: Math.round((performance.now() - started) / 1000),
      heapUsedMiB: mib(h.heapUsed),
      rssMiB: mib(h.rss),
    });
  };
  await sample();
  const timer = setInterval(() => void sample().catch(() => undefined), 30_000);
  const run = await runMix(p, minutes * 60, rate, (line) => {
    perMinute.push(line);
    console.log(
      `  minute ${line.minute}: ${line.requests} requests, p99 ${line.p99?.toFixed(1)} ms, max ${line.max?.toFixed(1)} ms, errors ${line.errors}`,
    );
  });
  clearInterval(timer);
  await sample();
  const verdict = heapVerdict(heap, minutes);
  // The rate counts as held when the run sent at least 95% of it (each user waits for its answers).
  const held = run.requestsPerSecond >= 0.95 * rate;
  const met = held && run.failed === 0 && Math.abs(verdict.changePercent) <= 10;
  console.log(formatMix(`\n${p.engine} soak, ${minutes} min at ${rate} req/s`, run));
  console.log(
    `  heap after gc: ${verdict.referenceMiB} MiB at ${verdict.referenceSecond} s → ${verdict.endMiB} MiB at the end (${verdict.changePercent}%, target within ±10%); failed ${run.failed}; rate ${held ? "held" : "not held"}`,
  );
  const target = { failed: 0, heapChangeWithinPercent: 10, rateHeldAtLeast: 0.95 };
  return { rate, warmup, run, perMinute, heap, heapVerdict: verdict, held, target, met };
}

interface HeapSample {
  second: number;
  heapUsedMiB: number;
  rssMiB: number;
}

const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/** The heap at the end against minute 2 (or, in a shorter run, the sample nearest its middle). */
function heapVerdict(heap: HeapSample[], minutes: number) {
  const at = Math.min(120, (minutes * 60) / 2);
  const reference = heap.reduce((best, h) => (Math.abs(h.second - at) < Math.abs(best.second - at) ? h : best));
  const end = heap.at(-1) as (typeof heap)[number];
  return {
    referenceSecond: reference.second,
    referenceMiB: reference.heapUsedMiB,
    endMiB: end.heapUsedMiB,
    changePercent: Math.round(((end.heapUsedMiB - reference.heapUsedMiB) / reference.heapUsedMiB) * 1000) / 10,
  };
}
