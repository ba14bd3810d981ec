import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";

// Letters (đơn thư), issue 11 item 3: what the inspection committee decides about a letter, and a case opened from it.
const t = useTestApp();
let tree: StandardTree;
let inspector: TestActor;
let admin: TestActor;
let coso: TestActor;
const tables = ["inspection_letters", "inspection_cases", "audit_events"];

beforeAll(async () => {
  tree = await anOrgTree(t.db, " (xử lý đơn)");
  inspector = await anActor(t.db, { role: "inspection", orgUnitId: tree.root });
  admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
});

async function received(over: object = {}): Promise<string> {
  const res = await api(t.app)
    .as(inspector)
    .post("/api/inspection/letters", {
      orgUnitId: tree.baseA,
      receivedOn: "2026-10-01",
      kind: "denunciation",
      identity: "named",
      senderName: "Phạm Văn Cường",
      senderAddress: "5 Nguyễn Du",
      summary: "Tố cáo vi phạm trong quản lý tài chính",
      ...over,
    });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}
const act = (actor: TestActor, id: string, body: object) =>
  api(t.app).as(actor).post(`/api/inspection/letters/${id}/actions`, body);

async function refused(res: Promise<{ statusCode: number; body: string; json(): unknown }>, status: number) {
  const before = await snapshot(t.db, tables);
  const answer = await res;
  expect(answer.statusCode, answer.body).toBe(status);
  expect(await snapshot(t.db, tables)).toBe(before);
  return answer.json() as { code: string; message: string; fields: Record<string, string> };
}

describe("handling a letter", () => {
  it("takes a letter up with an earlier deadline, then resolves it with its result", async () => {
    const id = await received();
    const taken = await act(inspector, id, { action: "take", version: 1, on: "2026-10-05", dueOn: "2026-12-15" });
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json()).toMatchObject({ status: "in_progress", handledOn: "2026-10-05", dueOn: "2026-12-15" });
    const done = await act(inspector, id, {
      action: "resolve",
      version: 2,
      on: "2026-11-20",
      result: "Tố cáo đúng một phần",
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: "resolved", result: "Tố cáo đúng một phần", resultOn: "2026-11-20" });
    expect(done.json().overdue).toBe(false);
  });

  it("keeps the rule's deadline when none is set, and refuses one before the letter or past the rule", async () => {
    const id = await received();
    const early = await refused(
      act(inspector, id, { action: "take", version: 1, on: "2026-10-05", dueOn: "2026-09-30" }),
      422,
    );
    expect(early.code).toBe("letter.dueBeforeReceived");
    expect(early.fields.dueOn).toContain("01/10/2026");
    const late = await refused(
      act(inspector, id, { action: "take", version: 1, on: "2026-10-05", dueOn: "2026-12-31" }),
      422,
    );
    expect(late.fields.dueOn).toBeDefined();
    const taken = await act(inspector, id, { action: "take", version: 1, on: "2026-10-05" });
    expect(taken.json()).toMatchObject({ status: "in_progress", dueOn: "2026-12-30" });
  });

  it("refuses a letter closed without a result, or resolved before it was received", async () => {
    const id = await received();
    await act(inspector, id, { action: "take", version: 1, on: "2026-10-02" });
    await refused(act(inspector, id, { action: "resolve", version: 2, on: "2026-11-20" }), 400);
    await refused(act(inspector, id, { action: "resolve", version: 2, on: "2026-11-20", result: "  " }), 400);
    const before = await refused(
      act(inspector, id, { action: "resolve", version: 2, on: "2026-09-01", result: "Xong" }),
      422,
    );
    expect(before.fields.on).toBeDefined();
    await refused(act(inspector, id, { action: "resolve", version: 2, on: "2026-11-24", result: "Xong" }), 422);
  });

  it("forwards a letter to the competent body, files another with its reason", async () => {
    const forwarded = await act(inspector, await received(), {
      action: "forward",
      version: 1,
      on: "2026-10-03",
      forwardedTo: "Ủy ban Kiểm tra Tỉnh ủy",
    });
    expect(forwarded.json()).toMatchObject({
      status: "forwarded",
      forwardedTo: "Ủy ban Kiểm tra Tỉnh ủy",
      overdue: false,
    });
    const reason = "Nội dung đã được giải quyết, không có tình tiết mới";
    const filed = await act(inspector, await received(), { action: "file", version: 1, on: "2026-10-03", reason });
    expect(filed.json()).toMatchObject({ status: "filed", filedReason: reason, dueOn: null });
  });

  it("refuses an action out of order (409 naming the status) and a stale version (409)", async () => {
    const id = await received();
    const early = await refused(
      act(inspector, id, { action: "resolve", version: 1, on: "2026-11-20", result: "Xong" }),
      409,
    );
    expect(early.code).toBe("letter.actionOutOfOrder");
    expect(early.message).toContain("mới tiếp nhận");
    await act(inspector, id, { action: "forward", version: 1, on: "2026-10-03", forwardedTo: "Thanh tra tỉnh" });
    await refused(act(inspector, id, { action: "take", version: 2, on: "2026-10-05" }), 409);
    const other = await received();
    expect((await refused(act(inspector, other, { action: "take", version: 3, on: "2026-10-05" }), 409)).code).toBe(
      "version.stale",
    );
    const anonymous = await received({ identity: "anonymous", senderName: undefined, senderAddress: undefined });
    await refused(act(inspector, anonymous, { action: "take", version: 1, on: "2026-10-05" }), 409);
  });

  it("refuses outsiders (401, 404) and bad input (400), changing nothing", async () => {
    const id = await received();
    const take = { action: "take", version: 1, on: "2026-10-05" };
    await refused(api(t.app).anonymous.post(`/api/inspection/letters/${id}/actions`, take), 401);
    await refused(act(admin, id, take), 404);
    await refused(act(coso, id, take), 404);
    await refused(act(inspector, randomUUID(), take), 404);
    await refused(act(inspector, id, { ...take, action: "archive" }), 400);
    await refused(act(inspector, id, { ...take, extra: 1 }), 400);
  });
});

