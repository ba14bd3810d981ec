import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/test-db";
import type { Database } from "./database";
import { rowsOf, unaccentJs } from "./sql";
import { viNameSortKey, viSortKey } from "./vi-sort";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const syllable = fc.constantFrom(
  "Nguyễn",
  "Đặng",
  "Văn",
  "Thị",
  "Ánh",
  "Anh",
  "Ân",
  "Ăn",
  "Ơn",
  "Ôn",
  "Ứng",
  "Đức",
  "Hùng",
  "Ngọc",
  "Thủy",
  "Quỳnh",
  "Ãn",
  "Ản",
  "Àn",
  "Lê",
  "Bùi",
  "Hồ",
  "Dương",
  "Yến",
  "Ý",
);
const name = fc.array(syllable, { minLength: 1, maxLength: 5 }).map((words) => words.join(" "));

describe("Vietnamese sort keys", () => {
  it("match the SQL functions exactly, for random names", async () => {
    const names = fc.sample(name, 300);
    const result = await database.db.execute(
      sql`select n, vi_sort_key(n) as k, vi_name_sort_key(n) as nk from unnest(${`{${names.map((n) => `"${n}"`).join(",")}}`}::text[]) n`,
    );
    for (const row of rowsOf<{ n: string; k: string; nk: string }>(result)) {
      expect(viSortKey(row.n)).toBe(row.k);
      expect(viNameSortKey(row.n)).toBe(row.nk);
    }
  });

  it("orders names the way Intl.Collator('vi') does: given name, then middle, then family", () => {
    const collator = new Intl.Collator("vi");
    const parts = (n: string) => {
      const w = n.split(" ");
      return [w.at(-1) as string, w.slice(1, -1).join(" "), w[0] as string];
    };
    fc.assert(
      fc.property(name, name, (a, b) => {
        const [pa, pb] = [parts(a), parts(b)];
        const expected = Math.sign(
          collator.compare(pa[0] as string, pb[0] as string) ||
            collator.compare(pa[1] as string, pb[1] as string) ||
            collator.compare(pa[2] as string, pb[2] as string),
        );
        const ka = viNameSortKey(a);
        const kb = viNameSortKey(b);
        const actual = ka < kb ? -1 : ka > kb ? 1 : 0;
        if (expected !== 0) expect(actual).toBe(expected);
      }),
    );
  });
});

describe("a unit's stored sort key", () => {
  it("is vi_sort_key of its name, on every insert and rename, whatever a writer puts in it", async () => {
    const db = database.db;
    const id = "5f0c6a0e-7a2b-4c3d-9e1f-000000000001";
    await db.execute(sql`insert into org_units (id, established_on, created_at) values (${id}, '2020-01-01', now())`);
    await db.execute(sql`insert into org_unit_versions (id, org_unit_id, name, type, valid_from, name_sort_key)
      values (gen_random_uuid(), ${id}, 'Chi bộ Đội Thuế', 'cell', '2020-01-01', 'forged')`);
    const key = async () =>
      rowsOf<{ stored: string; computed: string }>(
        await db.execute(sql`select name_sort_key as stored, vi_sort_key(name) as computed
          from org_unit_versions where org_unit_id = ${id}`),
      )[0];
    expect((await key())?.stored).toBe(viSortKey("Chi bộ Đội Thuế"));
    await db.execute(sql`update org_unit_versions set name = 'Chi bộ Ăn uống' where org_unit_id = ${id}`);
    expect((await key())?.stored).toBe(viSortKey("Chi bộ Ăn uống"));
    await db.execute(sql`update org_unit_versions set name_sort_key = 'forged' where org_unit_id = ${id}`);
    const after = await key();
    expect(after?.stored).toBe(after?.computed);
  });
});

describe("accent-free search text", () => {
  it("folds compatibility letters first, the same in SQL and JavaScript on every engine", async () => {
    const samples = ["𝔸𝕓 Nguyễn", "Ｌê Ｖăn ﬁ", "Đặng Thị Ánh"];
    for (const text of samples) {
      const [row] = rowsOf<{ v: string }>(await database.db.execute(sql`select vi_unaccent(${text}) as v`));
      expect(row?.v).toBe(unaccentJs(text));
    }
    expect(unaccentJs("𝔸𝕓 Nguyễn")).toBe("ab nguyen");
  });
});
