import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";
import { memberDisciplines } from "./index";

// Discipline on the member's record (issue 9 item 3): reprimand, warning, dismissal; a probationary member only the
// first two (69-QĐ/TW Điều 7). POST /api/members/:id/events with kind "discipline".
const t = useTestApp();
let tree: StandardTree;
let chibo: TestActor;
const tables = ["members", "member_events", "memberships", "audit_events"];

beforeAll(async () => {
  tree = await anOrgTree(t.db, " (kỷ luật)");
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
});

const post = (id: string, body: object) => api(t.app).as(chibo).post(`/api/members/${id}/events`, body);
const discipline = (over: object = {}) => ({
  kind: "discipline",
  form: "warning",
  decisionNo: "15-QĐ/UBKT",
  decidedOn: "2026-10-05",
  decidingBody: "Ủy ban Kiểm tra Đảng ủy phường",
  note: "Vi phạm quy định về những điều đảng viên không được làm",
  ...over,
});

describe("discipline on the member's record", () => {
  it("records a warning on a full member's timeline and lends it to other modules", async () => {
    const id = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Lò Văn Kỷ" });
    const res = await post(id, discipline());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe("full");
    const timeline = (await api(t.app).as(chibo).get(`/api/members/${id}/events`)).json();
    expect(timeline.at(-1)).toMatchObject({
      kind: "discipline",
      occurredOn: "2026-10-05",
      decisionNo: "15-QĐ/UBKT",
      details: { form: "warning", decidingBody: "Ủy ban Kiểm tra Đảng ủy phường" },
    });
    expect(await memberDisciplines(t.db, [id])).toEqual([{ memberId: id, form: "warning", decidedOn: "2026-10-05" }]);
    expect(await memberDisciplines(t.db, [])).toEqual([]);
  });

  it("reprimands a probationary member but refuses to dismiss one (69-QĐ/TW Điều 7), writing nothing", async () => {
    const id = await aMember(t.db, {
      orgUnitId: tree.cellA1,
      status: "probationary",
      admissionDecidedOn: "2026-03-02",
      ceremonyOn: "2026-03-16",
    });
    const before = await snapshot(t.db, tables);
    const res = await post(id, discipline({ form: "dismissal" }));
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().message).toContain("Quy định 69-QĐ/TW, Điều 7");
    expect(res.json().fields.form).toBeDefined();
    expect(await snapshot(t.db, tables)).toBe(before);
    expect(await memberDisciplines(t.db, [id])).toEqual([]);
    expect((await post(id, discipline({ form: "reprimand" }))).statusCode).toBe(200);
    expect(await memberDisciplines(t.db, [id])).toEqual([{ memberId: id, form: "reprimand", decidedOn: "2026-10-05" }]);
  });

  it("refuses an unknown form or a missing deciding body with 400, writing nothing", async () => {
    const id = await aMember(t.db, { orgUnitId: tree.cellA1 });
    const before = await snapshot(t.db, tables);
    expect((await post(id, discipline({ form: "expulsion" }))).statusCode).toBe(400);
    expect((await post(id, discipline({ decidingBody: "" }))).statusCode).toBe(400);
    expect(await snapshot(t.db, tables)).toBe(before);
  });

  it("refuses a member who has left the Party", async () => {
    const id = await aMember(t.db, { orgUnitId: tree.cellA1 });
    expect((await post(id, { kind: "resignation", decisionNo: "3-QĐ/ĐU", decidedOn: "2026-09-01" })).statusCode).toBe(
      200,
    );
    const res = await post(id, discipline());
    expect(res.statusCode).toBe(422);
  });
});
