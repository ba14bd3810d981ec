import fs from "node:fs";
import path from "node:path";

const results = path.resolve(import.meta.dirname, "../../../bench/results");

/**
 * Keeps a verify outcome beside the benchmarks' results (`servers-…json`, `restore-…json`), where `npm run bench --
 * table` shows it with the other figures of issue 12.
 */
export function recordOutcome(name: "servers" | "restore", command: string, ok: boolean, detail: string) {
  const date = new Date().toISOString();
  fs.mkdirSync(results, { recursive: true });
  const file = path.join(results, `${name}-${date.slice(0, 19).replaceAll(":", "-")}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ date, command, ok, detail }, null, 2)}\n`);
}
