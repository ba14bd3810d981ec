import { beforeAll, describe, expect, it } from "vitest";
import { anOrgTree, aUnit, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";

const t = useTestApp();
let tree: StandardTree;
let admin: TestActor;
let coso: TestActor;
let chibo: TestActor;

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
});

const post = (actor: TestActor, id: string, body: object) =>
  api(t.app).as(actor).post(`/api/org-units/${id}/events`, body);
const version = async (id: string) => (await api(t.app).as(admin).get(`/api/org-units/${id}`)).json().version as number;
const parentAsOf = async (id: string, asOf?: string) =>
  (
    await api(t.app)
      .as(admin)
      .get(`/api/org-units/${id}${asOf ? `?asOf=${asOf}` : ""}`)
  ).json().parentId as string;

describe("moving a unit", () => {
  it("moves a cell and keeps it in its old place in the past", async () => {
    const cell = await aUnit(t.db, { name: "Chi bộ Di chuyển", type: "cell", parentId: tree.baseA });
    const res = await post(admin, cell, {
      kind: "move",
      newParentId: tree.baseB,
      version: 1,
      effectiveOn: "2026-11-01",
    });
    expect(res.statusCode).toBe(200);
    expect(await parentAsOf(cell)).toBe(tree.baseB);
    expect(await parentAsOf(cell, "2026-10-31")).toBe(tree.baseA);
    const tree31 = (await api(t.app).as(admin).get("/api/org-units?asOf=2026-10-31")).json();
    expect(tree31.find((u: { id: string }) => u.id === cell).parentId).toBe(tree.baseA);
    // The event names both parents, so it still reads right once either is renamed or dissolved.
    const [moved] = (await api(t.app).as(admin).get(`/api/org-units/${cell}/events`)).json();
    expect(moved.details).toMatchObject({ fromParentName: "Đảng bộ Sở Tài chính", toParentName: "Đảng bộ Sở Y tế" });
  });

  it("refuses a move that would create a cycle (422) and changes nothing", async () => {
    const before = await snapshot(t.db);
    const res = await post(admin, tree.subA, {
      kind: "move",
      newParentId: tree.cellA3,
      version: await version(tree.subA),
      effectiveOn: "2026-11-01",
    });
    expect(res.statusCode).toBe(422);
    expect(await snapshot(t.db)).toBe(before);
  });

  it("refuses a move under a unit of the wrong type (422)", async () => {
    const res = await post(admin, tree.cellA2, {
      kind: "move",
      newParentId: tree.root,
      version: await version(tree.cellA2),
      effectiveOn: "2026-11-01",
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().fields.newParentId).toMatch(/chi bộ trực thuộc/);
  });

  it("refuses a date before the unit existed or before its last change (422)", async () => {
    const cell = await aUnit(t.db, {
      name: "Chi bộ Ngày",
      type: "cell",
      parentId: tree.baseA,
      establishedOn: "2020-05-01",
    });
    const before = await snapshot(t.db);
    const early = await post(admin, cell, {
      kind: "move",
      newParentId: tree.baseB,
      version: 1,
      effectiveOn: "2019-01-01",
    });
    expect(early.statusCode).toBe(422);
    expect(early.json().message).toMatch(/trước ngày tổ chức "Chi bộ Ngày" được thành lập \(01\/05\/2020\)/);
    expect(await snapshot(t.db)).toBe(before);
    await post(admin, cell, { kind: "move", newParentId: tree.baseB, version: 1, effectiveOn: "2025-01-01" });
    const rewrite = await post(admin, cell, {
      kind: "move",
      newParentId: tree.baseA,
      version: 2,
      effectiveOn: "2024-01-01",
    });
    expect(rewrite.statusCode).toBe(422);
    expect(rewrite.json().code).toBe("org.dateBeforeLastChange");
  });

  it("refuses a stale version (409)", async () => {
    const cell = await aUnit(t.db, { name: "Chi bộ Phiên bản", type: "cell", parentId: tree.baseA });
    await post(admin, cell, { kind: "move", newParentId: tree.baseB, version: 1, effectiveOn: "2026-01-01" });
    const res = await post(admin, cell, {
      kind: "move",
      newParentId: tree.baseA,
      version: 1,
      effectiveOn: "2026-02-01",
    });
    expect(res.statusCode).toBe(409);
  });

  it("lets a base committee move cells inside its subtree but not out of it (404)", async () => {
    const cell = await aUnit(t.db, { name: "Chi bộ Nội bộ", type: "cell", parentId: tree.baseA });
    expect(
      (await post(coso, cell, { kind: "move", newParentId: tree.subA, version: 1, effectiveOn: "2026-11-01" }))
        .statusCode,
    ).toBe(200);
    expect(
      (await post(coso, cell, { kind: "move", newParentId: tree.baseB, version: 2, effectiveOn: "2026-11-02" }))
        .statusCode,
    ).toBe(404);
  });

  it("refuses a cell secretary restructuring their own cell (404: the parent is outside their subtree)", async () => {
    const res = await post(chibo, tree.cellA1, {
      kind: "move",
      newParentId: tree.subA,
      version: 1,
      effectiveOn: "2026-11-01",
    });
    expect(res.statusCode).toBe(404);
  });

  it("refuses anonymous callers (401) and an unknown kind (400)", async () => {
    expect(
      (
        await api(t.app).anonymous.post(`/api/org-units/${tree.cellA2}/events`, {
          kind: "dissolve",
          version: 1,
          effectiveOn: "2026-11-01",
        })
      ).statusCode,
    ).toBe(401);
    const res = await post(admin, tree.cellA2, { kind: "explode", version: 1, effectiveOn: "2026-11-01" });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.kind).toBeDefined();
  });
});

