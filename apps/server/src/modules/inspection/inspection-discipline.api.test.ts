import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";
import { inspectionCases } from "../../db/schema";

// Discipline proposals (issue 11 item 4; domain.md §7.3): POST, GET list and GET one under /api/inspection/discipline.
const t = useTestApp();
let tree: StandardTree;
let inspector: TestActor;
let inspectorB: TestActor;
let admin: TestActor;
let coso: TestActor;
let member: string;
let probationary: string;
const tables = ["discipline_actions", "discipline_complaints", "members", "member_events", "audit_events"];

beforeAll(async () => {
  tree = await anOrgTree(t.db, " (đề nghị kỷ luật)");
  inspector = await anActor(t.db, { role: "inspection", orgUnitId: tree.root });
  inspectorB = await anActor(t.db, { role: "inspection", orgUnitId: tree.baseB });
  admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  member = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Đinh Văn Đề" });
  probationary = await aMember(t.db, {
    orgUnitId: tree.cellA1,
    fullName: "Lý Thị Dự",
    status: "probationary",
    admissionDecidedOn: "2026-03-02",
  });
});

const proposal = (over: object = {}) => ({
  subjectType: "member",
  memberId: member,
  orgUnitId: tree.root,
  decidingBody: "inspection_committee",
  violation: "Vi phạm quy định về những điều đảng viên không được làm",
  violationGroup: "ordinary",
  violationFrom: "2026-02-10",
  proposedForm: "warning",
  proposedBy: "Đoàn kiểm tra số 2",
  proposedOn: "2026-11-02",
  ...over,
});
const propose = (actor: TestActor, over: object = {}) =>
  api(t.app).as(actor).post("/api/inspection/discipline", proposal(over));

async function refused(res: Promise<{ statusCode: number; body: string; json(): unknown }>, status: number) {
  const before = await snapshot(t.db, tables);
  const answer = await res;
  expect(answer.statusCode, answer.body).toBe(status);
  expect(await snapshot(t.db, tables)).toBe(before);
  return answer.json() as { code: string; message: string; fields: Record<string, string> };
}

