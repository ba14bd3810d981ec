import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";
import { readQrPng } from "../../../test/qr-read";

const t = useTestApp();
const tables = ["residence_registrations", "residence_comment_requests", "audit_events"];

/** A tree of its own per test, with its staff, so that each test sees exactly the members it made. */
async function aCommittee(suffix: string) {
  const tree = await anOrgTree(t.db, suffix);
  return {
    tree,
    coso: await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA }),
    chibo: await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 }),
    member: await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 }),
    inspector: await anActor(t.db, { role: "inspection", orgUnitId: tree.root }),
  };
}

async function registered(actor: TestActor, orgUnitId: string, fullName: string, residenceCase = "normal") {
  const id = await aMember(t.db, { orgUnitId, fullName });
  const res = await api(t.app).as(actor).post(`/api/members/${id}/residence`, {
    address: "Thôn Đông, xã Yên Phong",
    residenceOrgName: "Chi bộ thôn Đông",
    registeredOn: "2024-01-10",
    case: residenceCase,
  });
  expect(res.statusCode).toBe(201);
  return id;
}

/** The files inside a .docx or .xlsx. */
function unzipEntries(payload: Buffer): Record<string, Buffer> {
  const files = unzipSync(new Uint8Array(payload));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, Buffer.from(bytes)]));
}

const forCell = (actor: TestActor | null, body: object) =>
  api(t.app).as(actor).post("/api/residence/requests/cell", body);

