// What a start depends on outside the code, checked before the code that needs them is loaded, so that a bad setting
// ends the start in a moment with a StartupError saying what to check.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import type { Config } from "../config";
import { acquireDataDirLock } from "../db/lock";
import { makePrivateDir } from "./private-dir";
import { connectTimeoutSeconds, databaseFailure, dataDirFailure, listenFailure } from "./startup-failure";

/**
 * Checks the database settings: one connection to PostgreSQL, or a file written in PGlite's data directory and its
 * lock taken and let go (another process holding it is a DataDirLockedError); opening the database takes it again.
 */
export async function checkDatabaseSettings(config: Pick<Config, "databaseUrl" | "dataDir">): Promise<void> {
  if (config.databaseUrl) await checkConnection(config.databaseUrl);
  else {
    checkDataDir(config.dataDir);
    acquireDataDirLock(config.dataDir)();
  }
}

/** One connection first, with a time limit: a wrong address, password or database name fails here, explained. */
async function checkConnection(url: string): Promise<void> {
  const client = new pg.Client({
    connectionString: url,
    user: new URL(url).username || "postgres",
    connectionTimeoutMillis: connectTimeoutSeconds * 1000,
  });
  // A connection that fails can also emit "error" after connect() rejected; the rejection is what is reported.
  client.on("error", ignoreLateError);
  try {
    await client.connect();
  } catch (error) {
    throw databaseFailure(error, url);
  }
  await client.end();
}

function ignoreLateError() {}

/** Makes the data directory and writes a file in it: the permission bits alone say nothing when run as root. */
function checkDataDir(dataDir: string): void {
  const probe = path.join(dataDir, `.write-check-${process.pid}`);
  try {
    makePrivateDir(dataDir);
    fs.writeFileSync(probe, "");
    fs.rmSync(probe);
  } catch (error) {
    throw dataDirFailure(error, dataDir);
  }
}

/** Opens and closes the server's address, so that a taken port fails before the database is opened. */
export async function checkListen(host: string, port: number): Promise<void> {
  const server = net.createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, resolve);
    });
  } catch (error) {
    throw listenFailure(error, host, port);
  }
  await new Promise((resolve) => server.close(resolve));
}
