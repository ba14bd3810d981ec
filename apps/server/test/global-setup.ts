import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { fromPglite, openPostgres, pgliteExtensions } from "../src/db/database";
import { prepareDatabase } from "../src/platform/bootstrap";
import { demoSnapshotPath } from "./demo-db";
import { adminQuery, pgTemplateVariable } from "./test-db";

export const templatePath = path.resolve(import.meta.dirname, "../../../.tmp/test-template.tar.gz");

type Teardown = (() => Promise<void>) | undefined;
const shared = globalThis as { dangvuTestSetup?: Promise<Teardown> };

/**
 * Prepares the run once, whichever of the server projects (server, server-isolated) asks first: the other waits for the
 * same preparation and gets no teardown, so neither remakes the template or drops the demo snapshot under the other.
 */
export default async function setup(project: TestProject): Promise<Teardown> {
  if (shared.dangvuTestSetup) {
    await shared.dangvuTestSetup;
    return undefined;
  }
  shared.dangvuTestSetup = prepareRun(project);
  return shared.dangvuTestSetup;
}

/** Migrates one in-memory PGlite once and saves it; every test file starts from a copy (initdb is the slow part). */
async function prepareRun(project: TestProject): Promise<Teardown> {
  // The tests of each file run in an order drawn from the run's seed (shuffle-runner.ts); the flag replays it.
  const seed = project.vitest.config.sequence.seed;
  project.vitest.logger.log(
    `      server: tests shuffled within files; replay this order with --sequence.seed=${seed}`,
  );
  // The demo committee is seeded by the run's first file that reads it (demo-db.ts), from this run's code.
  fs.rmSync(demoSnapshotPath, { force: true });
  if (process.env.TEST_DATABASE_URL) return preparePostgresTemplate(process.env.TEST_DATABASE_URL);
  const pglite = await PGlite.create({ extensions: pgliteExtensions });
  await prepareDatabase(fromPglite(pglite));
  const dump = await pglite.dumpDataDir("gzip");
  fs.mkdirSync(path.dirname(templatePath), { recursive: true });
  fs.writeFileSync(templatePath, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
  return undefined;
}

/**
 * On PostgreSQL, migrates one template database for the run; each test file's database is a copy of it (CREATE
 * DATABASE … TEMPLATE), not a migration of its own. Its name reaches the test workers in the environment, and it is
 * dropped when the run ends.
 */
async function preparePostgresTemplate(url: string) {
  const name = `dangvu_test_template_${process.pid}`;
  await adminQuery(url, `drop database if exists ${name} with (force)`);
  await adminQuery(url, `create database ${name}`);
  const templateUrl = new URL(url);
  templateUrl.pathname = `/${name}`;
  const database = openPostgres(templateUrl.toString());
  await prepareDatabase(database);
  await database.close();
  process.env[pgTemplateVariable] = name;
  return async () => {
    delete process.env[pgTemplateVariable];
    await adminQuery(url, `drop database if exists ${name} with (force)`);
    await adminQuery(url, `drop database if exists ${name}_demo with (force)`);
  };
}
