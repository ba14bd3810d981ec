import { sql } from "drizzle-orm";
import { rowsOf } from "../src/db/sql";
import { tableNames, type World } from "./world";

/**
 * Tells whether the database changed across a request. Comparing a fingerprint of every table each time would be
 * slow, so it first compares the next transaction id (it only moves when a transaction writes) and takes the
 * fingerprint of every table only then: a rolled-back write moves the id but leaves the fingerprint as it was.
 */
export class DbWatch {
  private tables: string[] = [];
  private xmax = "";
  private print = new Map<string, string>();

  constructor(private readonly world: World) {}

  /** Takes the state before a request as the reference (after any setup the request needed). */
  async settle(): Promise<void> {
    if (this.tables.length === 0) this.tables = await tableNames(this.world);
    await this.backgroundWorkDone();
    const xmax = await this.nextXid();
    if (xmax === this.xmax && this.print.size > 0) return;
    this.xmax = xmax;
    this.print = await this.fingerprint();
  }

  /** The tables that differ from the reference (none: unchanged); the current state becomes the new reference. */
  async changed(): Promise<string[]> {
    const xmax = await this.nextXid();
    if (xmax === this.xmax) return [];
    const print = await this.fingerprint();
    const changed = [...print].filter(([table, hash]) => this.print.get(table) !== hash).map(([table]) => table);
    this.xmax = xmax;
    this.print = print;
    return changed;
  }

  /**
   * An import answers at once and goes on as a job: the next request's reference waits until every job has ended and
   * left nothing staged, or a job still writing would be blamed on that request.
   */
  private async backgroundWorkDone(): Promise<void> {
    for (let i = 0; i < 600; i++) {
      const result = await this.world.database.db.execute(
        sql`select (select count(*) from jobs where state = 'running') + (select count(*) from member_import_rows) as n`,
      );
      if (Number(rowsOf<{ n: number | string }>(result)[0]?.n ?? 0) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("verify: a background job has not ended within a minute");
  }

  private async nextXid(): Promise<string> {
    const result = await this.world.database.db.execute(sql`select pg_current_snapshot()::text as s`);
    return rowsOf<{ s: string }>(result)[0]?.s.split(":")[1] ?? "";
  }

  private async fingerprint(): Promise<Map<string, string>> {
    const parts = this.tables.map(
      (table) =>
        sql`select ${table} as t, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from ${sql.identifier(table)} x`,
    );
    const result = await this.world.database.db.execute(sql.join(parts, sql` union all `));
    return new Map(rowsOf<{ t: string; h: string }>(result).map((r) => [r.t, r.h]));
  }
}

/**
 * Refusals that write by design, and the only tables they may touch: a wrong password counts towards the lockout
 * of the account (issue 7 item 10).
 */
const recordedRefusals: Record<string, { status: number; tables: string[] }> = {
  "POST /api/auth/login": { status: 401, tables: ["users"] },
};

/** Why a refused write is wrong: it changed tables it had no business changing. */
export function refusalProblem(endpoint: string, status: number, changed: string[]): string | undefined {
  if (status < 400 || changed.length === 0) return undefined;
  const allowed = recordedRefusals[endpoint];
  const unexpected = changed.filter((t) => !(allowed?.status === status && allowed.tables.includes(t)));
  return unexpected.length ? `refused (${status}) but the database changed: ${unexpected.join(", ")}` : undefined;
}
