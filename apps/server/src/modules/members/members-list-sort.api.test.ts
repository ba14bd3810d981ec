import { describe, expect, it } from "vitest";
import { aMember, aUnit } from "../../../test/builders";
import { anActor, api, useTestApp } from "../../../test/harness";
import { viNameSortKey, viSortKey } from "../../db/vi-sort";

const t = useTestApp();

describe("members sorted by unit", () => {
  it("pages through the units in Vietnamese order, then each unit's members by name, whole scope or one unit's", async () => {
    const root = await aUnit(t.db, { name: "Đảng bộ Khối (sắp xếp)", type: "upper_committee" });
    const base = await aUnit(t.db, { name: "Đảng bộ Sở Y tế", type: "grassroots_committee", parentId: root });
    const cellNames = ["Chi bộ Ấp Bắc", "Chi bộ An Phú", "Chi bộ Đông Hà", "Chi bộ Dương Minh", "Chi bộ Ăn Uống"];
    const names = ["Nguyễn Văn Anh", "Trần Thị Ánh", "Lê Đức", "Phạm Ân", "Đặng Bảo"];
    const expected: { key: string; id: string }[] = [];
    for (const [c, cellName] of cellNames.entries()) {
      const cell = await aUnit(t.db, { name: cellName, type: "cell", parentId: base });
      for (const name of names.slice(0, 2 + c)) {
        const id = await aMember(t.db, { orgUnitId: cell, fullName: name });
        expected.push({ key: `${viSortKey(cellName)}|${cell}|${viNameSortKey(name)}|${id}`, id });
      }
    }
    expected.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const staff = await anActor(t.db, { role: "grassroots_staff", orgUnitId: root });
    const pages = async (query: string) => {
      const ids: string[] = [];
      for (let page = 1; page <= 10; page++) {
        const res = await api(t.app).as(staff).get(`/api/members?sort=unit&pageSize=4&page=${page}${query}`);
        expect(res.statusCode).toBe(200);
        ids.push(...res.json().items.map((m: { id: string }) => m.id));
        expect(res.json().total).toBeGreaterThanOrEqual(expected.length);
      }
      return ids;
    };
    expect(await pages(`&orgUnitId=${base}`)).toEqual(expected.map((e) => e.id));
    // The whole scope holds other tests' units too: this tree's members come in the same order among them.
    const ours = new Set(expected.map((e) => e.id));
    const whole = await api(t.app).as(staff).get("/api/members?sort=unit&pageSize=200");
    const inWhole = whole
      .json()
      .items.map((m: { id: string }) => m.id)
      .filter((id: string) => ours.has(id));
    expect(inWhole).toEqual(expected.map((e) => e.id));
  });
});
