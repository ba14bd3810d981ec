import type { Config } from "../config";
import { type Database, openPglite, openPostgres } from "./database";
import { acquireDataDirLock } from "./lock";

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, else PGlite in the data directory under its lock. */
export async function openConfiguredDatabase(
  config: Pick<Config, "databaseUrl" | "dataDir">,
): Promise<Database & { describe: string }> {
  if (config.databaseUrl) {
    const database = openPostgres(config.databaseUrl);
    return { ...database, describe: `PostgreSQL (${redact(config.databaseUrl)})` };
  }
  const release = acquireDataDirLock(config.dataDir);
  try {
    const database = await openPglite(config.dataDir);
    return {
      ...database,
      describe: `PGlite (${config.dataDir})`,
      close: async () => {
        await database.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}
