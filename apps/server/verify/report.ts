import type { Expectation } from "./model";
import { describeAccess } from "./model";
import type { Access, Endpoint } from "./openapi";

export interface Failure {
  pass: "access" | "bad input" | "concurrency" | "servers";
  endpoint: string;
  role?: string;
  relation?: string;
  problem: string;
  request?: string;
  answer?: string;
}

export interface Row {
  endpoint: string;
  access: string;
  requests: number;
  allowed: number;
  succeeded: number;
  ruled: number;
  refused: number;
  inputs: number;
  serverErrors: number;
  failures: number;
}

/** What the passes saw, endpoint by endpoint, and every failure with the request that showed it. */
export class Tally {
  readonly rows = new Map<string, Row>();
  readonly failures: Failure[] = [];
  matrixCells = 0;
  relationFreeCells = 0;
  inputs = 0;
  serverErrors = 0;
  concurrencyChecks = 0;

  row(endpoint: Endpoint | string, access?: Access): Row {
    const key = typeof endpoint === "string" ? endpoint : endpoint.key;
    let row = this.rows.get(key);
    if (!row) {
      const counts = { requests: 0, allowed: 0, succeeded: 0, ruled: 0, refused: 0, inputs: 0, serverErrors: 0 };
      row = { endpoint: key, access: describeAccess(access), ...counts, failures: 0 };
      this.rows.set(key, row);
    }
    return row;
  }

  count(endpoint: Endpoint, expected: Expectation, status: number, withRelation: boolean) {
    const row = this.row(endpoint);
    row.requests += 1;
    if (withRelation) this.matrixCells += 1;
    else this.relationFreeCells += 1;
    if (expected !== "allowed") row.refused += 1;
    else {
      row.allowed += 1;
      if (status < 300) row.succeeded += 1;
      if (status === 422) row.ruled += 1;
    }
    if (status >= 500) this.serverError(endpoint.key);
  }

  input(endpoint: string, status: number) {
    this.row(endpoint).inputs += 1;
    this.inputs += 1;
    if (status >= 500) this.serverError(endpoint);
  }

  private serverError(endpoint: string) {
    this.row(endpoint).serverErrors += 1;
    this.serverErrors += 1;
  }

  fail(failure: Failure) {
    this.failures.push(failure);
    this.row(failure.endpoint).failures += 1;
  }
}

/** Prints the table, the failures grouped by pass, and the figures; returns whether everything held. */
export function printReport(tally: Tally, endpoints: number, seconds: number): boolean {
  const rows = [...tally.rows.values()];
  const header = ["endpoint", "access", "matrix", "ok", "422", "refused", "inputs", "5xx", "fail"];
  const lines = rows.map((r) => [
    r.endpoint,
    r.access,
    String(r.requests),
    String(r.succeeded),
    String(r.ruled),
    String(r.refused),
    String(r.inputs),
    String(r.serverErrors),
    r.failures ? `✗ ${r.failures}` : "✓",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? "").length)));
  const format = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  console.log(format(header));
  console.log(widths.map((w) => "─".repeat(w)).join("  "));
  for (const line of lines) console.log(format(line));
  printFailures(tally.failures);
  console.log(`\nEndpoints: ${endpoints}; roles: 6 (5 + anonymous); relations: 4 (own, descendant, ancestor, sibling)`);
  console.log(
    `Access matrix: ${tally.matrixCells} endpoint × role × relation checks, ${tally.relationFreeCells} endpoint × role checks where the relation does not apply`,
  );
  console.log(
    `Bad input: ${tally.inputs} inputs tried; concurrency: ${tally.concurrencyChecks} endpoints × 20 updates`,
  );
  console.log(`5xx seen: ${tally.serverErrors}; failures: ${tally.failures.length}; time: ${seconds.toFixed(1)} s`);
  return tally.failures.length === 0;
}

function printFailures(failures: Failure[]) {
  if (failures.length === 0) return;
  for (const pass of ["access", "bad input", "concurrency", "servers"] as const) {
    const ofPass = failures.filter((f) => f.pass === pass);
    if (ofPass.length === 0) continue;
    console.log(`\n✗ ${pass}: ${ofPass.length} failure(s)`);
    for (const f of ofPass) {
      const who = [f.role, f.relation].filter(Boolean).join(" @ ");
      console.log(`  ${f.endpoint}${who ? ` [${who}]` : ""}: ${f.problem}`);
      if (f.request) console.log(`      request: ${f.request}`);
      if (f.answer) console.log(`      answer:  ${f.answer}`);
    }
  }
}
