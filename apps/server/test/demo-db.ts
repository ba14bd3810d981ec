import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { fromPglite, openPostgres, pgliteExtensions } from "../src/db/database";
import { seedDemo } from "../src/demo/seed";
import { testNow } from "./test-clock";

/**
 * The demo committee seeded once per run (about a minute of work) for every test file that reads it, instead of once
 * per file. The first file to ask builds it; the others wait for it. global-setup.ts removes the previous run's.
 */
export const demoSnapshotPath = path.resolve(import.meta.dirname, "../../../.tmp/test-demo.tar.gz");
const lockDir = `${demoSnapshotPath}.lock`;
export const demoPassword = "mat-khau-demo";

/** PGlite: the seeded data directory, built from the migrated template on first use. */
export async function demoSnapshot(templatePath: string): Promise<Blob> {
  for (;;) {
    if (fs.existsSync(demoSnapshotPath)) return new Blob([fs.readFileSync(demoSnapshotPath)]);
    if (takeLock()) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  try {
    const pglite = await PGlite.create({
      loadDataDir: new Blob([fs.readFileSync(templatePath)]),
      extensions: pgliteExtensions,
    });
    await seedDemo(fromPglite(pglite).db, demoPassword, testNow);
    const dump = await pglite.dumpDataDir("gzip");
    await pglite.close();
    fs.writeFileSync(`${demoSnapshotPath}.part`, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(`${demoSnapshotPath}.part`, demoSnapshotPath);
    return dump;
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

/** A lock directory naming its holder; one left by a process that has ended is taken over. */
function takeLock(): boolean {
  try {
    fs.mkdirSync(lockDir);
    fs.writeFileSync(path.join(lockDir, "pid"), String(process.pid));
    return true;
  } catch {
    const holder = Number(readOr(path.join(lockDir, "pid"), "0"));
    if (holder && !isAlive(holder)) fs.rmSync(lockDir, { recursive: true, force: true });
    return false;
  }
}

function readOr(file: string, fallback: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return fallback;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * PostgreSQL: a template database holding the seeded demo, made once per run from the migrated template under an
 * advisory lock (the other files wait on the lock, then find it made). Dropped with the run's template.
 */
export async function demoTemplate(url: string, template: string): Promise<string> {
  const name = `${template}_demo`;
  const admin = new pg.Client({ connectionString: url, user: new URL(url).username || "postgres" });
  await admin.connect();
  try {
    await admin.query("select pg_advisory_lock(hashtext($1))", [name]);
    const exists = await admin.query("select 1 from pg_database where datname = $1", [name]);
    if (!exists.rowCount) {
      await admin.query(`drop database if exists ${name}_part with (force)`);
      await admin.query(`create database ${name}_part template ${template}`);
      const partUrl = new URL(url);
      partUrl.pathname = `/${name}_part`;
      const database = openPostgres(partUrl.toString());
      await seedDemo(database.db, demoPassword, testNow);
      await database.close();
      await admin.query(`alter database ${name}_part rename to ${name}`);
    }
    return name;
  } finally {
    await admin.end(); // ends the session, and its lock
  }
}