describe("merging, splitting and dissolving", () => {
  it("merges a base committee into another: its cells move, it is dissolved, the past keeps it", async () => {
    const base = await aUnit(t.db, { name: "Đảng bộ Sở Cũ", type: "grassroots_committee", parentId: tree.root });
    const cell = await aUnit(t.db, { name: "Chi bộ Sở Cũ", type: "cell", parentId: base });
    const res = await post(admin, base, {
      kind: "merge",
      intoId: tree.baseB,
      version: 1,
      effectiveOn: "2026-07-01",
      decisionNo: "12-QĐ/ĐUK",
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().dissolvedOn).toBe("2026-07-01");
    expect(await parentAsOf(cell)).toBe(tree.baseB);
    expect(await parentAsOf(cell, "2026-06-30")).toBe(base);
    const today = (await api(t.app).as(admin).get("/api/org-units")).json();
    expect(today.some((u: { id: string }) => u.id === base)).toBe(false);
    const events = (await api(t.app).as(admin).get(`/api/org-units/${tree.baseB}/events`)).json();
    expect(events[0]).toMatchObject({ kind: "absorb", decisionNo: "12-QĐ/ĐUK" });
  });

  it("refuses a merge into a dissolved unit (422) and changes nothing", async () => {
    const gone = await aUnit(t.db, { name: "Chi bộ Đã giải thể", type: "grassroots_cell", parentId: tree.root });
    await post(admin, gone, { kind: "dissolve", version: 1, effectiveOn: "2026-03-01" });
    const other = await aUnit(t.db, { name: "Chi bộ Còn lại", type: "grassroots_cell", parentId: tree.root });
    const before = await snapshot(t.db);
    const res = await post(admin, other, { kind: "merge", intoId: gone, version: 1, effectiveOn: "2026-11-01" });
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toBe('Tổ chức "Chi bộ Đã giải thể" đã giải thể ngày 01/03/2026.');
    expect(await snapshot(t.db)).toBe(before);
  });

  it("splits a cell's units into new units and dissolves the source", async () => {
    const base = await aUnit(t.db, { name: "Đảng bộ Lớn", type: "grassroots_committee", parentId: tree.root });
    const c1 = await aUnit(t.db, { name: "Chi bộ Một", type: "cell", parentId: base });
    const c2 = await aUnit(t.db, { name: "Chi bộ Hai", type: "cell", parentId: base });
    const res = await post(admin, base, {
      kind: "split",
      version: 1,
      effectiveOn: "2026-09-01",
      dissolveSource: true,
      parts: [
        { name: "Đảng bộ Lớn A", type: "grassroots_committee", childIds: [c1] },
        { name: "Đảng bộ Lớn B", type: "grassroots_committee", childIds: [c2] },
      ],
    });
    expect(res.statusCode).toBe(200);
    const [p1, p2] = [await parentAsOf(c1), await parentAsOf(c2)];
    expect(p1).not.toBe(p2);
    expect((await api(t.app).as(admin).get(`/api/org-units/${p1}`)).json().name).toBe("Đảng bộ Lớn A");
    expect((await api(t.app).as(admin).get(`/api/org-units/${base}`)).json().dissolvedOn).toBe("2026-09-01");
  });

  it("shows a unit split off and dissolved on the same day as it last stood", async () => {
    const base = await aUnit(t.db, { name: "Đảng bộ Tạm", type: "grassroots_committee", parentId: tree.root });
    const split = await post(admin, base, {
      kind: "split",
      version: 1,
      effectiveOn: "2026-11-23",
      parts: [{ name: "Đảng bộ Tạm A", type: "grassroots_committee", childIds: [] }],
    });
    expect(split.statusCode).toBe(200);
    const partId = (await api(t.app).as(admin).get(`/api/org-units/${base}/events`)).json()[0].details.partIds[0];
    const gone = await post(admin, partId, { kind: "dissolve", version: 1, effectiveOn: "2026-11-23" });
    expect(gone.statusCode).toBe(200);
    expect(gone.json()).toMatchObject({ name: "Đảng bộ Tạm A", dissolvedOn: "2026-11-23", parentId: tree.root });
    expect(gone.json().path.map((p: { id: string }) => p.id)).toEqual([tree.root, partId]);
  });

  it("refuses to dissolve a unit that still has units under it (422)", async () => {
    const res = await post(admin, tree.subA, {
      kind: "dissolve",
      version: await version(tree.subA),
      effectiveOn: "2026-11-01",
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe("org.hasChildren");
  });

  it("refuses to restructure the top unit (422)", async () => {
    const res = await post(admin, tree.root, { kind: "dissolve", version: 1, effectiveOn: "2026-11-01" });
    expect(res.statusCode).toBe(422);
  });
});
