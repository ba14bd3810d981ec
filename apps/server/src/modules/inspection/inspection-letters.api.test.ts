import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";
import { disciplineActions } from "../../db/schema";

// Letters (đơn thư), issue 11 item 3: receiving and classifying, the confidential list and record, the register.
const t = useTestApp();
let tree: StandardTree;
let inspector: TestActor;
let inspectorB: TestActor;
let admin: TestActor;
let coso: TestActor;
const tables = ["inspection_letters", "audit_events"];

beforeAll(async () => {
  tree = await anOrgTree(t.db, " (đơn thư)");
  inspector = await anActor(t.db, { role: "inspection", orgUnitId: tree.root });
  inspectorB = await anActor(t.db, { role: "inspection", orgUnitId: tree.baseB });
  admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
});

const letter = (over: object = {}) => ({
  orgUnitId: tree.baseA,
  receivedOn: "2026-11-02",
  kind: "denunciation",
  identity: "named",
  senderName: "Nguyễn Văn Bình",
  senderAddress: "12 Trần Phú, phường Thành Sen",
  summary: "Tố cáo việc kê khai tài sản không trung thực",
  ...over,
});
const receive = (actor: TestActor, over: object = {}) =>
  api(t.app).as(actor).post("/api/inspection/letters", letter(over));

async function refused(res: Promise<{ statusCode: number; body: string; json(): unknown }>, status: number) {
  const before = await snapshot(t.db, tables);
  const answer = await res;
  expect(answer.statusCode, answer.body).toBe(status);
  expect(await snapshot(t.db, tables)).toBe(before);
  return answer.json() as { code: string; message: string; fields: Record<string, string> };
}

describe("receiving a letter", () => {
  it("receives a named letter with its deadline 90 days on, about a member of the subtree", async () => {
    const memberId = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Trần Văn Tố" });
    const res = await receive(inspector, { subjects: [{ type: "member", memberId }], sharedWithRoles: [] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: "received",
      dueOn: "2027-01-31",
      overdue: false,
      filedReason: null,
      senderName: "Nguyễn Văn Bình",
      subjects: [{ type: "member", memberId, memberName: "Trần Văn Tố", orgUnitId: tree.cellA1 }],
      can: { write: true },
      version: 1,
    });
  });

  it("files an anonymous letter without action and without a deadline", async () => {
    const res = await receive(inspector, { identity: "anonymous", senderName: undefined, senderAddress: undefined });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: "filed", dueOn: null, overdue: false, senderName: null });
    expect(res.json().filedReason).toContain("nặc danh");
    const noAddress = await receive(inspector, { identity: "no_address", senderAddress: undefined });
    expect(noAddress.json()).toMatchObject({ status: "filed", dueOn: null });
  });

  it("refuses a named letter without its sender's name or address, a future date, a subject outside", async () => {
    expect((await refused(receive(inspector, { senderName: "" }), 422)).fields.senderName).toBeDefined();
    expect((await refused(receive(inspector, { senderAddress: undefined }), 422)).fields.senderAddress).toBeDefined();
    expect((await refused(receive(inspector, { receivedOn: "2026-11-24" }), 422)).fields.receivedOn).toBeDefined();
    const outside = [{ type: "organisation", orgUnitId: tree.cellB1 }];
    expect((await refused(receive(inspector, { subjects: outside }), 422)).fields["subjects.0"]).toBeDefined();
    await refused(receive(inspector, { kind: "rumour" }), 400);
    await refused(receive(inspector, { summary: "" }), 400);
    await refused(receive(inspector, { receivedOn: "2026-02-30" }), 400);
  });

  it("refuses anyone without the inspection committee's rights there: 401, 403 to the office, 404 outside", async () => {
    await refused(api(t.app).anonymous.post("/api/inspection/letters", letter()), 401);
    await refused(receive(admin), 403);
    await refused(receive(coso), 403);
    await refused(receive(inspectorB), 404);
  });

  it("links a complaint to a discipline decision the reader may read, and to nothing else", async () => {
    const id = randomUUID();
    await t.db.insert(disciplineActions).values({
      id,
      subjectType: "member",
      memberId: await aMember(t.db, { orgUnitId: tree.cellA2 }),
      subjectUnitId: tree.cellA2,
      decidingUnitId: tree.baseA,
      decidingBody: "committee",
      violation: "Vi phạm quy định về những điều đảng viên không được làm",
      violationGroup: "other",
      violationFrom: "2026-01-10",
      proposedForm: "reprimand",
      proposedBy: "Chi bộ",
      proposedOn: "2026-06-01",
      status: "decided",
      form: "reprimand",
      decisionNo: "15-QĐ/ĐU",
      decidedOn: "2026-07-01",
      createdAt: new Date(),
    });
    const complaint = { kind: "complaint", disciplineId: id };
    const res = await receive(inspector, complaint);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().disciplineId).toBe(id);
    await refused(receive(inspectorB, { ...complaint, orgUnitId: tree.baseB }), 404);
    await refused(receive(inspector, { ...complaint, disciplineId: randomUUID() }), 404);
    expect((await refused(receive(inspector, { disciplineId: id }), 422)).fields.disciplineId).toBeDefined();
  });
});

