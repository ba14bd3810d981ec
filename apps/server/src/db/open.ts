import type { Config } from "../config";
import { redactUrl } from "../platform/startup-failure";
import { type Database, openPglite, openPostgres } from "./database";
import { acquireDataDirLock } from "./lock";

/**
 * Opens the configured database: PostgreSQL when DATABASE_URL is set, else PGlite in the data directory under its
 * lock. A start checks the settings first (checkDatabaseSettings), so that a bad one is explained.
 */
export async function openConfiguredDatabase(
  config: Pick<Config, "databaseUrl" | "dataDir">,
): Promise<Database & { describe: string }> {
  if (config.databaseUrl) {
    const database = openPostgres(config.databaseUrl);
    return { ...database, describe: `PostgreSQL (${redactUrl(config.databaseUrl)})` };
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
