import { sql } from "drizzle-orm";
import type { Database } from "../db/database";
import { rowsOf } from "../db/sql";

const firstRunMs = 5_000;
const everyMs = 30 * 60_000;

/**
 * PGlite has no autovacuum: without this the planner never has statistics (and guesses its plans), dead rows pile up
 * and counts can never be read from an index alone. So the server vacuums and analyzes the tables that changed, one
 * table at a time with other requests served between them (a table takes a fraction of a second at 20,000 members),
 * shortly after start and then every half hour. PostgreSQL does this itself.
 */
export function startMaintenance(database: Database): { stop(): void } {
  if (database.kind !== "pglite") return { stop: () => {} };
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const schedule = (ms: number) => {
    timer = setTimeout(() => void run(), ms);
    timer.unref();
  };
  const run = async () => {
    try {
      await vacuumChangedTables(database, () => stopped);
    } catch (error) {
      // The next round tries again; a failed vacuum changes no data.
      console.warn(`Bảo trì cơ sở dữ liệu (vacuum) thất bại: ${(error as Error).message}`);
    }
    if (!stopped) schedule(everyMs);
  };
  schedule(firstRunMs);
  return {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/**
 * The upkeep at once, before the server answers, after a large write such as seeding the demo: on PGlite a table's
 * vacuum holds the server's only thread, so run 5 s after start it held the first visitors' pages (in the journeys,
 * the handbook's page took 1.1 s to arrive instead of 0.2 s, and its first paint 3.6 s). It adds a few seconds to the
 * demo's first start. Nothing to do on PostgreSQL, whose autovacuum does this.
 */
export async function upkeepBeforeServing(database: Database): Promise<string[]> {
  return database.kind === "pglite" ? vacuumChangedTables(database) : [];
}

/** Vacuums and analyzes each table changed since it was last analyzed (or never analyzed), largest change first. */
export async function vacuumChangedTables(database: Database, stopped: () => boolean = () => false): Promise<string[]> {
  const result = await database.db.execute(sql`select relname as name from pg_stat_user_tables
    where schemaname = 'public' and (n_mod_since_analyze > 0 or last_analyze is null)
    order by n_mod_since_analyze desc`);
  const done: string[] = [];
  for (const { name } of rowsOf<{ name: string }>(result)) {
    if (stopped()) break;
    await database.db.execute(sql.raw(`vacuum (analyze) "${name.replaceAll('"', '""')}"`));
    done.push(name);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return done;
}
