import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aUnit } from "../../test/builders";
import { openTestDatabase } from "../../test/test-db";
import type { Database } from "../db/database";
import { rowsOf } from "../db/sql";
import { upkeepBeforeServing, vacuumChangedTables } from "./maintenance";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe.skipIf(process.env.TEST_DATABASE_URL)("the embedded database's upkeep", () => {
  it("gives the planner statistics for the tables that changed, and then has nothing left to do", async () => {
    await aUnit(database.db, { name: "Chi bộ Bảo trì", type: "cell" });
    // PostgreSQL reports a transaction's row counts at most once a second: counts still pending when the upkeep ran
    // would arrive after it, and the tables would seem changed again. The test makes them arrive first.
    await database.db.execute(sql`select pg_stat_force_next_flush()`);
    await database.db.execute(sql`select 1`);
    const analyzed = async () =>
      rowsOf<{ n: number }>(
        await database.db.execute(
          sql`select count(*)::int as n from pg_stat_user_tables where relname = 'org_unit_versions' and last_analyze is not null`,
        ),
      )[0]?.n;
    const done = await vacuumChangedTables(database);
    expect(done).toContain("org_unit_versions");
    expect(await analyzed()).toBe(1);
    expect(await vacuumChangedTables(database)).toEqual([]);
  });
});

describe("the upkeep before serving (after the demo is seeded)", () => {
  it("analyzes what changed on the embedded database, and leaves PostgreSQL to its own autovacuum", async () => {
    await aUnit(database.db, { name: "Chi bộ Trước khi phục vụ", type: "cell" });
    await database.db.execute(sql`select pg_stat_force_next_flush()`);
    await database.db.execute(sql`select 1`);
    const done = await upkeepBeforeServing(database);
    if (process.env.TEST_DATABASE_URL) expect(done).toEqual([]);
    else expect(done).toContain("org_unit_versions");
  });
});
