// `npx tsx bench/import-only.ts --members 4000 --import 100000`: the Excel import vs its floor alone (issue 12), on a
// database of its own, without the search load of run.ts. `--profile` prints where the import's time goes.
import { vietnamDate } from "@dangvu/server/src/context";
import { openPostgres } from "@dangvu/server/src/db/database";
import { generateMembers } from "@dangvu/server/src/demo/members";
import { Random } from "@dangvu/server/src/demo/random";
import { prepareDatabase } from "@dangvu/server/src/platform/bootstrap";
import { importOnce } from "./lib/import-run";
import { loadScaled } from "./lib/load";
import { ensurePostgres, freshDatabase } from "./lib/pg";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

async function main() {
  ensurePostgres();
  const url = await freshDatabase("dangvu_bench_import");
  const database = openPostgres(url, 10);
  await prepareDatabase(database);
  const today = vietnamDate(new Date());
  const loaded = await loadScaled(database.db, option("members", 4000), today);
  await database.pool?.query("analyze");
  const cells = loaded.units.filter((u) => u.type === "cell" || u.type === "grassroots_cell");
  const count = option("import", 100_000);
  const people = generateMembers(new Random(99), cells, count, today).slice(0, count);
  const result = await importOnce(database, loaded, people, url);
  console.log(
    `import of ${result.rows} rows (${result.fileMiB.toFixed(1)} MiB): ${result.seconds.toFixed(2)} s; floor (streaming read + COPY) ${result.floorSeconds.toFixed(2)} s; ratio ${result.ratio.toFixed(2)} (target ≤ 2)`,
  );
  await database.close();
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
