import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";
import { addWorkingDays } from "../../rules/calendar";
import { loadCalendar } from "../../rules/lifecycle-settings";

// Inspection and supervision cases (issue 11 items 2 and 5): opening, confidentiality, openings audited, steps.
const t = useTestApp();
let tree: StandardTree;
let inspector: TestActor;
let inspectorB: TestActor;
let admin: TestActor;
let coso: TestActor;
let chibo: TestActor;
let memberA: string;
let memberB: string;
const tables = ["inspection_cases", "inspection_case_subjects", "inspection_case_steps", "audit_events"];
let numbers = 0;

beforeAll(async () => {
  tree = await anOrgTree(t.db, " (kiểm tra)");
  inspector = await anActor(t.db, { role: "inspection", orgUnitId: tree.root }, `mai${Date.now()}`);
  inspectorB = await anActor(t.db, { role: "inspection", orgUnitId: tree.baseB });
  admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  memberA = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Lê Văn Kiểm" });
  memberB = await aMember(t.db, { orgUnitId: tree.cellB1, fullName: "Đỗ Thị Bê" });
});

const aCase = (over: object = {}) => ({
  orgUnitId: tree.baseA,
  body: "inspection_committee",
  kind: "inspection_suspected",
  title: "Kiểm tra đảng viên khi có dấu hiệu vi phạm",
  subjects: [{ type: "member", memberId: memberA }],
  decisionNo: `${++numbers}-QĐ/UBKT`,
  decidedOn: "2026-11-02",
  ...over,
});
const open = async (over: object = {}, actor = inspector) => {
  const res = await api(t.app).as(actor).post("/api/inspection/cases", aCase(over));
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

describe("opening a case", () => {
  it("opens a case on the decision, its first step due in working days by the holiday calendar", async () => {
    const c = await open({
      subjects: [
        { type: "member", memberId: memberA },
        { type: "organisation", orgUnitId: tree.cellA1 },
      ],
    });
    expect(c).toMatchObject({ state: "decided", stateSince: "2026-11-02", can: { write: true }, overdue: true });
    expect(c.subjects.map((s: { memberName: string; orgUnitName: string }) => s.memberName ?? s.orgUnitName)).toEqual([
      "Lê Văn Kiểm",
      expect.stringContaining("Chi bộ"),
    ]);
    expect(c.stepDueOn).toBe(addWorkingDays("2026-11-02", 10, await loadCalendar(t.db)));
    expect(c.nextActions).toEqual(["form_team"]);
  });

  it("refuses a body the unit does not have, a subject outside it, a decision in the future, a limit before it", async () => {
    let e = await refused(
      api(t.app)
        .as(inspector)
        .post("/api/inspection/cases", aCase({ body: "standing_committee" })),
      422,
    );
    expect(e.code).toBe("inspection.bodyNotAtUnit");
    expect(e.fields.body).toBeTruthy();
    expect(e.message).toContain("Ban Thường vụ");
    e = await refused(
      api(t.app)
        .as(inspector)
        .post("/api/inspection/cases", aCase({ subjects: [{ type: "member", memberId: memberB }] })),
      422,
    );
    expect(e.code).toBe("inspection.subjectOutside");
    expect(e.fields["subjects.0"]).toBeTruthy();
    e = await refused(
      api(t.app)
        .as(inspector)
        .post("/api/inspection/cases", aCase({ decidedOn: "2026-12-01" })),
      422,
    );
    expect(e.code).toBe("case.decidedInFuture");
    expect(e.fields.decidedOn).toBeTruthy();
    e = await refused(
      api(t.app)
        .as(inspector)
        .post("/api/inspection/cases", aCase({ dueOn: "2026-10-01" })),
      422,
    );
    expect(e.code).toBe("case.dueBeforeDecision");
    expect(e.fields.dueOn).toBeTruthy();
    e = await refused(
      api(t.app)
        .as(inspector)
        .post("/api/inspection/cases", aCase({ title: "" })),
      400,
    );
    e = await refused(
      api(t.app)
        .as(inspector)
        .post("/api/inspection/cases", aCase({ subjects: [{ type: "organisation", orgUnitId: tree.baseA }] })),
      422,
    );
    expect(e.code).toBe("inspection.subjectOutside");
    expect(e.fields["subjects.0"]).toBeTruthy();
  });

  it("refuses a decision number the unit used that year (409), not one of another year", async () => {
    await open({ decisionNo: "77-QĐ/UBKT" });
    const e = await refused(
      api(t.app)
        .as(inspector)
        .post("/api/inspection/cases", aCase({ decisionNo: "77-qđ/ubkt" })),
      409,
    );
    expect(e.code).toBe("case.decisionTaken");
    await open({ decisionNo: "77-QĐ/UBKT", decidedOn: "2025-03-03" });
  });

  it("is the inspection committee's: 401 signed out, 403 to open one for the office and base staff, 404 to read", async () => {
    await refused(api(t.app).anonymous.post("/api/inspection/cases", aCase()), 401);
    for (const actor of [admin, coso]) await refused(api(t.app).as(actor).post("/api/inspection/cases", aCase()), 403);
    await refused(api(t.app).as(chibo).post("/api/inspection/cases", aCase()), 404);
    await refused(api(t.app).as(inspectorB).post("/api/inspection/cases", aCase()), 404);
    const c = await open();
    for (const actor of [admin, coso, chibo, inspectorB])
      expect((await api(t.app).as(actor).get(`/api/inspection/cases/${c.id}`)).statusCode).toBe(404);
    expect((await api(t.app).anonymous.get(`/api/inspection/cases/${c.id}`)).statusCode).toBe(401);
  });
});

describe("confidentiality", () => {
  it("records every opening and lists it on the case", async () => {
    const c = await open();
    await api(t.app).as(inspector).get(`/api/inspection/cases/${c.id}`);
    const second = (await api(t.app).as(inspector).get(`/api/inspection/cases/${c.id}`)).json();
    expect(second.openings).toHaveLength(2);
    expect(second.openings[0].byName).toBe(`Người dùng ${inspector.username}`);
    const history = (
      await api(t.app).as(inspector).get(`/api/audit-events?entityType=inspectionCase&entityId=${c.id}`)
    ).json();
    expect(history.filter((e: { action: string }) => e.action === "inspectionCase.opened")).toHaveLength(2);
  });

  it("lets a role the case names read it, not change it; the base secretary reads it only when named", async () => {
    const hidden = await open();
    const shared = await open({ sharedWithRoles: ["grassroots_staff"] });
    expect((await api(t.app).as(coso).get(`/api/inspection/cases/${hidden.id}`)).statusCode).toBe(404);
    const read = await api(t.app).as(coso).get(`/api/inspection/cases/${shared.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().can.write).toBe(false);
    await refused(
      api(t.app).as(coso).patch(`/api/inspection/cases/${shared.id}`, { version: shared.version, title: "Sửa" }),
      403,
    );
    await refused(
      api(t.app).as(coso).post(`/api/inspection/cases/${shared.id}/steps`, {
        action: "form_team",
        version: shared.version,
        on: "2026-11-03",
        leader: "A",
        team: "B",
      }),
      403,
    );
    const list = (await api(t.app).as(coso).get("/api/inspection/cases?pageSize=200")).json();
    const ids = list.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(shared.id);
    expect(ids).not.toContain(hidden.id);
    expect((await api(t.app).as(coso).get(`/api/inspection/cases?orgUnitId=${tree.baseA}`)).statusCode).toBe(403);
    expect((await api(t.app).as(admin).get("/api/inspection/cases")).json().items).toHaveLength(0);
  });

  it("lists, filters and exports for the inspection committee; another base's committee sees none of it", async () => {
    const c = await open({ title: "Giám sát chuyên đề zqlist", kind: "supervision_thematic" });
    const mine = (await api(t.app).as(inspector).get(`/api/inspection/cases?orgUnitId=${tree.baseA}&q=zqlist`)).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([c.id]);
    expect(mine.items[0]).toMatchObject({ subjectNames: "Lê Văn Kiểm", overdue: true });
    const byName = (
      await api(t.app).as(inspector).get("/api/inspection/cases?q=Kiểm&kind=supervision_thematic")
    ).json();
    expect(byName.items.map((i: { id: string }) => i.id)).toContain(c.id);
    expect((await api(t.app).as(inspectorB).get("/api/inspection/cases?q=zqlist")).json().items).toHaveLength(0);
    expect((await api(t.app).as(inspectorB).get(`/api/inspection/cases?orgUnitId=${tree.baseA}`)).statusCode).toBe(404);
    const file = await api(t.app)
      .as(inspector)
      .get(`/api/inspection/cases/export.xlsx?orgUnitId=${tree.baseA}&q=zqlist`);
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toContain("spreadsheetml");
  });
});

describe("documents of a case", () => {
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
  const upload = (actor: TestActor, id: string, fileName: string, content: Buffer) => {
    const boundary = "----case-document";
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
    return t.app.inject({
      method: "POST",
      url: `/api/inspection/cases/${id}/documents`,
      payload: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
      headers: {
        "content-type": `multipart/form-data; boundary=${boundary}`,
        cookie: actor.cookie,
        "x-csrf-token": actor.csrfToken,
      },
    });
  };

  it("attaches a decision and sends it back to its readers only; refuses a disguised file", async () => {
    const c = await open();
    const res = await upload(inspector, c.id, "Quyết định kiểm tra.pdf", pdf);
    expect(res.statusCode, res.body).toBe(201);
    const doc = res.json().documents[0];
    expect(doc).toMatchObject({
      fileName: "Quyết định kiểm tra.pdf",
      uploadedByName: `Người dùng ${inspector.username}`,
    });
    const back = await api(t.app).as(inspector).get(`/api/inspection/cases/${c.id}/documents/${doc.id}`);
    expect(back.rawPayload.equals(pdf)).toBe(true);
    expect((await api(t.app).as(coso).get(`/api/inspection/cases/${c.id}/documents/${doc.id}`)).statusCode).toBe(404);
    const e = await refused(upload(inspector, c.id, "a.pdf", Buffer.from("MZ not a pdf")), 422);
    expect(e.code).toBe("case.documentType");
    expect(e.fields.file).toBeTruthy();
    await refused(upload(coso, c.id, "b.pdf", pdf), 404);
  });
});