describe("a case opened from a letter", () => {
  const decision = (over: object = {}) => ({
    body: "inspection_committee",
    kind: "inspection_suspected",
    title: "Kiểm tra khi có dấu hiệu vi phạm theo đơn tố cáo",
    subjects: [{ type: "organisation", orgUnitId: tree.cellA1 }],
    decisionNo: `${Math.floor(Math.random() * 90_000) + 10}-QĐ/UBKT`,
    decidedOn: "2026-10-10",
    ...over,
  });
  const open = (actor: TestActor, id: string, over: object = {}) =>
    api(t.app).as(actor).post(`/api/inspection/letters/${id}/case`, decision(over));

  it("opens a case in the letter's unit and links both; the letter is taken up", async () => {
    const id = await received();
    const res = await open(inspector, id);
    expect(res.statusCode, res.body).toBe(201);
    const caseId = res.json().id;
    expect(res.json()).toMatchObject({ orgUnitId: tree.baseA, state: "decided" });
    const letter = (await api(t.app).as(inspector).get(`/api/inspection/letters/${id}`)).json();
    expect(letter).toMatchObject({ caseId, status: "in_progress", version: 2 });
    const shown = (await api(t.app).as(inspector).get(`/api/inspection/cases/${caseId}`)).json();
    expect(shown.letterId).toBe(id);
    await refused(open(inspector, id), 409);
  });

  it("refuses a case from a letter filed, forwarded or resolved (409), outsiders and bad input", async () => {
    const anonymous = await received({ identity: "anonymous", senderName: undefined, senderAddress: undefined });
    await refused(open(inspector, anonymous), 409);
    const id = await received();
    await refused(api(t.app).anonymous.post(`/api/inspection/letters/${id}/case`, decision()), 401);
    await refused(open(admin, id), 404);
    await refused(open(inspector, randomUUID()), 404);
    await refused(open(inspector, id, { subjects: [] }), 400);
    await refused(open(inspector, id, { orgUnitId: tree.baseB }), 400);
    const outside = await refused(
      open(inspector, id, { subjects: [{ type: "organisation", orgUnitId: tree.cellB1 }] }),
      422,
    );
    expect(outside.fields["subjects.0"]).toBeDefined();
    const shared = await received({ sharedWithRoles: ["grassroots_staff"] });
    await refused(open(coso, shared), 403);
  });
});
