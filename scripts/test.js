#!/usr/bin/env node
// `npm test`: lint, type check, unit/service/API tests on in-memory PGlite, then the browser journeys.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const steps = [
  ["Biome (lint, format)", "npx", ["biome", "check", "."]],
  ["Kiểm tra kiểu (tsc -b)", "npx", ["tsc", "-b"]],
  [
    "Vitest (unit, service, API)",
    "npx",
    ["vitest", "run", ...["server", "server-isolated", "contract", "web"].flatMap((name) => ["--project", name])],
  ],
  ["Hành trình trình duyệt (e2e)", "node", ["scripts/e2e.js"]],
];
for (const [title, command, args] of steps) {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n✗ ${title} thất bại.`);
    process.exit(result.status ?? 1);
  }
}
console.log("\n✓ Toàn bộ kiểm thử đạt.");
