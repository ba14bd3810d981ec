import type { App } from "../src/app";
import type { Database } from "../src/db/database";
import { api, type TestActor } from "./harness";

/** A statement the app sent to PostgreSQL, with its parameters. */
export interface SentStatement {
  text: string;
  values: unknown[];
}

/** A node of an `EXPLAIN (format json)` plan. */
interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  Plans?: PlanNode[];
}

/**
 * The statements the app sends to PostgreSQL while it answers one request, caught on the pool it queries through
 * (drizzle's node-postgres driver calls `pool.query` at call time, so wrapping the instance catches them all).
 */
export async function statementsOf(
  database: Database,
  app: App,
  actor: TestActor,
  url: string,
): Promise<{ statusCode: number; statements: SentStatement[] }> {
  const pool = database.pool;
  if (!pool) throw new Error("statementsOf needs PostgreSQL (TEST_DATABASE_URL)");
  const statements: SentStatement[] = [];
  const original = pool.query;
  const spy = (config: unknown, values?: unknown) => {
    if (typeof config === "string") statements.push({ text: config, values: (values as unknown[]) ?? [] });
    else if (config && typeof config === "object" && "text" in config) {
      const c = config as { text: string; values?: unknown[] };
      statements.push({ text: c.text, values: c.values ?? (values as unknown[]) ?? [] });
    }
    return (original as (...args: unknown[]) => unknown).call(pool, config, values);
  };
  pool.query = spy as typeof pool.query;
  try {
    const res = await api(app).as(actor).get(url);
    return { statusCode: res.statusCode, statements };
  } finally {
    pool.query = original;
  }
}

/** The relations a plan reads with a sequential scan. */
export function seqScannedRelations(plan: PlanNode): string[] {
  const own = plan["Node Type"] === "Seq Scan" && plan["Relation Name"] ? [plan["Relation Name"]] : [];
  return [...own, ...(plan.Plans ?? []).flatMap(seqScannedRelations)];
}

/** Whether a statement reads a table (by its name as a word after FROM or JOIN). */
export function readsTable(text: string, table: string): boolean {
  return new RegExp(`\\b(from|join)\\s+"?${table}"?\\b`, "i").test(text);
}

/**
 * EXPLAIN of every statement a list request sends that reads `table`: the tables each plan scans sequentially.
 * A list whose page and total are served by indexes answers no statement with `table` among them.
 */
export async function planScans(
  database: Database,
  app: App,
  actor: TestActor,
  url: string,
  table: string,
): Promise<{ statusCode: number; explained: number; seqScans: { statement: string; relations: string[] }[] }> {
  const pool = database.pool;
  if (!pool) throw new Error("planScans needs PostgreSQL (TEST_DATABASE_URL)");
  const { statusCode, statements } = await statementsOf(database, app, actor, url);
  const reading = statements.filter((s) => readsTable(s.text, table));
  const seqScans: { statement: string; relations: string[] }[] = [];
  for (const statement of reading) {
    const result = await pool.query(`explain (format json) ${statement.text}`, statement.values);
    const plan = (result.rows[0] as { "QUERY PLAN": { Plan: PlanNode }[] })["QUERY PLAN"][0]?.Plan;
    if (!plan) throw new Error(`no plan for ${statement.text}`);
    const relations = seqScannedRelations(plan);
    if (relations.length) seqScans.push({ statement: statement.text, relations });
  }
  return { statusCode, explained: reading.length, seqScans };
}
