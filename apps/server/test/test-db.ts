import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { type Database, fromPglite, openPostgres, pgliteExtensions } from "../src/db/database";
import { prepareDatabase } from "../src/platform/bootstrap";
import { demoSnapshot, demoTemplate } from "./demo-db";

const templatePath = path.resolve(import.meta.dirname, "../../../.tmp/test-template.tar.gz");

/**
 * A fresh, migrated database for one test file: in-memory PGlite from the saved template, or, when
 * TEST_DATABASE_URL is set, a new database on that PostgreSQL server that is dropped on close. With `demo`, it holds
 * the demo committee (demo-db.ts).
 */
export async function openTestDatabase(options: { demo?: boolean } = {}): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return openPostgresTestDatabase(url, options.demo ?? false);
  const blob = options.demo ? await demoSnapshot(templatePath) : new Blob([fs.readFileSync(templatePath)]);
  const pglite = await PGlite.create({ loadDataDir: blob, extensions: pgliteExtensions });
  return fromPglite(pglite);
}

/** Where global-setup.ts names the run's migrated template database on PostgreSQL. */
export const pgTemplateVariable = "DANGVU_TEST_PG_TEMPLATE";

async function openPostgresTestDatabase(url: string, demo: boolean): Promise<Database> {
  const name = `dangvu_test_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  const migrated = process.env[pgTemplateVariable];
  if (demo && !migrated) throw new Error(`The demo database needs ${pgTemplateVariable} (global-setup.ts)`);
  const template = demo && migrated ? await demoTemplate(url, migrated) : migrated;
  await adminQuery(url, `create database ${name}${template ? ` template ${template}` : ""}`);
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const database = openPostgres(testUrl.toString(), 4);
  // A copy of the template is migrated already; preparing it again only finds nothing to do (and checks that).
  await prepareDatabase(database);
  return {
    ...database,
    close: async () => {
      await database.close();
      await adminQuery(url, `drop database if exists ${name} with (force)`);
    },
  };
}

/** One statement as the server's administrator (create or drop a database). */
export async function adminQuery(url: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url, user: new URL(url).username || "postgres" });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}