describe("POST /api/residence/requests/cell", () => {
  let c: Awaited<ReturnType<typeof aCommittee>>;
  beforeAll(async () => {
    c = await aCommittee(" (cả chi bộ)");
  });

  it("asks for every registered member of the cell not yet asked this year, each with a link and a short code", async () => {
    const { tree, chibo } = c;
    const an = await registered(chibo, tree.cellA1, "Nguyễn Văn An");
    await registered(chibo, tree.cellA1, "Trần Thị Bình");
    const asked = await registered(chibo, tree.cellA1, "Lê Văn Cường");
    await registered(chibo, tree.cellA1, "Phạm Thị Dung", "introduced_exempt");
    await registered(chibo, tree.cellA1, "Đỗ Văn Em", "not_introduced");
    await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Hoàng Văn Giang" });
    await registered(c.coso, tree.cellA2, "Vũ Thị Hoa");
    const one = await api(t.app)
      .as(chibo)
      .post("/api/residence/requests", { memberId: asked, year: 2026, dueOn: "2026-12-10" });
    expect(one.statusCode).toBe(201);

    const res = await forCell(chibo, { orgUnitId: tree.cellA1, year: 2026, dueOn: "2026-12-10" });
    expect(res.statusCode).toBe(201);
    const { created, skipped } = res.json();
    expect(created.map((r: { request: { memberName: string } }) => r.request.memberName)).toEqual([
      "Nguyễn Văn An",
      "Trần Thị Bình",
    ]);
    expect(skipped).toEqual({ alreadyRequested: 1, exempt: 1, notIntroduced: 1, unregistered: 1 });
    for (const item of created) {
      expect(item.link).toMatch(/^\/nhan-xet\/[A-Za-z0-9_-]{43}$/);
      expect(item.shortCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
      expect(item.request).toMatchObject({ year: 2026, dueOn: "2026-12-10", status: "requested" });
    }
    const residence = await api(t.app).as(chibo).get(`/api/members/${an}/residence`);
    expect(residence.json().requests).toHaveLength(1);

    const again = await forCell(chibo, { orgUnitId: tree.cellA1, year: 2026, dueOn: "2026-12-10" });
    expect(again.statusCode).toBe(201);
    expect(again.json().created).toEqual([]);
    expect(again.json().skipped.alreadyRequested).toBe(3);
  });

  it("refuses a unit that is not a cell, a past due date, and callers outside or without the right", async () => {
    const { tree, chibo, coso, member, inspector } = c;
    await registered(coso, tree.cellA2, "Bùi Văn Khoa");
    const before = await snapshot(t.db, tables);
    const body = { orgUnitId: tree.cellA2, year: 2026, dueOn: "2026-12-10" };
    const notCell = await forCell(coso, { ...body, orgUnitId: tree.baseA });
    expect(notCell.statusCode).toBe(422);
    expect(notCell.json().message).toContain("chi bộ");
    const past = await forCell(coso, { ...body, dueOn: "2026-01-10" });
    expect(past.statusCode).toBe(422);
    expect(past.json().fields).toHaveProperty("dueOn");
    expect((await forCell(null, body)).statusCode).toBe(401);
    expect((await forCell(chibo, body)).statusCode).toBe(404);
    expect((await forCell(member, { ...body, orgUnitId: tree.cellA1 })).statusCode).toBe(403);
    expect((await forCell(inspector, body)).statusCode).toBe(403);
    const bad = await forCell(coso, { ...body, year: "năm nay" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toHaveProperty("year");
    expect(await snapshot(t.db, tables)).toBe(before);
  });
});

describe("POST /api/residence/letters", () => {
  let c: Awaited<ReturnType<typeof aCommittee>>;
  beforeAll(async () => {
    c = await aCommittee(" (giấy đề nghị)");
  });

  it("prints one letter a member, each with the short code, the long link and a QR code that reads as the link", async () => {
    const { tree, chibo } = c;
    await registered(chibo, tree.cellA1, "Nguyễn Văn An");
    await registered(chibo, tree.cellA1, "Trần Thị Bình");
    const made = await forCell(chibo, { orgUnitId: tree.cellA1, year: 2026, dueOn: "2026-12-10" });
    const created = made.json().created as { link: string; shortCode: string }[];
    const tokens = created.map((r) => r.link.split("/").pop());
    const res = await api(t.app).as(chibo).post("/api/residence/letters", { tokens }, { host: "dangvu.tinh.vn" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("officedocument.wordprocessingml");
    expect(res.headers["content-disposition"]).toContain("giay-de-nghi-nhan-xet");
    const entries = unzipEntries(res.rawPayload);
    const xml = entries["word/document.xml"]?.toString("utf8") ?? "";
    expect(xml).toContain("GIẤY ĐỀ NGHỊ");
    expect(xml).toContain("Nguyễn Văn An");
    expect(xml).toContain("Trần Thị Bình");
    expect(xml).toContain("Chi bộ thôn Đông");
    expect(xml).toContain("10/12/2026");
    for (const item of created) {
      expect(xml).toContain(item.shortCode);
      expect(xml).toContain(`http://dangvu.tinh.vn${item.link}`);
    }
    expect(xml).toContain("http://dangvu.tinh.vn/nx");
    const images = Object.keys(entries).filter((name) => name.startsWith("word/media/"));
    expect(images).toHaveLength(2);
    const read = images.map((name) => readQrPng(entries[name] as Buffer)).sort();
    expect(read).toEqual(created.map((r) => `http://dangvu.tinh.vn${r.link}`).sort());
  });

  it("answers 404 for a token it does not know or of a member outside the subtree, 401 and 400, writing nothing", async () => {
    const { tree, chibo, coso } = c;
    await registered(coso, tree.cellA2, "Đỗ Văn Giang");
    const far = await forCell(coso, { orgUnitId: tree.cellA2, year: 2026, dueOn: "2026-12-10" });
    const farToken = far.json().created[0].link.split("/").pop();
    const before = await snapshot(t.db, tables);
    const letters = (actor: TestActor | null, body: object) =>
      api(t.app).as(actor).post("/api/residence/letters", body);
    expect((await letters(chibo, { tokens: [farToken] })).statusCode).toBe(404);
    expect((await letters(coso, { tokens: [farToken] })).statusCode).toBe(200);
    expect((await letters(chibo, { tokens: ["A".repeat(43)] })).statusCode).toBe(404);
    expect((await letters(null, { tokens: [farToken] })).statusCode).toBe(401);
    expect((await letters(c.member, { tokens: [farToken] })).statusCode).toBe(403);
    expect((await letters(chibo, { tokens: [] })).statusCode).toBe(400);
    expect(await snapshot(t.db, tables)).toBe(before);
  });
});

describe("GET /api/residence/members", () => {
  let c: Awaited<ReturnType<typeof aCommittee>>;
  beforeAll(async () => {
    c = await aCommittee(" (theo dõi)");
  });

  it("lists the members not yet registered at a residence (213-QĐ/TW) in the subtree, and exports them", async () => {
    const { tree, chibo, coso } = c;
    await registered(chibo, tree.cellA1, "Nguyễn Văn An");
    await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Trần Thị Bình" });
    await aMember(t.db, { orgUnitId: tree.cellA3, fullName: "Lê Văn Cường", status: "probationary" });
    await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Phạm Văn Dũng", status: "candidate" });
    await aMember(t.db, { orgUnitId: tree.cellB1, fullName: "Hoàng Văn Em" });
    const moved = await registered(chibo, tree.cellA1, "Vũ Thị Hoa");
    const residence = await api(t.app).as(chibo).get(`/api/members/${moved}/residence`);
    const [registration] = residence.json().registrations;
    const ended = await api(t.app).as(chibo).post(`/api/residence/registrations/${registration.id}/end`, {
      version: registration.version,
      endedOn: "2026-06-30",
    });
    expect(ended.statusCode).toBe(200);

    const all = await api(t.app).as(coso).get("/api/residence/members?missing=unregistered");
    expect(all.statusCode).toBe(200);
    // By cell (Chi bộ Thanh tra before Chi bộ Văn phòng), then by given name.
    expect(all.json().map((r: { memberName: string }) => r.memberName)).toEqual([
      "Lê Văn Cường",
      "Trần Thị Bình",
      "Vũ Thị Hoa",
    ]);
    expect(all.json()[2]).toMatchObject({ orgUnitName: "Chi bộ Văn phòng (theo dõi)", lastEndedOn: "2026-06-30" });
    const cell = await api(t.app).as(chibo).get(`/api/residence/members?missing=unregistered&orgUnitId=${tree.cellA1}`);
    expect(cell.json().map((r: { memberName: string }) => r.memberName)).toEqual(["Trần Thị Bình", "Vũ Thị Hoa"]);

    const file = await api(t.app).as(coso).get("/api/residence/members/export?missing=unregistered");
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toContain("spreadsheetml");
    const sheet = unzipEntries(file.rawPayload)["xl/sharedStrings.xml"]?.toString("utf8") ?? "";
    expect(sheet).toContain("CHƯA ĐĂNG KÝ");
    expect(sheet).toContain("Đảng bộ Sở Tài chính (theo dõi)");
    for (const name of ["Trần Thị Bình", "Lê Văn Cường", "Vũ Thị Hoa"]) expect(sheet).toContain(name);
    expect(sheet).not.toContain("Hoàng Văn Em");
  });

  it("lists the registered members not yet asked for this year's comment", async () => {
    // A committee of its own: the other tests of this block add members to theirs in any order.
    const { tree, chibo } = await aCommittee(" (chưa xin)");
    await registered(chibo, tree.cellA1, "Nguyễn Văn An");
    await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Trần Thị Bình" });
    const asked = await registered(chibo, tree.cellA1, "Bùi Văn Khoa");
    await registered(chibo, tree.cellA1, "Đặng Thị Lan");
    await registered(chibo, tree.cellA1, "Ngô Văn Minh", "introduced_exempt");
    expect(
      (await api(t.app).as(chibo).post("/api/residence/requests", { memberId: asked, year: 2026, dueOn: "2026-12-10" }))
        .statusCode,
    ).toBe(201);
    const res = await api(t.app).as(chibo).get("/api/residence/members?missing=unrequested&year=2026");
    expect(res.statusCode).toBe(200);
    const names = res.json().map((r: { memberName: string }) => r.memberName);
    // Exactly the registered members of its own committee not yet asked, by given name.
    expect(names).toEqual(["Nguyễn Văn An", "Đặng Thị Lan"]);
    expect(names).not.toContain("Bùi Văn Khoa");
    expect(names).not.toContain("Ngô Văn Minh");
    expect(names).not.toContain("Trần Thị Bình");
    expect(res.json().find((r: { memberName: string }) => r.memberName === "Đặng Thị Lan")).toMatchObject({
      residenceOrgName: "Chi bộ thôn Đông",
    });
    const lastYear = await api(t.app).as(chibo).get("/api/residence/members?missing=unrequested&year=2025");
    expect(lastYear.json().map((r: { memberName: string }) => r.memberName)).toContain("Bùi Văn Khoa");
  });

  it("answers 401, 404 outside the subtree, 400 for a bad filter, and nothing to a member", async () => {
    const { tree, chibo, member } = c;
    expect((await api(t.app).anonymous.get("/api/residence/members?missing=unregistered")).statusCode).toBe(401);
    const outside = await api(t.app)
      .as(chibo)
      .get(`/api/residence/members?missing=unregistered&orgUnitId=${tree.cellA2}`);
    expect(outside.statusCode).toBe(404);
    const bad = await api(t.app).as(chibo).get("/api/residence/members?missing=everything");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toHaveProperty("missing");
    expect((await api(t.app).as(member).get("/api/residence/members?missing=unregistered")).json()).toEqual([]);
    const exported = await api(t.app)
      .as(chibo)
      .get(`/api/residence/members/export?missing=unregistered&orgUnitId=${tree.cellA2}`);
    expect(exported.statusCode).toBe(404);
  });
});
