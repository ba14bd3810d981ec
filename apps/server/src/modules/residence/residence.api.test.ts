import { sql } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";
import { rowsOf } from "../../db/sql";

const t = useTestApp();
let tree: StandardTree;
let coso: TestActor;
let chibo: TestActor;
let otherChibo: TestActor;
let member: TestActor;
let inspector: TestActor;
const residenceTables = ["residence_registrations", "residence_comment_requests", "audit_events"];
const place = { address: "Số 5 ngõ 12 phố Hàng Bông, Hoàn Kiếm", residenceOrgName: "Chi bộ Tổ dân phố số 3" };

// Only the tree and the actors are shared: every test makes the members and registrations it works on.
beforeAll(async () => {
  tree = await anOrgTree(t.db);
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  otherChibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA2 });
  member = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
  inspector = await anActor(t.db, { role: "inspection", orgUnitId: tree.root });
});

async function lastAuditAction() {
  const result = await t.db.execute(sql`select action from audit_events order by seq desc limit 1`);
  return rowsOf<{ action: string }>(result)[0]?.action;
}

const register = (actor: TestActor | null, memberId: string, body: object) =>
  api(t.app).as(actor).post(`/api/members/${memberId}/residence`, body);

/** A member of Chi bộ Văn phòng with one registration in force (version 1) from 2025-03-01. */
async function aRegisteredMember(fullName = "Nguyễn Văn An") {
  const memberId = await aMember(t.db, { orgUnitId: tree.cellA1, fullName });
  const res = await register(chibo, memberId, { ...place, registeredOn: "2025-03-01", case: "normal" });
  expect(res.statusCode).toBe(201);
  return { memberId, registrationId: res.json().id as string };
}

describe("POST /api/members/:id/residence", () => {
  it("registers a member's place of residence and audits it", async () => {
    const an = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Nguyễn Văn An" });
    const res = await register(chibo, an, { ...place, registeredOn: "2025-03-01", case: "normal" });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ ...place, case: "normal", endedOn: null, version: 1 });
    expect(await lastAuditAction()).toBe("residence.registered");
  });

  it("refuses a second registration in force (409) and writes nothing", async () => {
    const { memberId } = await aRegisteredMember();
    const before = await snapshot(t.db, residenceTables);
    const res = await register(chibo, memberId, { ...place, registeredOn: "2025-04-01", case: "normal" });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain("kết thúc đăng ký cũ");
    expect(await snapshot(t.db, residenceTables)).toBe(before);
  });

  it("rejects bad input with the field named (400) and writes nothing", async () => {
    const binh = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Trần Thị Bình" });
    const before = await snapshot(t.db, residenceTables);
    const res = await register(chibo, binh, { ...place, registeredOn: "2025-02-30", case: "sometimes" });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().fields).sort()).toEqual(["case", "registeredOn"]);
    expect(await snapshot(t.db, residenceTables)).toBe(before);
  });

  it("needs a session (401), the write permission (403: the inspection committee only reads) and the member in the subtree (404)", async () => {
    const binh = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Trần Thị Bình" });
    const body = { ...place, registeredOn: "2025-03-01", case: "normal" };
    const before = await snapshot(t.db, residenceTables);
    expect((await register(null, binh, body)).statusCode).toBe(401);
    expect((await register(inspector, binh, body)).statusCode).toBe(403);
    expect((await register(otherChibo, binh, body)).statusCode).toBe(404);
    expect(await snapshot(t.db, residenceTables)).toBe(before);
  });
});

describe("GET /api/members/:id/residence", () => {
  it("lists the registrations and requests with what the user may do", async () => {
    const { memberId, registrationId } = await aRegisteredMember();
    const asked = await api(t.app)
      .as(chibo)
      .post("/api/residence/requests", { memberId, year: 2026, dueOn: "2026-12-10" });
    expect(asked.statusCode).toBe(201);
    const res = await api(t.app).as(coso).get(`/api/members/${memberId}/residence`);
    expect(res.statusCode).toBe(200);
    expect(res.json().registrations).toMatchObject([{ id: registrationId, memberId, ...place }]);
    expect(res.json().requests).toMatchObject([{ id: asked.json().request.id, year: 2026, status: "requested" }]);
    expect(res.json().can).toEqual({ write: true });
    expect((await api(t.app).as(inspector).get(`/api/members/${memberId}/residence`)).json().can).toEqual({
      write: false,
    });
  });

  it("answers 401 without a session and 404 outside the subtree", async () => {
    const { memberId: an } = await aRegisteredMember();
    expect((await api(t.app).anonymous.get(`/api/members/${an}/residence`)).statusCode).toBe(401);
    expect((await api(t.app).as(otherChibo).get(`/api/members/${an}/residence`)).statusCode).toBe(404);
    expect((await api(t.app).as(member).get(`/api/members/${an}/residence`)).statusCode).toBe(404);
  });
});