describe("POST /api/inspection/discipline", () => {
  it("proposes a warning for a member, stored with the member's cell, audited", async () => {
    const res = await propose(inspector);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      subjectType: "member",
      memberId: member,
      memberName: "Đinh Văn Đề",
      subjectUnitId: tree.cellA1,
      subjectUnitName: "Chi bộ Văn phòng (đề nghị kỷ luật)",
      orgUnitId: tree.root,
      status: "proposed",
      form: null,
      limitationEndsOn: "2036-02-09",
      complaints: [],
      can: { write: true },
    });
    const audit = await api(t.app)
      .as(inspector)
      .get(`/api/audit-events?entityType=discipline&entityId=${res.json().id}`);
    expect(JSON.stringify(audit.json())).toContain("discipline.proposed");
  });

  it("proposes the dissolution of an organisation strictly below the deciding unit, not of the unit itself", async () => {
    const res = await propose(inspector, {
      subjectType: "organisation",
      memberId: undefined,
      subjectUnitId: tree.cellB1,
      orgUnitId: tree.baseB,
      decidingBody: "committee",
      proposedForm: "dissolution",
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ memberId: null, subjectUnitId: tree.cellB1, limitationEndsOn: null });
    const own = await refused(
      propose(inspector, { subjectType: "organisation", subjectUnitId: tree.baseB, orgUnitId: tree.baseB }),
      422,
    );
    expect([own.code, Boolean(own.fields.subjectUnitId)]).toEqual(["discipline.organisationNotBelow", true]);
    const aside = await refused(
      propose(inspector, { subjectType: "organisation", subjectUnitId: tree.cellA1, orgUnitId: tree.baseB }),
      422,
    );
    expect(aside.code).toBe("discipline.organisationNotBelow");
  });

  it("refuses a form the subject does not allow, naming the rule: a probationary member only reprimand or warning", async () => {
    for (const form of ["expulsion", "dismissal"]) {
      const body = await refused(propose(inspector, { memberId: probationary, proposedForm: form }), 422);
      expect(body.code).toBe("discipline.formNotForSubject");
      expect(body.message).toContain("đảng viên dự bị chỉ có thể bị khiển trách, cảnh cáo");
      expect(body.message).toContain("Quy định 69-QĐ/TW, Điều 7");
      expect(body.fields.proposedForm).toBeDefined();
    }
    const org = await refused(
      propose(inspector, { subjectType: "organisation", subjectUnitId: tree.cellA1, proposedForm: "expulsion" }),
      422,
    );
    expect(org.message).toContain("tổ chức đảng");
    expect((await propose(inspector, { memberId: probationary, proposedForm: "reprimand" })).statusCode).toBe(201);
  });

  it("cites a concluded case the actor may write, not one still being verified", async () => {
    const aCase = async (state: string) => {
      const id = randomUUID();
      await t.db.insert(inspectionCases).values({
        id,
        orgUnitId: tree.baseA,
        body: "committee",
        kind: "inspection_suspected",
        title: "Kiểm tra khi có dấu hiệu vi phạm",
        decisionNo: `${id.slice(0, 6)}-QĐ/KT`,
        decidedOn: "2026-09-01",
        state,
        stateSince: "2026-10-15",
        createdAt: new Date(),
      });
      return id;
    };
    const concluded = await aCase("concluded");
    const res = await propose(inspector, { caseId: concluded });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().caseId).toBe(concluded);
    const open = await refused(propose(inspector, { caseId: await aCase("verifying") }), 422);
    expect([open.code, Boolean(open.fields.caseId)]).toEqual(["discipline.caseNotConcluded", true]);
    // Another base's inspection committee may not cite a case it cannot see.
    const memberB = await aMember(t.db, { orgUnitId: tree.cellB1, fullName: "Hà Văn Bê" });
    expect((await propose(inspectorB, { orgUnitId: tree.baseB, memberId: memberB })).statusCode).toBe(201);
    await refused(propose(inspectorB, { orgUnitId: tree.baseB, memberId: memberB, caseId: concluded }), 404);
  });

  it("refuses bad input with 400 or 422 naming the field, writing nothing", async () => {
    expect((await refused(propose(inspector, { proposedForm: "banishment" }), 400)).fields.proposedForm).toBeDefined();
    expect((await refused(propose(inspector, { violation: "" }), 400)).fields.violation).toBeDefined();
    expect((await refused(propose(inspector, { extra: 1 }), 400)).code).toBeDefined();
    expect((await refused(propose(inspector, { memberId: undefined }), 422)).fields.memberId).toBeDefined();
    const body = await refused(
      propose(inspector, { orgUnitId: tree.cellA1, decidingBody: "inspection_committee" }),
      422,
    );
    expect([body.code, Boolean(body.fields.decidingBody)]).toEqual(["discipline.noSuchBody", true]);
    expect((await refused(propose(inspector, { decidingBody: "cell" }), 422)).code).toBe("discipline.noSuchBody");
    const ends = await refused(propose(inspector, { violationTo: "2026-01-01" }), 422);
    expect([ends.code, Boolean(ends.fields.violationTo)]).toEqual(["discipline.violationEndsBeforeStart", true]);
    const future = await refused(propose(inspector, { proposedOn: "2026-12-01" }), 422);
    expect([future.code, Boolean(future.fields.proposedOn)]).toEqual(["discipline.proposedInFuture", true]);
    const early = await refused(propose(inspector, { violationFrom: "2026-11-10" }), 422);
    expect([early.code, Boolean(early.fields.proposedOn)]).toEqual(["discipline.proposedBeforeViolation", true]);
    const gone = await aMember(t.db, { orgUnitId: tree.cellA2, fullName: "Tạ Văn Rời" });
    await api(t.app)
      .as(admin)
      .post(`/api/members/${gone}/events`, { kind: "resignation", decisionNo: "9-QĐ/ĐU", decidedOn: "2026-09-01" });
    const left = await refused(propose(inspector, { memberId: gone }), 422);
    expect(left.message).toContain("Tạ Văn Rời");
    const unknownCase = await refused(propose(inspector, { caseId: randomUUID() }), 404);
    expect(unknownCase.code).toBe("notFound");
  });

  it("answers 401 without a session, 403 without the CSRF token, 404 to those outside the inspection committee", async () => {
    expect((await refused(api(t.app).anonymous.post("/api/inspection/discipline", proposal()), 401)).code).toBe(
      "auth.required",
    );
    const noCsrf = api(t.app).as(inspector).post("/api/inspection/discipline", proposal(), { "x-csrf-token": "x" });
    await refused(noCsrf, 403);
    // The office (admin) and the base committee staff hold no inspection permission: refused at a unit they see.
    await refused(propose(admin), 403);
    await refused(propose(coso, { orgUnitId: tree.baseA }), 403);
    // Another base's inspection committee: neither the deciding unit nor the member is theirs.
    await refused(propose(inspectorB), 404);
    await refused(propose(inspectorB, { orgUnitId: tree.baseB }), 404);
  });
});

