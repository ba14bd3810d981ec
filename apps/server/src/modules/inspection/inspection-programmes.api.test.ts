import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";
import { inspectionCases } from "../../db/schema";
import { rowsOf } from "../../db/sql";

// The year's inspection and supervision programmes (issue 11 item 1): one per unit, year and body; items with their
// case and lateness; confidential to the inspection committee.
const t = useTestApp();
let tree: StandardTree;
let inspector: TestActor;
let inspectorA: TestActor;
let coso: TestActor;
let admin: TestActor;
const tables = ["inspection_programmes", "inspection_programme_items", "audit_events"];
let year = 2000;

beforeAll(async () => {
  tree = await anOrgTree(t.db, " (chương trình)");
  inspector = await anActor(t.db, { role: "inspection", orgUnitId: tree.root });
  inspectorA = await anActor(t.db, { role: "inspection", orgUnitId: tree.baseA });
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
});

// Each test takes its own year so that the one-per-unit-year-body rule never meets another test's programme.
const programme = (over: object = {}) => ({
  orgUnitId: tree.baseA,
  year: ++year,
  body: "inspection_committee",
  title: "Chương trình kiểm tra, giám sát",
  decisionNo: "05-CTr/UBKT",
  approvedOn: "2026-01-10",
  ...over,
});
const create = async (actor: TestActor, over: object = {}) =>
  api(t.app).as(actor).post("/api/inspection/programmes", programme(over));
const created = async (over: object = {}) => {
  const res = await create(inspector, over);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};

async function refused(res: Promise<{ statusCode: number; body: string; json(): unknown }>, status: number) {
  const before = await snapshot(t.db, tables);
  const answer = await res;
  expect(answer.statusCode, answer.body).toBe(status);
  expect(await snapshot(t.db, tables)).toBe(before);
  return answer.json() as { code: string; message: string; fields: Record<string, string> };
}

async function actions(id: string): Promise<string[]> {
  const result = await t.db.execute(
    sql`select action from audit_events where entity_type = 'inspectionProgramme' and entity_id = ${id} order by seq`,
  );
  return rowsOf<{ action: string }>(result).map((r) => r.action);
}

async function aCase(itemId: string, state: string, decidedOn = "2026-03-10") {
  const id = randomUUID();
  await t.db.insert(inspectionCases).values({
    id,
    orgUnitId: tree.baseA,
    body: "inspection_committee",
    kind: "inspection_regular",
    title: "Kiểm tra chi bộ",
    decisionNo: `${id.slice(0, 6)}-QĐ/UBKT`,
    decidedOn,
    state,
    stateSince: decidedOn,
    programmeItemId: itemId,
    createdAt: new Date(),
  });
  return id;
}

