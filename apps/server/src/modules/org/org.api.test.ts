import { beforeAll, describe, expect, it } from "vitest";
import { anOrgTree, aUnit, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";

const t = useTestApp();
let tree: StandardTree;
let admin: TestActor;
let coso: TestActor;
let chibo: TestActor;

/** A tree of its own with its actors, for the tests that add or change units: the reads above never see it. */
async function aWritingScene(suffix: string) {
  const tree = await anOrgTree(t.db, suffix);
  return {
    tree,
    admin: await anActor(t.db, { role: "admin", orgUnitId: tree.root }),
    coso: await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA }),
    chibo: await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 }),
    memberB: await anActor(t.db, { role: "member", orgUnitId: tree.cellB1 }),
  };
}
let w: Awaited<ReturnType<typeof aWritingScene>>;

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  w = await aWritingScene(" (ghi)");
});

describe("GET /api/org-units", () => {
  it("shows the whole tree to the committee office, in Vietnamese order", async () => {
    const res = await api(t.app).as(admin).get("/api/org-units");
    expect(res.statusCode).toBe(200);
    const names: string[] = res.json().map((u: { name: string }) => u.name);
    expect(names).toHaveLength(9);
    expect(names.indexOf("Chi bộ Phòng Ngân sách")).toBeLessThan(names.indexOf("Chi bộ Văn phòng"));
  });

  it("shows a cell secretary only their cell", async () => {
    const res = await api(t.app).as(chibo).get("/api/org-units");
    expect(res.json().map((u: { id: string }) => u.id)).toEqual([tree.cellA1]);
  });

  it("finds units by name typed without accents", async () => {
    const res = await api(t.app)
      .as(admin)
      .get(`/api/org-units?q=${encodeURIComponent("so tai chinh")}`);
    expect(res.json().map((u: { id: string }) => u.id)).toEqual([tree.baseA]);
    expect(res.json()[0].path).toContain("Đảng bộ Khối các cơ quan tỉnh");
  });

  it("refuses anonymous callers (401)", async () => {
    const res = await api(t.app).anonymous.get("/api/org-units");
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toMatch(/chưa đăng nhập/);
  });

  it("rejects a malformed as-of date (400) naming the field", async () => {
    const res = await api(t.app).as(admin).get("/api/org-units?asOf=2026-02-30");
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.asOf).toMatch(/Ngày xem/);
  });
});

describe("GET /api/org-units/:id", () => {
  it("returns the unit with its path and the actions allowed", async () => {
    const res = await api(t.app).as(coso).get(`/api/org-units/${tree.cellA3}`);
    expect(res.statusCode).toBe(200);
    const unit = res.json();
    expect(unit).toMatchObject({ id: tree.cellA3, type: "cell", parentId: tree.subA, version: 1 });
    expect(unit.path.map((p: { id: string }) => p.id)).toEqual([tree.root, tree.baseA, tree.subA, tree.cellA3]);
    expect(unit.can).toEqual({ update: true, createChild: true, restructure: true, manageCommittee: true });
  });

  it("lets a base committee see but not restructure its own top unit", async () => {
    const unit = (await api(t.app).as(coso).get(`/api/org-units/${tree.baseA}`)).json();
    expect(unit.can.restructure).toBe(false);
    expect(unit.can.update).toBe(true);
  });

  it("hides a unit outside the user's subtree (404)", async () => {
    expect((await api(t.app).as(coso).get(`/api/org-units/${tree.cellB1}`)).statusCode).toBe(404);
    expect((await api(t.app).as(chibo).get(`/api/org-units/${tree.baseA}`)).statusCode).toBe(404);
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    expect((await api(t.app).as(admin).get("/api/org-units/00000000-0000-4000-8000-000000000000")).statusCode).toBe(
      404,
    );
    expect((await api(t.app).as(admin).get("/api/org-units/abc")).statusCode).toBe(400);
  });
});

describe("GET /api/org-units/:id/events", () => {
  it("lists a unit's dated events to those who see it, and nobody else", async () => {
    const res = await api(t.app).as(coso).get(`/api/org-units/${tree.cellA1}/events`);
    expect(res.statusCode).toBe(200);
    expect(res.json().map((e: { kind: string }) => e.kind)).toContain("create");
    expect((await api(t.app).anonymous.get(`/api/org-units/${tree.cellA1}/events`)).statusCode).toBe(401);
    expect((await api(t.app).as(chibo).get(`/api/org-units/${tree.cellA2}/events`)).statusCode).toBe(404);
    expect((await api(t.app).as(chibo).get("/api/org-units/x/events")).statusCode).toBe(400);
  });

  it("writes each match's path from the top when searching", async () => {
    const res = await api(t.app)
      .as(admin)
      .get(`/api/org-units?q=${encodeURIComponent("thanh tra")}`);
    expect(res.json()[0].path).toBe(
      "Đảng bộ Khối các cơ quan tỉnh › Đảng bộ Sở Tài chính › Đảng bộ bộ phận Khối Nghiệp vụ › Chi bộ Thanh tra",
    );
  });
});

