/**
 * `npm run verify`: builds the app on a fresh in-memory database, reads its OpenAPI document and checks every
 * endpoint it lists: the access matrix, bad input and concurrent updates. Prints a table; exits 1 on any failure.
 */
import { runBadInput } from "./bad-input";
import { clusterWorld, serversOption } from "./cluster";
import { runClusterChecks } from "./cluster-checks";
import { runConcurrency } from "./concurrency";
import { standingObjects } from "./fixtures";
import { runMatrix } from "./matrix";
import { readEndpoints } from "./openapi";
import { printReport, Tally } from "./report";
import { recordOutcome } from "./results";
import { runUpgrade } from "./upgrade";
import { buildWorld } from "./world";

// `--servers N`: the passes against N app server processes on one PostgreSQL, then the cluster checks (cluster.ts);
// bad input is left out there by default (every server validates alike; VERIFY_PASSES adds it), and the upgrade
// (its database is PostgreSQL already).
const servers = serversOption(process.argv.slice(2));
const passes = new Set(
  (process.env.VERIFY_PASSES ?? (servers > 0 ? "access,concurrency" : "access,input,concurrency,upgrade")).split(","),
);

async function main(): Promise<boolean> {
  const started = performance.now();
  const world = servers > 0 ? await clusterWorld(servers) : await buildWorld();
  try {
    const endpoints = await readEndpoints(world.app);
    const only = process.env.VERIFY_ONLY;
    const chosen = only ? endpoints.filter((e) => e.key.includes(only)) : endpoints;
    const standing = await standingObjects(world);
    const tally = new Tally();
    if (passes.has("access")) await runMatrix(world, chosen, standing, tally);
    if (passes.has("input")) await runBadInput(world, chosen, standing, tally);
    if (passes.has("concurrency")) await runConcurrency(world, chosen, tally, standing);
    if (servers > 0) await runClusterChecks(world, tally);
    const seconds = (performance.now() - started) / 1000;
    const ok = printReport(tally, chosen.length, seconds);
    const command = `npm run verify${servers > 0 ? ` -- --servers ${servers}` : ""}`;
    if (servers > 0 && !only)
      recordOutcome(
        "servers",
        command,
        ok,
        `${ok ? "passed" : "failed"}: ${chosen.length} endpoints, ${servers} servers, ${seconds.toFixed(0)} s`,
      );
    // Last, when every table holds the passes' fixtures: embedded database → backup → restore into PostgreSQL.
    const upgraded = passes.has("upgrade") ? await runUpgrade(world) : true;
    if (passes.has("upgrade") && !only)
      recordOutcome(
        "restore",
        command,
        upgraded,
        upgraded ? "identical, every table" : "differences (see the verify output)",
      );
    return ok && upgraded;
  } finally {
    await world.app.close();
    await world.database.close();
  }
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
