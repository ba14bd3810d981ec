import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { fromPglite, pgliteExtensions } from "../src/db/database";
import { prepareDatabase } from "../src/platform/bootstrap";

export const templatePath = path.resolve(import.meta.dirname, "../../../.tmp/test-template.tar.gz");

/** Migrates one in-memory PGlite once and saves it; every test file starts from a copy (initdb is the slow part). */
export default async function setup(project: TestProject) {
  // The tests of each file run in an order drawn from the run's seed (shuffle-runner.ts); the flag replays it.
  const seed = project.vitest.config.sequence.seed;
  project.vitest.logger.log(
    `      server: tests shuffled within files; replay this order with --sequence.seed=${seed}`,
  );
  if (process.env.TEST_DATABASE_URL) return;
  const pglite = await PGlite.create({ extensions: pgliteExtensions });
  await prepareDatabase(fromPglite(pglite));
  const dump = await pglite.dumpDataDir("gzip");
  fs.mkdirSync(path.dirname(templatePath), { recursive: true });
  fs.writeFileSync(templatePath, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
}