describe("POST /api/org-units", () => {
  it("creates a cell under a base committee and audits it", async () => {
    const res = await api(t.app).as(w.coso).post("/api/org-units", {
      name: "Chi bộ Phòng Đầu tư",
      type: "cell",
      parentId: w.tree.baseA,
      establishedOn: "2026-11-01",
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().id;
    const history = await api(t.app).as(w.coso).get(`/api/audit-events?entityType=orgUnit&entityId=${id}`);
    expect(history.json().map((e: { action: string }) => e.action)).toEqual(["org.created"]);
  });

  it("refuses a member role (403) and changes nothing", async () => {
    const before = await snapshot(t.db);
    const res = await api(t.app).as(w.memberB).post("/api/org-units", {
      name: "Tổ đảng 1",
      type: "party_group",
      parentId: w.tree.cellB1,
      establishedOn: "2026-11-01",
    });
    expect(res.statusCode).toBe(403);
    expect(await snapshot(t.db)).toBe(before);
  });

  it("refuses a parent outside the subtree (404) and changes nothing", async () => {
    const before = await snapshot(t.db);
    const res = await api(t.app)
      .as(w.coso)
      .post("/api/org-units", { name: "Chi bộ X", type: "cell", parentId: w.tree.baseB, establishedOn: "2026-11-01" });
    expect(res.statusCode).toBe(404);
    expect(await snapshot(t.db)).toBe(before);
  });

  it.each([
    [{ name: "", type: "cell", parentId: "x", establishedOn: "2026-01-01" }, ["name", "parentId"]],
    [{ name: "Chi bộ X", type: "chi_bo", establishedOn: "2026-13-01" }, ["type", "parentId", "establishedOn"]],
  ])("rejects invalid input %# (400) naming each field", async (body, fields) => {
    const before = await snapshot(t.db);
    const res = await api(t.app).as(w.admin).post("/api/org-units", body);
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().fields).sort()).toEqual([...fields].sort());
    expect(await snapshot(t.db)).toBe(before);
  });

  it("refuses a type that cannot sit under the parent (422)", async () => {
    const res = await api(t.app).as(w.admin).post("/api/org-units", {
      name: "Đảng bộ bộ phận X",
      type: "sub_committee",
      parentId: w.tree.root,
      establishedOn: "2026-01-01",
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toBe("Không thể đặt đảng bộ bộ phận trực thuộc đảng bộ cấp trên cơ sở.");
  });

  it("refuses a founding date before the parent existed or in the future (422)", async () => {
    const early = await api(t.app)
      .as(w.admin)
      .post("/api/org-units", { name: "Chi bộ X", type: "cell", parentId: w.tree.baseA, establishedOn: "1999-01-01" });
    expect(early.statusCode).toBe(422);
    expect(early.json().fields.establishedOn).toBeDefined();
    const future = await api(t.app)
      .as(w.admin)
      .post("/api/org-units", { name: "Chi bộ X", type: "cell", parentId: w.tree.baseA, establishedOn: "2027-01-01" });
    expect(future.statusCode).toBe(422);
  });

  it("refuses a write without the CSRF token (403)", async () => {
    const res = await api(t.app)
      .as(w.admin)
      .post(
        "/api/org-units",
        { name: "Chi bộ X", type: "cell", parentId: w.tree.baseA, establishedOn: "2026-11-01" },
        { "x-csrf-token": "wrong" },
      );
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe("auth.csrf");
  });

  it("refuses an oversized body with a Vietnamese message", async () => {
    const res = await api(t.app)
      .as(w.admin)
      .post("/api/org-units", {
        name: "x".repeat(300_000),
        type: "cell",
        parentId: w.tree.baseA,
        establishedOn: "2026-11-01",
      });
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toBe("Dữ liệu gửi lên quá lớn.");
  });
});

describe("PATCH /api/org-units/:id", () => {
  it("renames from a date and keeps the old name in the past", async () => {
    const id = await aUnit(t.db, {
      name: "Chi bộ Cũ",
      type: "cell",
      parentId: w.tree.baseB,
      establishedOn: "2015-01-01",
    });
    const res = await api(t.app)
      .as(w.admin)
      .patch(`/api/org-units/${id}`, { version: 1, name: "Chi bộ Mới", effectiveOn: "2026-06-01" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: "Chi bộ Mới", version: 2 });
    const past = await api(t.app).as(w.admin).get(`/api/org-units/${id}?asOf=2026-05-31`);
    expect(past.json().name).toBe("Chi bộ Cũ");
  });

  it("refuses a stale version (409) and changes nothing", async () => {
    const id = await aUnit(t.db, { name: "Chi bộ Z", type: "cell", parentId: w.tree.baseB });
    await api(t.app).as(w.admin).patch(`/api/org-units/${id}`, { version: 1, name: "Chi bộ Z1" });
    const before = await snapshot(t.db);
    const res = await api(t.app).as(w.admin).patch(`/api/org-units/${id}`, { version: 1, name: "Chi bộ Z2" });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/người khác thay đổi/);
    expect(await snapshot(t.db)).toBe(before);
  });

  it("refuses a cell secretary renaming the base committee above them (404)", async () => {
    expect(
      (await api(t.app).as(w.chibo).patch(`/api/org-units/${w.tree.baseA}`, { version: 1, name: "X" })).statusCode,
    ).toBe(404);
  });

  it("refuses a member (403), anonymous (401) and bad input (400)", async () => {
    expect(
      (await api(t.app).as(w.memberB).patch(`/api/org-units/${w.tree.cellB1}`, { version: 1, name: "X" })).statusCode,
    ).toBe(403);
    expect(
      (await api(t.app).anonymous.patch(`/api/org-units/${w.tree.cellB1}`, { version: 1, name: "X" })).statusCode,
    ).toBe(401);
    expect((await api(t.app).as(w.admin).patch(`/api/org-units/${w.tree.cellB1}`, { name: "X" })).statusCode).toBe(400);
  });
});
