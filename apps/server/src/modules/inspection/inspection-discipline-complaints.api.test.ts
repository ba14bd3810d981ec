import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";

// Complaints against a discipline decision (Điều lệ Đ39; domain.md §7.5): filed within the window, level after level,
// resolved; an annulled expulsion restores the member.
const t = useTestApp();
let tree: StandardTree;
let inspector: TestActor;
let inspectorB: TestActor;
let admin: TestActor;
let numbers = 0;
const tables = [
  "discipline_actions",
  "discipline_complaints",
  "members",
  "member_events",
  "memberships",
  "audit_events",
];

beforeAll(async () => {
  tree = await anOrgTree(t.db, " (khiếu nại kỷ luật)");
  inspector = await anActor(t.db, { role: "inspection", orgUnitId: tree.root });
  inspectorB = await anActor(t.db, { role: "inspection", orgUnitId: tree.baseB });
  admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
});

type Answer = { statusCode: number; body: string; json(): Record<string, unknown> };
const post = (url: string, body: object, actor = inspector) => api(t.app).as(actor).post(url, body) as Promise<Answer>;

/** A member of cellA1 disciplined with `form` on 2026-10-20 (or only proposed); returns the ids and the version. */
async function disciplined(form: string | null = "warning") {
  const memberId = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Võ Văn Khiếu" });
  const res = await post("/api/inspection/discipline", {
    subjectType: "member",
    memberId,
    orgUnitId: tree.root,
    decidingBody: "inspection_committee",
    violation: "Vi phạm quy định về kê khai tài sản",
    violationGroup: "ordinary",
    violationFrom: "2025-03-01",
    proposedForm: form ?? "warning",
    proposedBy: "Đoàn kiểm tra",
    proposedOn: "2026-10-01",
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as string;
  if (!form) return { id, memberId, version: 1 };
  const decided = await post(`/api/inspection/discipline/${id}/decide`, {
    version: 1,
    form,
    decisionNo: `${++numbers}-QĐ/UBKT`,
    decidedOn: "2026-10-20",
  });
  expect(decided.statusCode, decided.body).toBe(200);
  return { id, memberId, version: 2 };
}

const complaint = (version: number, over: object = {}) => ({
  version,
  filedOn: "2026-11-05",
  filedWith: "Ban Thường vụ Đảng ủy Khối",
  content: "Đề nghị xem xét lại hình thức kỷ luật",
  ...over,
});
const resolution = (version: number, over: object = {}) => ({
  version,
  result: "upheld",
  resultOn: "2026-11-20",
  note: "Giữ nguyên quyết định",
  ...over,
});
const file = (id: string, body: object, actor = inspector) =>
  post(`/api/inspection/discipline/${id}/complaints`, body, actor);
const resolve = (id: string, body: object, actor = inspector) =>
  post(`/api/inspection/discipline/${id}/complaints/resolve`, body, actor);

async function refused(res: Promise<Answer>, status: number) {
  const before = await snapshot(t.db, tables);
  const answer = await res;
  expect(answer.statusCode, answer.body).toBe(status);
  expect(await snapshot(t.db, tables)).toBe(before);
  return answer.json() as { code: string; message: string; fields: Record<string, string> };
}

describe("complaints against a discipline decision", () => {
  it("files a complaint, resolves it, and files the next level only after (the discipline applying meanwhile)", async () => {
    const { id, memberId, version } = await disciplined();
    const filed = await file(id, complaint(version));
    expect(filed.statusCode, filed.body).toBe(200);
    expect(filed.json()).toMatchObject({ status: "decided", form: "warning", version: 3 });
    expect(filed.json().complaints).toMatchObject([{ level: 1, filedOn: "2026-11-05", result: null }]);
    const second = await refused(file(id, complaint(3, { filedOn: "2026-11-06" })), 409);
    expect(second.code).toBe("discipline.complaintPending");
    const resolved = await resolve(id, resolution(3));
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json().complaints).toMatchObject([{ level: 1, result: "upheld", resultOn: "2026-11-20" }]);
    const next = await file(id, complaint(4, { filedOn: "2026-11-22", filedWith: "Ủy ban Kiểm tra Tỉnh ủy" }));
    expect(next.statusCode, next.body).toBe(200);
    expect((next.json().complaints as unknown[]).length).toBe(2);
    const timeline = (await api(t.app).as(admin).get(`/api/members/${memberId}/events`)).json();
    expect(timeline.filter((e: { kind: string }) => e.kind === "discipline")).toHaveLength(1);
    const audit = await api(t.app).as(inspector).get(`/api/audit-events?entityType=discipline&entityId=${id}`);
    for (const action of ["discipline.complaintFiled", "discipline.complaintResolved"])
      expect(JSON.stringify(audit.json())).toContain(action);
  });

  it("restores an expelled member when the expulsion is annulled, with the resolving decision's number", async () => {
    const { id, memberId, version } = await disciplined("expulsion");
    expect((await api(t.app).as(admin).get(`/api/members/${memberId}`)).json().status).toBe("left");
    expect((await file(id, complaint(version))).statusCode).toBe(200);
    const missing = await refused(resolve(id, resolution(3, { result: "annulled" })), 422);
    expect([missing.code, Boolean(missing.fields.decisionNo)]).toEqual(["discipline.restorationNeedsDecision", true]);
    const res = await resolve(id, resolution(3, { result: "annulled", decisionNo: "8-QĐ/BTV", note: "Hủy khai trừ" }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().complaints).toMatchObject([{ result: "annulled", decisionNo: "8-QĐ/BTV" }]);
    const member = (await api(t.app).as(admin).get(`/api/members/${memberId}`)).json();
    expect(member).toMatchObject({ status: "full", exitReason: null });
    const timeline = (await api(t.app).as(admin).get(`/api/members/${memberId}/events`)).json();
    expect(timeline.at(-1)).toMatchObject({ kind: "restoration", decisionNo: "8-QĐ/BTV", occurredOn: "2026-11-20" });
    expect((await refused(file(id, complaint(4, { filedOn: "2026-11-21" })), 409)).code).toBe(
      "discipline.complaintAnnulled",
    );
  });

  it("records an annulled warning only: the member's record keeps its event", async () => {
    const { id, memberId, version } = await disciplined("warning");
    await file(id, complaint(version));
    expect((await resolve(id, resolution(3, { result: "annulled" }))).statusCode).toBe(200);
    const timeline = (await api(t.app).as(admin).get(`/api/members/${memberId}/events`)).json();
    expect(timeline.at(-1).kind).toBe("discipline");
  });

  it("refuses a complaint on an undecided record, late, or dated out of order, writing nothing", async () => {
    const open = await disciplined(null);
    expect((await refused(file(open.id, complaint(1)), 409)).code).toBe("discipline.complaintNotDecided");
    const { id, version } = await disciplined();
    const late = await refused(file(id, complaint(version, { filedOn: "2026-11-20" })), 422);
    expect([late.code, Boolean(late.fields.filedOn)]).toEqual(["discipline.complaintLate", true]);
    expect(late.message).toContain("19/11/2026");
    expect(late.message).toContain("discipline.complaintWindow");
    expect((await refused(file(id, complaint(version, { filedOn: "2026-10-19" })), 422)).code).toBe(
      "discipline.complaintBeforeDecision",
    );
    expect((await refused(file(id, complaint(version, { filedOn: "2026-11-24" })), 422)).code).toBe(
      "discipline.complaintInFuture",
    );
    expect((await refused(file(id, complaint(9)), 409)).code).toBe("version.stale");
    expect((await refused(file(id, complaint(version, { content: "" })), 400)).fields.content).toBeDefined();
    expect((await refused(resolve(id, resolution(version)), 409)).code).toBe("discipline.noPendingComplaint");
  });

  it("refuses a resolution dated out of order or of an unknown result, writing nothing", async () => {
    const { id, version } = await disciplined();
    await file(id, complaint(version));
    expect((await refused(resolve(id, resolution(3, { resultOn: "2026-11-01" })), 422)).code).toBe(
      "discipline.resultBeforeComplaint",
    );
    expect((await refused(resolve(id, resolution(3, { resultOn: "2026-12-01" })), 422)).code).toBe(
      "discipline.resultInFuture",
    );
    expect((await refused(resolve(id, resolution(3, { result: "pardoned" })), 400)).fields.result).toBeDefined();
    expect((await refused(resolve(id, resolution(2)), 409)).code).toBe("version.stale");
  });

  it("answers 401, 403 without the CSRF token, and 404 outside the inspection committee or for an unknown record", async () => {
    const { id, version } = await disciplined();
    const url = `/api/inspection/discipline/${id}/complaints`;
    await refused(api(t.app).anonymous.post(url, complaint(version)) as Promise<Answer>, 401);
    await refused(
      api(t.app).as(inspector).post(url, complaint(version), { "x-csrf-token": "x" }) as Promise<Answer>,
      403,
    );
    await refused(file(id, complaint(version), admin), 404);
    await refused(file(id, complaint(version), inspectorB), 404);
    await refused(file(randomUUID(), complaint(version)), 404);
    await refused(resolve(id, resolution(version), admin), 404);
    await refused(resolve(randomUUID(), resolution(version)), 404);
    await refused(api(t.app).anonymous.post(`${url}/resolve`, resolution(version)) as Promise<Answer>, 401);
  });
});
