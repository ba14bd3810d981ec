import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";

const t = useTestApp();
let tree: StandardTree;
let admin: TestActor;
let coso: TestActor;
let chibo: TestActor;
let otherChibo: TestActor;
let member: TestActor;
let an: string;
const memberTables = ["members", "member_events", "memberships", "party_cards", "transfers", "audit_events"];

/** A tree of its own with its actors, for the tests that write: nothing they add shows in the lists below. */
async function aWritingScene(suffix: string) {
  const tree = await anOrgTree(t.db, suffix);
  return {
    tree,
    coso: await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA }),
    chibo: await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 }),
    member: await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 }),
    inspector: await anActor(t.db, { role: "inspection", orgUnitId: tree.root }),
  };
}
let w: Awaited<ReturnType<typeof aWritingScene>>;

// `tree` and its five members are read only; the tests that write do it in `w`, a tree of their own.
beforeAll(async () => {
  tree = await anOrgTree(t.db);
  admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  otherChibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA2 });
  member = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
  an = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Nguyễn Văn An", citizenId: "099085000001" });
  await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Trần Thị Bình" });
  await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Đặng Văn Ánh" });
  await aMember(t.db, { orgUnitId: tree.cellA2, fullName: "Lê Văn An" });
  await aMember(t.db, { orgUnitId: tree.cellB1, fullName: "Phạm Văn An" });
  w = await aWritingScene(" (ghi)");
});

describe("GET /api/members", () => {
  it("finds members by a name typed without accents, within the subtree only", async () => {
    const res = await api(t.app)
      .as(coso)
      .get(`/api/members?q=${encodeURIComponent("van an")}`);
    expect(res.statusCode).toBe(200);
    // "van an" also matches "Văn Ánh" once accents are gone; same given name, the family name decides.
    expect(res.json().items.map((m: { fullName: string }) => m.fullName)).toEqual([
      "Lê Văn An",
      "Nguyễn Văn An",
      "Đặng Văn Ánh",
    ]);
    expect(res.json().total).toBe(3);
  });

  it("sorts by given name, then middle, then family name, the Vietnamese way", async () => {
    const res = await api(t.app).as(chibo).get("/api/members");
    expect(res.json().items.map((m: { fullName: string }) => m.fullName)).toEqual([
      "Nguyễn Văn An",
      "Đặng Văn Ánh",
      "Trần Thị Bình",
    ]);
  });

  it("finds a member by citizen ID and masks it in the list", async () => {
    const res = await api(t.app).as(admin).get("/api/members?q=099085000001");
    expect(res.json().items).toHaveLength(1);
    expect(res.json().items[0].citizenId).toBe("099******001");
  });

  it("never finds a member by the full citizen ID for a secretary who sees it masked (no guessing it digit by digit)", async () => {
    const res = await api(t.app).as(chibo).get("/api/members?q=099085000001");
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toHaveLength(0);
    expect((await api(t.app).as(chibo).get("/api/members?q=Nguyen Van An")).json().items).toHaveLength(1);
  });

  it("narrows the list to one unit's subtree", async () => {
    const res = await api(t.app).as(coso).get(`/api/members?orgUnitId=${tree.cellA2}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((m: { fullName: string }) => m.fullName)).toEqual(["Lê Văn An"]);
  });

  it("pages with a total", async () => {
    // The admin sees every tree; the five members of this one are counted under its root.
    const list = (query: string) => api(t.app).as(admin).get(`/api/members?orgUnitId=${tree.root}&${query}`);
    const res = await list("pageSize=2&page=2");
    expect(res.json()).toMatchObject({ total: 5 });
    expect(res.json().items).toHaveLength(2);
    const last = await list("pageSize=2&page=3");
    expect(last.json()).toMatchObject({ total: 5 });
    expect(last.json().items).toHaveLength(1);
    expect((await list("pageSize=2&page=9")).json()).toMatchObject({
      total: 5,
      items: [],
    });
  });

  it("refuses anonymous (401), a unit outside the subtree (404), a member role (403) and bad paging (400)", async () => {
    expect((await api(t.app).anonymous.get("/api/members")).statusCode).toBe(401);
    expect((await api(t.app).as(chibo).get(`/api/members?orgUnitId=${tree.cellA2}`)).statusCode).toBe(404);
    expect((await api(t.app).as(member).get(`/api/members?orgUnitId=${tree.cellA1}`)).statusCode).toBe(403);
    expect((await api(t.app).as(admin).get("/api/members?pageSize=5000")).statusCode).toBe(400);
  });

  it("refuses the export to anonymous (401), for a unit outside the subtree (404), with bad filters (400)", async () => {
    expect((await api(t.app).anonymous.get("/api/members/export")).statusCode).toBe(401);
    expect((await api(t.app).as(chibo).get(`/api/members/export?orgUnitId=${tree.cellA2}`)).statusCode).toBe(404);
    expect((await api(t.app).as(member).get(`/api/members/export?orgUnitId=${tree.cellA1}`)).statusCode).toBe(403);
    expect((await api(t.app).as(coso).get("/api/members/export?status=somewhere")).statusCode).toBe(400);
  });

  it("exports the current view as .xlsx", async () => {
    const res = await api(t.app).as(coso).get("/api/members/export?q=van%20an");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    expect(res.headers["content-disposition"]).toContain("filename*=UTF-8''danh-sach-dang-vien");
    const ExcelJS = (await import("../../platform/excel")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    // Under the title block (title, unit, date, filter, a blank row) and the header.
    const names = book.getWorksheet("Đảng viên")?.getColumn(2).values.slice(7);
    expect(names).toEqual(["Lê Văn An", "Nguyễn Văn An", "Đặng Văn Ánh"]);
  });
});

describe("GET/PATCH /api/members/:id", () => {
  it("shows the profile with party age and the citizen ID to those allowed", async () => {
    const res = await api(t.app).as(coso).get(`/api/members/${an}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      fullName: "Nguyễn Văn An",
      citizenId: "099085000001",
      partyAge: { since: "2010-03-01" },
      can: { update: true },
    });
    expect((await api(t.app).as(chibo).get(`/api/members/${an}`)).json().citizenId).toBe("099******001");
  });

  it("hides a member of another cell (404)", async () => {
    expect((await api(t.app).as(otherChibo).get(`/api/members/${an}`)).statusCode).toBe(404);
  });

  it("edits with optimistic locking: a stale edit gets 409 and changes nothing", async () => {
    const id = await aMember(t.db, { orgUnitId: w.tree.cellA1, fullName: "Nguyễn Văn Sửa" });
    const ok = await api(t.app).as(w.chibo).patch(`/api/members/${id}`, { version: 1, phone: "0912345678" });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().version).toBe(2);
    const before = await snapshot(t.db, memberTables);
    const stale = await api(t.app).as(w.chibo).patch(`/api/members/${id}`, { version: 1, phone: "0900000000" });
    expect(stale.statusCode).toBe(409);
    expect(await snapshot(t.db, memberTables)).toBe(before);
  });

  it("refuses the inspection committee editing (403), a member role (404), anonymous (401), a bad citizen ID (400)", async () => {
    const id = await aMember(t.db, { orgUnitId: w.tree.cellA1, fullName: "Nguyễn Văn Giữ" });
    const before = await snapshot(t.db, memberTables);
    expect(
      (await api(t.app).as(w.inspector).patch(`/api/members/${id}`, { version: 1, phone: "0912345679" })).statusCode,
    ).toBe(403);
    expect(
      (await api(t.app).as(w.member).patch(`/api/members/${id}`, { version: 1, phone: "0912345679" })).statusCode,
    ).toBe(404);
    expect((await api(t.app).anonymous.patch(`/api/members/${id}`, { version: 1 })).statusCode).toBe(401);
    const bad = await api(t.app).as(w.chibo).patch(`/api/members/${id}`, { version: 1, citizenId: "12ab" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.citizenId).toBe("Số CCCD phải gồm đúng 12 chữ số");
    expect(await snapshot(t.db, memberTables)).toBe(before);
  });
});