describe("GET /api/inspection/discipline and /:id", () => {
  it("lists within a unit with filters, and shows one record, auditing the opening", async () => {
    const id = (await propose(inspector, { proposedForm: "reprimand", violationFrom: "2025-05-05" })).json().id;
    const list = await api(t.app)
      .as(inspector)
      .get(`/api/inspection/discipline?orgUnitId=${tree.root}&memberId=${member}`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(id);
    const filtered = await api(t.app)
      .as(inspector)
      .get(
        `/api/inspection/discipline?orgUnitId=${tree.root}&form=reprimand&status=proposed&year=2026&memberId=${member}`,
      );
    expect(filtered.json().items.every((i: { proposedForm: string }) => i.proposedForm === "reprimand")).toBe(true);
    expect(filtered.json().total).toBeGreaterThan(0);
    const none = await api(t.app).as(inspector).get(`/api/inspection/discipline?orgUnitId=${tree.root}&year=2020`);
    expect(none.json()).toEqual({ items: [], total: 0 });
    const one = await api(t.app).as(inspector).get(`/api/inspection/discipline/${id}`);
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json()).toMatchObject({ id, proposedForm: "reprimand", limitationEndsOn: "2030-05-04" });
    const audit = await api(t.app).as(inspector).get(`/api/audit-events?entityType=discipline&entityId=${id}`);
    expect(JSON.stringify(audit.json())).toContain("discipline.opened");
  });

  it("keeps the records confidential: 404 to the office and another base's committee, lists empty or refused", async () => {
    const id = (await propose(inspector)).json().id;
    expect((await api(t.app).anonymous.get(`/api/inspection/discipline/${id}`)).statusCode).toBe(401);
    expect((await api(t.app).anonymous.get("/api/inspection/discipline")).statusCode).toBe(401);
    expect((await api(t.app).as(admin).get(`/api/inspection/discipline/${id}`)).statusCode).toBe(404);
    expect((await api(t.app).as(coso).get(`/api/inspection/discipline/${id}`)).statusCode).toBe(404);
    expect((await api(t.app).as(inspectorB).get(`/api/inspection/discipline/${id}`)).statusCode).toBe(404);
    expect((await api(t.app).as(inspector).get(`/api/inspection/discipline/${randomUUID()}`)).statusCode).toBe(404);
    expect((await api(t.app).as(inspector).get("/api/inspection/discipline/abc")).statusCode).toBe(400);
    expect((await api(t.app).as(admin).get("/api/inspection/discipline")).json()).toEqual({ items: [], total: 0 });
    const mine = (await api(t.app).as(inspectorB).get("/api/inspection/discipline?pageSize=200")).json();
    expect(mine.items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect((await api(t.app).as(coso).get(`/api/inspection/discipline?orgUnitId=${tree.baseA}`)).statusCode).toBe(403);
    expect((await api(t.app).as(inspectorB).get(`/api/inspection/discipline?orgUnitId=${tree.baseA}`)).statusCode).toBe(
      404,
    );
    expect((await api(t.app).as(inspector).get("/api/inspection/discipline?status=maybe")).statusCode).toBe(400);
  });
});
