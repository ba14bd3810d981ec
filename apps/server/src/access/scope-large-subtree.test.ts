import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { aMember, aUnit } from "../../test/builders";
import { useTestApp } from "../../test/harness";

const t = useTestApp();

/*
 * inSubtree reads a subtree of more than 200 units as a hashed set of units and a smaller one as an array: both
 * must count the same records. A committee of 210 cells takes the first way, each cell the second.
 */
describe("figures over a large subtree", () => {
  it("counts the members, events, units and breakdown rows of 210 cells as it counts one cell", async () => {
    const root = await aUnit(t.db, { name: "Đảng bộ Khối lớn", type: "upper_committee", establishedOn: "2000-01-01" });
    const base = await aUnit(t.db, { name: "Đảng bộ cơ sở lớn", type: "grassroots_committee", parentId: root });
    const cells: string[] = [];
    for (let i = 0; i < 210; i++) {
      const cell = await aUnit(t.db, { name: `Chi bộ ${i}`, type: "cell", parentId: base });
      cells.push(cell);
      await aMember(t.db, {
        orgUnitId: cell,
        status: i % 3 === 0 ? "probationary" : "full",
        sex: i % 2 ? "male" : "female",
        admissionDecidedOn: "2015-01-01",
        fullMembershipOn: "2016-01-01",
      });
    }
    // Three admissions in the period, each recorded at its cell (events take the large subtree's materialised way).
    for (const cell of cells.slice(0, 3)) {
      const member = await aMember(t.db, { orgUnitId: cell, status: "probationary", admissionDecidedOn: "2026-03-02" });
      await t.db.execute(sql`insert into member_events (id, member_id, kind, occurred_on, org_unit_id, details, created_at)
        values (${randomUUID()}, ${member}, 'admission', '2026-03-02', ${cell}, '{}'::jsonb, now())`);
    }
    const figure = (id: string, unit: string) =>
      t.app.registry.indicators.get(id)?.compute(t.db, { orgUnitId: unit, from: "2026-01-01", to: "2026-06-30" });
    expect(await figure("members.onList", root)).toBe(213);
    expect(await figure("members.probationary", root)).toBe(73);
    expect(await figure("members.admitted", root)).toBe(3);
    expect(await figure("members.admitted", cells[0] as string)).toBe(1);
    expect(await figure("members.full", base)).toBe(140);
    expect(await figure("org.cells", root)).toBe(210);
    expect(await figure("members.onList", cells[0] as string)).toBe(2);
    expect(await figure("members.probationary", cells[0] as string)).toBe(2);
    const bySex = await t.app.registry.breakdowns
      .get("members.byGender")
      ?.compute(t.db, { orgUnitId: root, on: "2026-06-30" });
    expect(bySex?.reduce((sum, row) => sum + row.value, 0)).toBe(213);
  }, 60_000);
});
