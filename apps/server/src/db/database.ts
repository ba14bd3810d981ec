import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { serverRoot } from "../server-root";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  pglite?: PGlite;
  pool?: pg.Pool;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/** The Drizzle migrations (SQL and journal), read at run time. */
export const migrationsFolder = path.join(serverRoot, "drizzle");
/** Every open of a PGlite directory must pass the same extensions it was created with. */
export const pgliteExtensions = { unaccent, pg_trgm };

/** Wraps an open PGlite instance (a data directory or memory) as a Database. */
export function fromPglite(pglite: PGlite): Database {
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    pglite,
    migrate: () => migratePglite(drizzlePglite(pglite, { schema }), { migrationsFolder }),
    close: () => pglite.close(),
  };
}

/** Opens PGlite in a directory (or `memory://`). */
export async function openPglite(dataDir: string): Promise<Database> {
  const pglite = await PGlite.create(dataDir, { extensions: pgliteExtensions });
  return fromPglite(pglite);
}

/**
 * A new connection gives up after 5 seconds (a host that does not answer would otherwise hold a request for minutes).
 * Set on the connection, not the pool: the pool's own `connectionTimeoutMillis` would also end a wait for a busy pool.
 */
class TimedClient extends pg.Client {
  constructor(config: pg.ClientConfig = {}) {
    super({ ...config, connectionTimeoutMillis: 5000 });
  }
}

/** Connects to PostgreSQL through node-postgres. */
export function openPostgres(url: string, max = 10): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    user: new URL(url).username || "postgres",
    Client: TimedClient,
  });
  // An idle connection the server ends (restart, failover, a database dropped in tests) must not crash the process;
  // the pool drops it and opens a new one on the next query.
  pool.on("error", (error) => console.warn(`PostgreSQL: an idle connection closed (${error.message})`));
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: "postgres",
    pool,
    migrate: () => migrateNodePg(drizzleNodePg(pool, { schema }), { migrationsFolder }),
    close: () => pool.end(),
  };
}
