import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

// Vitest runs one fewer worker than there are CPUs, leaving one for itself; its own process is nearly idle during
// the server tests, which are CPU-bound (PGlite is WebAssembly), so on two CPUs one worker left half the machine idle.
const cpus = os.availableParallelism();

/**
 * The server test files that need a fresh import of the app for themselves. The server project imports the app once
 * per worker and keeps it from file to file (`isolate: false`: importing it was 222 s of the workers' time in a run),
 * so a file that swaps one of the app's modules (`vi.mock`), or says `@isolated-worker` with its reason, runs in a
 * project of its own that imports afresh for each file.
 */
const serverRoot = path.resolve(import.meta.dirname, "apps/server");
const isolatedFiles = fs
  .readdirSync(serverRoot, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".test.ts") && !file.includes("node_modules"))
  .filter((file) => /\bvi\.(do)?mock\(|@isolated-worker/.test(fs.readFileSync(path.join(serverRoot, file), "utf8")))
  .map((file) => `apps/server/${file.split(path.sep).join("/")}`);

const serverTests = {
  globalSetup: ["apps/server/test/global-setup.ts"],
  testTimeout: 30_000,
  hookTimeout: 60_000,
  pool: "forks" as const,
  // Runs the tests of each file in a random order (the seed is printed; docs/architecture.md, "Testing").
  // `sequence: { shuffle: { tests: true } }` here is ignored by Vitest 4.1: see the runner's comment.
  runner: "apps/server/test/shuffle-runner.ts",
};

export default defineConfig({
  test: {
    // One seed per run, for the server project's shuffled order; `--sequence.seed=<n>` replays a run's order.
    sequence: { seed: Date.now() },
    // Set for the run, not per project: Vitest refuses projects that differ in it.
    maxWorkers: Math.max(cpus, 2),
    projects: [
      {
        test: {
          ...serverTests,
          name: "server",
          include: ["apps/server/**/*.test.ts"],
          exclude: ["**/node_modules/**", ...isolatedFiles],
          isolate: false,
        },
      },
      { test: { ...serverTests, name: "server-isolated", include: isolatedFiles } },
      { test: { name: "contract", include: ["packages/contract/**/*.test.ts"] } },
      { test: { name: "web", include: ["apps/web/src/**/*.test.ts"] } },
      // Browser journeys; run through scripts/e2e.js, which starts the server first.
      {
        test: {
          name: "e2e",
          include: ["apps/web/e2e/**/*.e2e.ts"],
          testTimeout: 90_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
