import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/test-db";
import { roleCatalog } from "../access/roles";
import type { Database } from "../db/database";
import { rowsOf } from "../db/sql";
import { serverModules } from "../server-modules";
import { prepareDatabase } from "./bootstrap";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

/** The database with its migrator replaced by a counter, to see whether a restart runs it. */
function withCountedMigrate(): { counted: Database; runs: () => number } {
  let runs = 0;
  const counted: Database = {
    ...database,
    migrate: async () => {
      runs++;
    },
  };
  return { counted, runs: () => runs };
}

const newestMigration = sql`(select max(id) from drizzle.__drizzle_migrations)`;

describe("prepareDatabase on a database already prepared (a restart)", () => {
  it("skips the migrator when the newest migration in the journal is recorded", async () => {
    const { counted, runs } = withCountedMigrate();
    await prepareDatabase(counted);
    expect(runs()).toBe(0);
  });

  it("runs the migrator when the newest migration is not recorded yet", async () => {
    const { db } = database;
    const [newest] = rowsOf<{ created_at: string }>(
      await db.execute(sql`select created_at from drizzle.__drizzle_migrations where id = ${newestMigration}`),
    );
    await db.execute(sql`update drizzle.__drizzle_migrations set created_at = 1 where id = ${newestMigration}`);
    try {
      const { counted, runs } = withCountedMigrate();
      await prepareDatabase(counted);
      expect(runs()).toBe(1);
    } finally {
      await db.execute(
        sql`update drizzle.__drizzle_migrations set created_at = ${newest?.created_at} where id = ${newestMigration}`,
      );
    }
  });

  it("puts back a role's permissions and a seeded setting's description, and keeps the setting's stored value", async () => {
    const { db } = database;
    const setting = serverModules().flatMap((m) => m.ruleSettings ?? [])[0];
    if (!setting) throw new Error("no seeded rule setting");
    await db.execute(sql`update roles set permissions = '[]'::jsonb where code = 'member'`);
    await db.execute(
      sql`update rule_settings set note = 'sửa tay', value = '"giá trị riêng"'::jsonb
          where key = ${setting.key} and valid_from = ${setting.validFrom}`,
    );
    await prepareDatabase(database);
    const [role] = rowsOf<{ permissions: string[] }>(
      await db.execute(sql`select permissions from roles where code = 'member'`),
    );
    expect(role?.permissions).toEqual(roleCatalog.member);
    const [stored] = rowsOf<{ note: string | null; value: unknown }>(
      await db.execute(
        sql`select note, value from rule_settings where key = ${setting.key} and valid_from = ${setting.validFrom}`,
      ),
    );
    expect(stored?.note).toBe(setting.note ?? null);
    expect(stored?.value).toBe("giá trị riêng");
  });

  it("writes no row when nothing changed", async () => {
    const { db } = database;
    await prepareDatabase(database);
    const before = rowsOf<{ xmin: string }>(
      await db.execute(sql`select xmin::text from roles union all select xmin::text from rule_settings`),
    );
    await prepareDatabase(database);
    const after = rowsOf<{ xmin: string }>(
      await db.execute(sql`select xmin::text from roles union all select xmin::text from rule_settings`),
    );
    expect(after).toEqual(before);
  });
});