describe("inspection programmes", () => {
  it("adopts a programme once per unit, year and body (409 for a second), with its audit entry", async () => {
    const p = await created({ year: 2026, orgUnitId: tree.cellA1, body: "cell" });
    expect(p).toMatchObject({
      year: 2026,
      body: "cell",
      orgUnitName: "Chi bộ Văn phòng (chương trình)",
      items: [],
      progress: { planned: 0, started: 0, concluded: 0, late: 0 },
      version: 1,
      can: { write: true },
    });
    const again = await refused(create(inspector, { year: 2026, orgUnitId: tree.cellA1, body: "cell" }), 409);
    expect(again.code).toBe("programme.exists");
    expect(again.message).toContain("2026");
    const list = (await api(t.app).as(inspector).get(`/api/inspection/programmes?orgUnitId=${tree.cellA1}`)).json();
    expect(list.map((r: { id: string }) => r.id)).toEqual([p.id]);
    expect(await actions(p.id)).toEqual(["inspection.programmeCreated"]);
    const trail = `/api/audit-events?entityType=inspectionProgramme&entityId=${p.id}`;
    const events = await api(t.app).as(inspector).get(trail);
    expect(events.statusCode, events.body).toBe(200);
    expect(events.json().map((e: { action: string }) => e.action)).toEqual(["inspection.programmeCreated"]);
    expect((await api(t.app).as(admin).get(trail)).statusCode).toBe(404);
  });

  it("refuses a body the unit has not (422): a UBKT at a cell, a standing committee at a base committee", async () => {
    const ubkt = await refused(create(inspector, { orgUnitId: tree.cellA1 }), 422);
    expect(ubkt.fields.body).toContain("không có cơ quan này");
    await refused(create(inspector, { body: "standing_committee" }), 422);
    await refused(create(inspector, { body: "cell" }), 422);
    const btv = await created({ orgUnitId: tree.root, body: "standing_committee" });
    expect(btv.body).toBe("standing_committee");
  });

  it("refuses bad input (400), anonymous (401), staff without the permission (403), outside the grant (404)", async () => {
    await refused(create(inspector, { year: 1999 }), 400);
    await refused(create(inspector, { body: "politburo" }), 400);
    await refused(create(inspector, { approvedOn: "2026-12-01" }), 422);
    expect((await api(t.app).anonymous.post("/api/inspection/programmes", programme())).statusCode).toBe(401);
    await refused(create(coso), 403);
    await refused(create(admin), 403);
    await refused(create(inspectorA, { orgUnitId: tree.baseB }), 404);
  });

  it("is confidential: 404 to the office and base staff, left out of their lists, 403 on a narrowed list", async () => {
    const p = await created();
    for (const actor of [admin, coso]) {
      expect((await api(t.app).as(actor).get(`/api/inspection/programmes/${p.id}`)).statusCode).toBe(404);
      expect((await api(t.app).as(actor).get("/api/inspection/programmes")).json()).toEqual([]);
    }
    const narrowed = await api(t.app).as(coso).get(`/api/inspection/programmes?orgUnitId=${tree.baseA}`);
    expect(narrowed.statusCode).toBe(403);
    const outside = await api(t.app).as(inspectorA).get(`/api/inspection/programmes?orgUnitId=${tree.baseB}`);
    expect(outside.statusCode).toBe(404);
    expect((await api(t.app).as(inspectorA).get(`/api/inspection/programmes/${p.id}`)).statusCode).toBe(200);
    const other = await created({ orgUnitId: tree.baseB });
    expect((await api(t.app).as(inspectorA).get(`/api/inspection/programmes/${other.id}`)).statusCode).toBe(404);
    const byYear = (await api(t.app).as(inspector).get(`/api/inspection/programmes?year=${p.year}`)).json();
    expect(byYear.map((r: { id: string }) => r.id)).toEqual([p.id]);
  });

  it("corrects a programme with its version (409 when stale)", async () => {
    const p = await created();
    const url = `/api/inspection/programmes/${p.id}`;
    const res = await api(t.app).as(inspectorA).patch(url, { version: 1, title: "Chương trình đã sửa" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ title: "Chương trình đã sửa", version: 2 });
    await refused(api(t.app).as(inspectorA).patch(url, { version: 1, title: "Cũ" }), 409);
    await refused(api(t.app).as(coso).patch(url, { version: 2, title: "Không được" }), 404);
    await refused(api(t.app).as(inspectorA).patch(url, { version: 2, title: "" }), 400);
  });

  it("plans items with their subjects; an item is late once its month passed without a case", async () => {
    const p = await created({ year: 2026, body: "committee" });
    const memberId = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Lê Văn Kiểm" });
    const url = `/api/inspection/programmes/${p.id}/items`;
    const item = (month: number, subjects: object[]) => ({
      kind: "inspection_regular",
      content: `Kiểm tra tháng ${month}`,
      subjects,
      month,
      team: "Tổ kiểm tra số 1",
    });
    const first = await api(t.app)
      .as(inspector)
      .post(url, item(3, [{ type: "member", memberId }]));
    expect(first.statusCode, first.body).toBe(201);
    await api(t.app)
      .as(inspector)
      .post(url, item(5, [{ type: "organisation", orgUnitId: tree.cellA2 }]));
    const last = await api(t.app)
      .as(inspector)
      .post(url, item(12, [{ type: "organisation", orgUnitId: tree.subA }]));
    const [march, may, december] = last.json().items;
    expect(march).toMatchObject({ month: 3, late: true, caseId: null, subjects: [{ memberName: "Lê Văn Kiểm" }] });
    expect(december).toMatchObject({ month: 12, late: false, subjects: [{ orgUnitId: tree.subA }] });
    const caseId = await aCase(may.id, "concluded");
    const shown = (await api(t.app).as(inspector).get(`/api/inspection/programmes/${p.id}`)).json();
    expect(shown.items[1]).toMatchObject({ caseId, caseState: "concluded", late: false });
    expect(shown.progress).toEqual({ planned: 3, started: 1, concluded: 1, late: 1 });
    const listed = (await api(t.app).as(inspector).get(`/api/inspection/programmes?year=2026`)).json();
    expect(listed.find((r: { id: string }) => r.id === p.id).progress).toEqual(shown.progress);
  });

  it("refuses an item's bad subjects (422), bad month (400), and writes by readers without the right", async () => {
    const p = await created();
    const url = `/api/inspection/programmes/${p.id}/items`;
    const outsider = await aMember(t.db, { orgUnitId: tree.cellB1 });
    const body = (subjects: object[], month = 4) => ({
      kind: "supervision_thematic",
      content: "Giám sát",
      subjects,
      month,
    });
    const outside = await refused(
      api(t.app)
        .as(inspector)
        .post(url, body([{ type: "member", memberId: outsider }])),
      422,
    );
    expect(outside.fields["subjects.0"]).toMatch(/^Đối tượng phải là/);
    await refused(
      api(t.app)
        .as(inspector)
        .post(url, body([{ type: "organisation", orgUnitId: tree.baseA }])),
      422,
    );
    await refused(
      api(t.app)
        .as(inspector)
        .post(url, body([{ type: "organisation", orgUnitId: tree.cellA1 }], 13)),
      400,
    );
    await refused(
      api(t.app)
        .as(coso)
        .post(url, body([{ type: "organisation", orgUnitId: tree.cellA1 }])),
      404,
    );
    await refused(api(t.app).anonymous.post(url, body([{ type: "organisation", orgUnitId: tree.cellA1 }])), 401);
  });

  it("changes and deletes items; an item a case carries out cannot be deleted (409)", async () => {
    const p = await created();
    const url = `/api/inspection/programmes/${p.id}/items`;
    const body = { kind: "inspection_regular", content: "Kiểm tra", month: 6 };
    await api(t.app)
      .as(inspector)
      .post(url, { ...body, subjects: [{ type: "organisation", orgUnitId: tree.cellA1 }] });
    const res = await api(t.app)
      .as(inspector)
      .post(url, { ...body, subjects: [{ type: "organisation", orgUnitId: tree.cellA2 }] });
    const [kept, carried] = res.json().items;
    const version = res.json().version;
    await aCase(carried.id, "verifying");
    const stale = await refused(api(t.app).as(inspector).patch(`${url}/${kept.id}`, { version: 1, month: 7 }), 409);
    expect(stale.code).toBe("version.stale");
    const changed = await api(t.app).as(inspector).patch(`${url}/${kept.id}`, { version, month: 7, team: "Tổ 2" });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().items.find((i: { id: string }) => i.id === kept.id)).toMatchObject({
      month: 7,
      team: "Tổ 2",
    });
    const blocked = await refused(api(t.app).as(inspector).delete(`${url}/${carried.id}`), 409);
    expect(blocked.code).toBe("programme.itemHasCase");
    await refused(api(t.app).as(coso).delete(`${url}/${kept.id}`), 404);
    await refused(api(t.app).as(inspector).delete(`${url}/${randomUUID()}`), 404);
    const gone = await api(t.app).as(inspector).delete(`${url}/${kept.id}`);
    expect(gone.statusCode, gone.body).toBe(200);
    expect(gone.json().items.map((i: { id: string }) => i.id)).toEqual([carried.id]);
    expect(await actions(p.id)).toEqual([
      "inspection.programmeCreated",
      "inspection.programmeItemAdded",
      "inspection.programmeItemAdded",
      "inspection.programmeItemUpdated",
      "inspection.programmeItemDeleted",
    ]);
  });
});