describe("PATCH /api/residence/registrations/:id and ending", () => {
  it("corrects a registration and refuses a stale version (409)", async () => {
    const { registrationId: id } = await aRegisteredMember();
    const res = await api(t.app)
      .as(chibo)
      .patch(`/api/residence/registrations/${id}`, { version: 1, address: "Số 7 phố Hàng Bông" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ address: "Số 7 phố Hàng Bông", version: 2 });
    const before = await snapshot(t.db, residenceTables);
    const stale = await api(t.app).as(chibo).patch(`/api/residence/registrations/${id}`, { version: 1, address: "X" });
    expect(stale.statusCode).toBe(409);
    expect(await snapshot(t.db, residenceTables)).toBe(before);
  });

  it("refuses 401, 403, 404 and bad input without writing", async () => {
    const { registrationId: id } = await aRegisteredMember();
    const url = `/api/residence/registrations/${id}`;
    const before = await snapshot(t.db, residenceTables);
    expect((await api(t.app).anonymous.patch(url, { version: 1, address: "X" })).statusCode).toBe(401);
    expect((await api(t.app).as(inspector).patch(url, { version: 1, address: "X" })).statusCode).toBe(403);
    expect((await api(t.app).as(otherChibo).patch(url, { version: 1, address: "X" })).statusCode).toBe(404);
    expect((await api(t.app).as(chibo).patch(url, { version: 1, address: "" })).statusCode).toBe(400);
    expect((await api(t.app).as(chibo).post(`${url}/end`, { version: 1, endedOn: "2024-01-01" })).statusCode).toBe(422);
    expect(await snapshot(t.db, residenceTables)).toBe(before);
  });

  it("downloads the introduction letter as .docx with the member's name", async () => {
    const { registrationId: id } = await aRegisteredMember("Nguyễn Văn An");
    const res = await api(t.app).as(chibo).get(`/api/residence/registrations/${id}/letter`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("wordprocessingml.document");
    expect(res.headers["content-disposition"]).toContain("attachment; filename*=UTF-8''giay-gioi-thieu-nguyen-van-an");
    const xml = strFromU8(unzipSync(new Uint8Array(res.rawPayload))["word/document.xml"] as Uint8Array);
    expect(xml).toContain("Nguyễn Văn An");
    expect(xml).toContain("GIẤY GIỚI THIỆU");
    expect(xml).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(xml).toContain("T/M CHI ỦY");
    expect((await api(t.app).as(otherChibo).get(`/api/residence/registrations/${id}/letter`)).statusCode).toBe(404);
    expect((await api(t.app).anonymous.get(`/api/residence/registrations/${id}/letter`)).statusCode).toBe(401);
  });

  it("ends a registration, after which a new place can be registered", async () => {
    const { memberId, registrationId: id } = await aRegisteredMember();
    const before = await snapshot(t.db, residenceTables);
    const early = await register(chibo, memberId, { ...place, registeredOn: "2026-07-01", case: "normal" });
    expect(early.statusCode).toBe(409);
    expect(await snapshot(t.db, residenceTables)).toBe(before);
    const ended = await api(t.app)
      .as(chibo)
      .post(`/api/residence/registrations/${id}/end`, { version: 1, endedOn: "2026-06-30" });
    expect(ended.statusCode).toBe(200);
    expect(ended.json().endedOn).toBe("2026-06-30");
    const again = await register(chibo, memberId, { ...place, registeredOn: "2026-07-01", case: "normal" });
    expect(again.statusCode).toBe(201);
  });
});
