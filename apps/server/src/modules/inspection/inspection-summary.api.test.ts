import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { aMember, anOrgTree, aUnit, type StandardTree } from "../../../test/builders";
import { anActor, api, figure, type TestActor, useTestApp } from "../../../test/harness";
import {
  disciplineActions,
  inspectionCaseSubjects,
  inspectionCases,
  inspectionLetters,
  type StoredSubject,
} from "../../db/schema";

// The computed inspection, supervision, letter and discipline figures (issue 11 item 6) and the counts-only summary
// (item 3). Records are put in directly: the figures read them as the other parts of the module will write them.
const t = useTestApp();
let n = 0;

/** Each test its own tree (its own root) and office, so that counts never meet another test's records. */
async function ownTree(): Promise<StandardTree & { admin: TestActor }> {
  const tree = await anOrgTree(t.db, ` (đếm ${++n})`);
  return { ...tree, admin: await anActor(t.db, { role: "admin", orgUnitId: tree.root }) };
}

async function aCase(orgUnitId: string, kind: string, decidedOn: string, subjects: StoredSubject[]) {
  const id = randomUUID();
  await t.db.insert(inspectionCases).values({
    id,
    orgUnitId,
    body: "inspection_committee",
    kind,
    title: `Cuộc kiểm tra bí mật ${id.slice(0, 8)}`,
    decisionNo: `${id.slice(0, 8)}-QĐ/UBKT`,
    decidedOn,
    state: "verifying",
    stateSince: decidedOn,
    createdAt: new Date(),
  });
  await t.db.insert(inspectionCaseSubjects).values(
    subjects.map((s, position) => ({
      caseId: id,
      position,
      type: s.type,
      orgUnitId: s.orgUnitId,
      memberId: s.memberId,
    })),
  );
  return id;
}

async function aLetter(orgUnitId: string, receivedOn: string, status: string, on: string | null = null) {
  await t.db.insert(inspectionLetters).values({
    id: randomUUID(),
    orgUnitId,
    receivedOn,
    kind: "denunciation",
    identity: "named",
    senderName: "Người gửi",
    summary: "Tố cáo",
    subjects: [],
    status,
    handledOn: status === "forwarded" ? on : null,
    resultOn: status === "resolved" ? on : null,
    result: status === "resolved" ? "Đã giải quyết" : null,
    createdAt: new Date(),
  });
}

async function aDiscipline(
  subjectUnitId: string,
  form: string,
  decidedOn: string,
  memberId: string | null,
  status = "decided",
) {
  await t.db.insert(disciplineActions).values({
    id: randomUUID(),
    subjectType: memberId ? "member" : "organisation",
    memberId,
    subjectUnitId,
    decidingUnitId: subjectUnitId,
    decidingBody: "inspection_committee",
    violation: "Vi phạm",
    violationGroup: "ordinary",
    violationFrom: "2025-06-01",
    proposedForm: form,
    proposedBy: "UBKT",
    proposedOn: "2026-01-05",
    status,
    form: status === "decided" ? form : null,
    decidedOn: status === "decided" ? decidedOn : null,
    createdAt: new Date(),
  });
}

const member = (orgUnitId: string, memberId: string, type = "member"): StoredSubject => ({ type, orgUnitId, memberId });
const org = (orgUnitId: string): StoredSubject => ({ type: "organisation", orgUnitId, memberId: null });
const year = (tree: { admin: TestActor }, unit: string) => async (id: string) =>
  figure(t.app, tree.admin, `inspection.${id}`, unit, "2026-01-01", "2026-12-31");