describe("POST /api/members", () => {
  const candidate = () => ({
    fullName: "Vũ Thị Hoa",
    sex: "female",
    birthDate: "1998-04-02",
    orgUnitId: w.tree.cellA1,
    status: "candidate",
    citizenId: "099198000777",
  });

  it("creates a candidate in a cell", async () => {
    const res = await api(t.app).as(w.chibo).post("/api/members", candidate());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: "candidate", orgUnitName: "Chi bộ Văn phòng (ghi)" });
  });

  it("stores a field left blank as no value, so two blank card numbers are not duplicates", async () => {
    for (const blank of ["", "   "]) {
      const res = await api(t.app)
        .as(w.chibo)
        .post("/api/members", { ...candidate(), citizenId: null, cardNumber: blank, birthPlace: "" });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ cardNumber: null, birthPlace: null });
    }
  });

  it("records a member transferred in from another party organisation", async () => {
    const res = await api(t.app).as(w.chibo).post("/api/members", {
      fullName: "Mai Văn Đến",
      sex: "male",
      birthDate: "1980-02-02",
      orgUnitId: w.tree.cellA1,
      status: "full",
      admissionDecidedOn: "2005-05-05",
      ceremonyOn: "2005-05-20",
      fullMembershipOn: "2006-05-20",
      transferredFrom: "Đảng bộ Sở Tài chính tỉnh Hòa An",
      receivedOn: "2026-11-10",
    });
    expect(res.statusCode).toBe(201);
    const timeline = (await api(t.app).as(w.chibo).get(`/api/members/${res.json().id}/events`)).json();
    expect(timeline[0]).toMatchObject({
      kind: "transfer_in",
      occurredOn: "2026-11-10",
      details: { transferredFrom: "Đảng bộ Sở Tài chính tỉnh Hòa An" },
    });
  });

  it("refuses a duplicate citizen ID (409) and changes nothing", async () => {
    const first = await api(t.app)
      .as(w.chibo)
      .post("/api/members", { ...candidate(), citizenId: "099198000778" });
    expect(first.statusCode).toBe(201);
    const before = await snapshot(t.db, memberTables);
    const res = await api(t.app)
      .as(w.chibo)
      .post("/api/members", { ...candidate(), fullName: "Người khác", citizenId: "099198000778" });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe("Số CCCD 099198000778 đã có trong hồ sơ đảng viên khác.");
    expect(await snapshot(t.db, memberTables)).toBe(before);
  });

  it("refuses a record in a base committee rather than a cell (422)", async () => {
    expect(
      (
        await api(t.app)
          .as(w.coso)
          .post("/api/members", { ...candidate(), citizenId: null, orgUnitId: w.tree.baseA })
      ).statusCode,
    ).toBe(422);
  });

  it("refuses outside the subtree (404) and for a member role (403)", async () => {
    expect(
      (
        await api(t.app)
          .as(w.chibo)
          .post("/api/members", { ...candidate(), citizenId: null, orgUnitId: w.tree.cellA2 })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await api(t.app)
          .as(w.member)
          .post("/api/members", { ...candidate(), citizenId: null })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await api(t.app)
          .as(w.inspector)
          .post("/api/members", { ...candidate(), citizenId: null })
      ).statusCode,
    ).toBe(403);
  });
});