describe("reading letters", () => {
  it("records every opening and lists them with the letter", async () => {
    const id = (await receive(inspector, { summary: "Đơn được mở hai lần" })).json().id;
    const first = await api(t.app).as(inspector).get(`/api/inspection/letters/${id}`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().openings).toHaveLength(1);
    const second = (await api(t.app).as(inspector).get(`/api/inspection/letters/${id}`)).json();
    expect(second.openings).toHaveLength(2);
    expect(second.openings[0].byName).toContain("Người dùng");
    const trail = await api(t.app).as(inspector).get(`/api/audit-events?entityType=inspectionLetter&entityId=${id}`);
    expect(trail.statusCode, trail.body).toBe(200);
    expect(trail.json().map((e: { action: string }) => e.action)).toEqual([
      "inspectionLetter.received",
      "inspectionLetter.opened",
      "inspectionLetter.opened",
    ]);
    const hidden = await api(t.app).as(admin).get(`/api/audit-events?entityType=inspectionLetter&entityId=${id}`);
    expect(hidden.statusCode).toBe(404);
    expect((await api(t.app).anonymous.get(`/api/inspection/letters/${id}`)).statusCode).toBe(401);
    expect((await api(t.app).as(inspector).get(`/api/inspection/letters/${randomUUID()}`)).statusCode).toBe(404);
    expect((await api(t.app).as(inspector).get("/api/inspection/letters/not-an-id")).statusCode).toBe(400);
  });

  it("hides a letter from the office admin and the base committee's staff (404), in lists too", async () => {
    const id = (await receive(inspector, { summary: "Đơn kín của Sở Tài chính" })).json().id;
    const before = await snapshot(t.db, tables);
    for (const actor of [admin, coso, inspectorB])
      expect((await api(t.app).as(actor).get(`/api/inspection/letters/${id}`)).statusCode).toBe(404);
    expect(await snapshot(t.db, tables)).toBe(before);
    const listed = (await api(t.app).as(admin).get("/api/inspection/letters?q=don kin")).json();
    expect(listed.items.map((l: { id: string }) => l.id)).not.toContain(id);
    expect((await api(t.app).as(coso).get(`/api/inspection/letters?orgUnitId=${tree.baseA}`)).statusCode).toBe(403);
    expect((await api(t.app).as(inspectorB).get(`/api/inspection/letters?orgUnitId=${tree.baseA}`)).statusCode).toBe(
      404,
    );
  });

  it("lets the roles a letter names read it, not change it (403)", async () => {
    const id = (
      await receive(inspector, { summary: "Đơn chia sẻ với văn phòng cơ sở", sharedWithRoles: ["grassroots_staff"] })
    ).json().id;
    const read = await api(t.app).as(coso).get(`/api/inspection/letters/${id}`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({ can: { write: false }, sharedWithRoles: ["grassroots_staff"] });
    const listed = (await api(t.app).as(coso).get("/api/inspection/letters?q=chia se")).json();
    expect(listed.items.map((l: { id: string }) => l.id)).toEqual([id]);
    await refused(
      api(t.app)
        .as(coso)
        .post(`/api/inspection/letters/${id}/actions`, { action: "take", version: 1, on: "2026-11-20" }),
      403,
    );
    expect((await api(t.app).as(admin).get(`/api/inspection/letters/${id}`)).statusCode).toBe(404);
  });

  it("lists by year, kind, status, lateness and text within a subtree, the latest first; exports .xlsx", async () => {
    const tag = randomUUID().slice(0, 6);
    await receive(inspector, { receivedOn: "2026-03-02", summary: `Đơn quá hạn ${tag}` });
    await receive(inspector, { receivedOn: "2026-11-10", kind: "petition", summary: `Kiến nghị ${tag}` });
    const lastYear = { receivedOn: "2025-12-01", identity: "false_name", senderName: `Lê Thị ${tag}` };
    await receive(inspector, { ...lastYear, summary: "Đơn năm trước" });
    const list = async (query: string) => {
      const res = await api(t.app).as(inspector).get(`/api/inspection/letters?orgUnitId=${tree.baseA}&${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { items: { summary: string; overdue: boolean }[]; total: number };
    };
    const all = await list(`q=${tag}`);
    expect(all.items.map((l) => l.summary)).toEqual([`Kiến nghị ${tag}`, `Đơn quá hạn ${tag}`, "Đơn năm trước"]);
    expect((await list(`q=${tag}&year=2026`)).total).toBe(2);
    expect((await list(`q=${tag}&kind=petition`)).items.map((l) => l.summary)).toEqual([`Kiến nghị ${tag}`]);
    expect((await list(`q=${tag}&overdue=true`)).items).toMatchObject([
      { summary: `Đơn quá hạn ${tag}`, overdue: true },
    ]);
    expect((await list(`q=${tag}&status=filed`)).items.map((l) => l.summary)).toEqual(["Đơn năm trước"]);
    expect((await list(`q=${tag}&page=2&pageSize=2`)).items).toHaveLength(1);
    expect((await api(t.app).as(inspector).get("/api/inspection/letters?kind=rumour")).statusCode).toBe(400);
    expect((await api(t.app).anonymous.get("/api/inspection/letters")).statusCode).toBe(401);
    expect((await api(t.app).as(inspectorB).get(`/api/inspection/letters?q=${tag}`)).json().total).toBe(0);
    const file = await api(t.app).as(inspector).get(`/api/inspection/letters/export?orgUnitId=${tree.baseA}&year=2026`);
    expect(file.statusCode, file.body).toBe(200);
    expect(file.headers["content-type"]).toContain("spreadsheetml");
    expect(file.rawPayload.subarray(0, 2).toString()).toBe("PK");
    expect((await api(t.app).as(admin).get(`/api/inspection/letters/export?orgUnitId=${tree.baseA}`)).statusCode).toBe(
      403,
    );
    const exported = (query: string, actor: TestActor | null) =>
      (actor ? api(t.app).as(actor) : api(t.app).anonymous).get(`/api/inspection/letters/export?${query}`);
    expect((await exported(`orgUnitId=${tree.baseA}`, inspectorB)).statusCode).toBe(404);
    expect((await exported("status=lost", inspector)).statusCode).toBe(400);
    expect((await exported("", null)).statusCode).toBe(401);
  });

  it("reminds the inspection committee of a letter coming due or late, without its sender or content", async () => {
    const base = await anOrgTree(t.db, " (nhắc đơn thư)");
    const reader = await anActor(t.db, { role: "inspection", orgUnitId: base.baseA });
    const office = await anActor(t.db, { role: "admin", orgUnitId: base.root });
    const at = { orgUnitId: base.baseA, summary: "Nội dung bí mật" };
    await receive(reader, { ...at, receivedOn: "2026-08-30" });
    await receive(reader, { ...at, receivedOn: "2026-08-20" });
    await receive(reader, { ...at, receivedOn: "2026-10-01" });
    const letterReminders = async (actor: TestActor) => {
      const res = await api(t.app).as(actor).get(`/api/reminders?orgUnitId=${base.baseA}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().filter((r: { kind: string }) => r.kind === "letter_due");
    };
    const mine = await letterReminders(reader);
    expect(mine).toMatchObject([
      { dueOn: "2026-11-18", overdue: true, orgUnitId: base.baseA },
      { dueOn: "2026-11-28", overdue: false },
    ]);
    expect(mine[1].message).toContain("Đơn thư nhận ngày 30/08/2026");
    expect(JSON.stringify(mine)).not.toContain("bí mật");
    expect(JSON.stringify(mine)).not.toContain("Bình");
    expect(await letterReminders(office)).toEqual([]);
  });
});
