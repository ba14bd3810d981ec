import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { type Database, fromPglite, openPostgres, pgliteExtensions } from "../src/db/database";
import { prepareDatabase } from "../src/platform/bootstrap";

const templatePath = path.resolve(import.meta.dirname, "../../../.tmp/test-template.tar.gz");

/**
 * A fresh, migrated database for one test file: in-memory PGlite from the saved template, or, when
 * TEST_DATABASE_URL is set, a new database on that PostgreSQL server that is dropped on close.
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return openPostgresTestDatabase(url);
  const blob = new Blob([fs.readFileSync(templatePath)]);
  const pglite = await PGlite.create({ loadDataDir: blob, extensions: pgliteExtensions });
  return fromPglite(pglite);
}

async function openPostgresTestDatabase(url: string): Promise<Database> {
  const name = `dangvu_test_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: url, user: new URL(url).username || "postgres" });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const database = openPostgres(testUrl.toString(), 4);
  await prepareDatabase(database);
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: url, user: new URL(url).username || "postgres" });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