describe("computed inspection figures", () => {
  it("count case subjects, letters and discipline of a subtree in the period", async () => {
    const tree = await ownTree();
    const m1 = await aMember(t.db, { orgUnitId: tree.cellA1 });
    const m2 = await aMember(t.db, { orgUnitId: tree.cellA1 });
    const m3 = await aMember(t.db, { orgUnitId: tree.cellA1 });
    await aCase(tree.baseA, "inspection_regular", "2026-03-10", [
      org(tree.cellA1),
      member(tree.cellA1, m1),
      member(tree.cellA1, m2, "committee_member"),
    ]);
    await aCase(tree.baseA, "inspection_suspected", "2026-04-10", [member(tree.cellA1, m3)]);
    await aCase(tree.cellA1, "supervision_thematic", "2026-05-10", [member(tree.cellA1, m1)]);
    await aCase(tree.baseA, "supervision_regular", "2026-05-10", [org(tree.cellA2), org(tree.subA)]);
    await aCase(tree.baseA, "inspection_regular", "2025-12-31", [org(tree.cellA2)]);
    await aLetter(tree.baseA, "2026-02-01", "resolved", "2026-04-01");
    await aLetter(tree.baseA, "2026-02-02", "forwarded", "2026-02-10");
    await aLetter(tree.baseA, "2026-02-03", "filed");
    await aLetter(tree.baseA, "2025-12-20", "resolved", "2026-01-15");
    await aDiscipline(tree.cellA1, "reprimand", "2026-05-01", m1);
    await aDiscipline(tree.cellA1, "warning", "2026-06-01", m2);
    await aDiscipline(tree.cellA1, "expulsion", "2026-06-01", m3, "proposed");
    await aDiscipline(tree.cellA2, "dissolution", "2026-07-01", null);
    const atBase = year(tree, tree.baseA);
    const expected: Record<string, number> = {
      "inspected.orgs": 1,
      "inspected.members": 3,
      "inspected.suspectedMembers": 1,
      "supervised.orgs": 2,
      "supervised.members": 1,
      "letters.received": 3,
      "letters.resolved": 2,
      "discipline.orgs": 1,
      "discipline.members": 2,
      "discipline.reprimand": 1,
      "discipline.warning": 1,
      "discipline.dismissal": 0,
      "discipline.expulsion": 0,
      "discipline.dissolution": 1,
    };
    for (const [id, value] of Object.entries(expected)) expect(await atBase(id), id).toBe(value);
    expect(await year(tree, tree.root)("inspected.members")).toBe(3);
    expect(await year(tree, tree.baseB)("inspected.members")).toBe(0);
    expect(await year(tree, tree.cellA1)("supervised.members")).toBe(1);
    expect(await year(tree, tree.cellA1)("inspected.members")).toBe(0);
  });

  it("count a record where its unit stood on the record's date, through a move inside the period", async () => {
    const tree = await ownTree();
    const cell = await aUnit(t.db, { name: `Chi bộ Chuyển ${n}`, type: "cell", parentId: tree.baseA });
    const m = await aMember(t.db, { orgUnitId: cell });
    const unit = (await api(t.app).as(tree.admin).get(`/api/org-units/${cell}`)).json();
    const moved = await api(t.app).as(tree.admin).post(`/api/org-units/${cell}/events`, {
      kind: "move",
      newParentId: tree.baseB,
      version: unit.version,
      effectiveOn: "2026-06-01",
    });
    expect(moved.statusCode, moved.body).toBe(200);
    await aCase(cell, "supervision_regular", "2026-04-01", [member(cell, m)]);
    await aCase(cell, "supervision_regular", "2026-07-01", [member(cell, m)]);
    await aCase(cell, "supervision_regular", "2026-08-01", [member(cell, m)]);
    await aLetter(cell, "2026-05-31", "received");
    await aDiscipline(cell, "reprimand", "2026-05-15", m);
    await aDiscipline(cell, "warning", "2026-09-15", m);
    const [a, b] = [year(tree, tree.baseA), year(tree, tree.baseB)];
    expect([await a("supervised.members"), await b("supervised.members")]).toEqual([1, 2]);
    expect([await a("letters.received"), await b("letters.received")]).toEqual([1, 0]);
    expect([await a("discipline.reprimand"), await b("discipline.reprimand")]).toEqual([1, 0]);
    expect([await a("discipline.warning"), await b("discipline.warning")]).toEqual([0, 1]);
    expect(await year(tree, tree.root)("discipline.members")).toBe(2);
  });

  it("count a merged cell's records at the unit it stood under then", async () => {
    const tree = await ownTree();
    const cell = await aUnit(t.db, { name: `Chi bộ Sáp nhập ${n}`, type: "cell", parentId: tree.baseA });
    await aCase(cell, "inspection_regular", "2026-02-01", [org(cell)]);
    const unit = (await api(t.app).as(tree.admin).get(`/api/org-units/${cell}`)).json();
    const merged = await api(t.app).as(tree.admin).post(`/api/org-units/${cell}/events`, {
      kind: "merge",
      intoId: tree.cellB1,
      version: unit.version,
      effectiveOn: "2026-03-01",
    });
    expect(merged.statusCode, merged.body).toBe(200);
    await aCase(tree.cellB1, "inspection_regular", "2026-04-01", [org(tree.cellB1)]);
    expect(await year(tree, tree.baseA)("inspected.orgs")).toBe(1);
    expect(await year(tree, tree.baseB)("inspected.orgs")).toBe(1);
  });
});

describe("GET /api/inspection/summary", () => {
  it("gives base committee staff the counts, never a record, while the cases themselves stay hidden", async () => {
    const tree = await ownTree();
    const coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
    const m = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Trịnh Văn Kín" });
    const caseId = await aCase(tree.baseA, "inspection_suspected", "2026-03-01", [member(tree.cellA1, m)]);
    const url = `/api/inspection/summary?orgUnitId=${tree.baseA}&from=2026-01-01&to=2026-12-31`;
    const res = await api(t.app).as(coso).get(url);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ orgUnitId: tree.baseA, from: "2026-01-01", to: "2026-12-31" });
    expect(body.figures).toHaveLength(14);
    expect(body.figures[2]).toEqual({
      indicator: "inspection.inspected.suspectedMembers",
      label: "Đảng viên được kiểm tra khi có dấu hiệu vi phạm",
      value: 1,
    });
    expect(res.body).not.toContain(caseId);
    expect(res.body).not.toContain("Trịnh Văn Kín");
    expect(res.body).not.toContain("bí mật");
    const en = await api(t.app).as(coso).get(url, { "accept-language": "en" });
    expect(en.json().figures[2].label).toBe("Members inspected on suspected violations");
    expect((await api(t.app).as(coso).get(`/api/inspection/cases/${caseId}`)).statusCode).toBe(404);
    expect((await api(t.app).as(coso).get(`/api/inspection/programmes?orgUnitId=${tree.baseA}`)).statusCode).toBe(403);
  });

  it("refuses anonymous (401), a member (403), outside the grant (404) and a period backwards (400)", async () => {
    const tree = await ownTree();
    const coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
    const plain = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
    const url = (unit: string, from = "2026-01-01") =>
      `/api/inspection/summary?orgUnitId=${unit}&from=${from}&to=2026-06-30`;
    expect((await api(t.app).anonymous.get(url(tree.baseA))).statusCode).toBe(401);
    expect((await api(t.app).as(plain).get(url(tree.cellA1))).statusCode).toBe(403);
    expect((await api(t.app).as(coso).get(url(tree.baseB))).statusCode).toBe(404);
    const backwards = await api(t.app).as(coso).get(url(tree.baseA, "2026-07-01"));
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().fields.from).toMatch(/^Ngày bắt đầu/);
    expect((await api(t.app).as(coso).get(`/api/inspection/summary?orgUnitId=${tree.baseA}`)).statusCode).toBe(400);
  });
});
