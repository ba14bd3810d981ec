// Latency figures of a mixed run: overall and per request kind, with every answer that was not 2xx counted.

export interface KindStats {
  latencies: number[];
  statuses: Record<string, number>;
  /** The first few failures' status and body, to see why. */
  samples: string[];
  /** Requests that got no answer at all (connection errors). */
  errors: number;
}

export interface KindFigures {
  requests: number;
  share: number;
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  statuses: Record<string, number>;
  samples: string[];
}

export interface MixFigures {
  seconds: number;
  targetRate: number | null;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** Answers that were not 2xx plus requests without an answer: a run with any is not a result. */
  failed: number;
  kinds: Record<string, KindFigures>;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function percentile(sorted: number[], p: number) {
  return sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number) : 0;
}

export function summarise(stats: Map<string, KindStats>, seconds: number, targetRate: number | null): MixFigures {
  const all = [...stats.values()].flatMap((s) => s.latencies).sort((a, b) => a - b);
  const requests = [...stats.values()].reduce((a, s) => a + s.latencies.length + s.errors, 0);
  const kinds: Record<string, KindFigures> = {};
  let failed = 0;
  for (const [name, s] of stats) {
    const sorted = [...s.latencies].sort((a, b) => a - b);
    const non2xx = Object.entries(s.statuses)
      .filter(([code]) => Number(code) < 200 || Number(code) >= 300)
      .reduce((a, [, n]) => a + n, 0);
    failed += non2xx + s.errors;
    kinds[name] = {
      requests: sorted.length + s.errors,
      share: requests ? round((100 * (sorted.length + s.errors)) / requests) : 0,
      p50: round(percentile(sorted, 0.5)),
      p99: round(percentile(sorted, 0.99)),
      max: round(sorted.at(-1) ?? 0),
      non2xx,
      errors: s.errors,
      statuses: s.statuses,
      samples: s.samples,
    };
  }
  return {
    seconds: round(seconds),
    targetRate,
    requests,
    requestsPerSecond: round(requests / seconds),
    p50: round(percentile(all, 0.5)),
    p99: round(percentile(all, 0.99)),
    max: round(all.at(-1) ?? 0),
    failed,
    kinds,
  };
}

/** The run as lines: overall, then one line per kind with its share, p50/p99/max and failures. */
export function formatMix(title: string, m: MixFigures): string {
  const lines = [
    `${title}: ${m.requestsPerSecond} req/s${m.targetRate ? ` (target ${m.targetRate})` : ""}, ${m.requests} requests in ${m.seconds} s; p50 ${m.p50} ms, p99 ${m.p99} ms, max ${m.max} ms; failed ${m.failed}`,
    `  ${"kind".padEnd(20)} ${"share".padStart(6)} ${"p50".padStart(8)} ${"p99".padStart(8)} ${"max".padStart(8)}  failed`,
  ];
  for (const [name, k] of Object.entries(m.kinds)) {
    const failures = k.non2xx + k.errors;
    const codes = Object.entries(k.statuses)
      .filter(([c]) => Number(c) >= 300)
      .map(([c, n]) => `${c}×${n}`);
    lines.push(
      `  ${name.padEnd(20)} ${`${k.share}%`.padStart(6)} ${k.p50.toFixed(1).padStart(8)} ${k.p99.toFixed(1).padStart(8)} ${k.max.toFixed(1).padStart(8)}  ${failures}${codes.length ? ` (${codes.join(", ")})` : ""}`,
    );
    for (const s of k.samples) lines.push(`      ${s}`);
  }
  return lines.join("\n");
}
