import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";

// Discipline decisions (issue 11 item 4 and "Bad input"; domain.md §7.3–7.4): POST /api/inspection/discipline/:id/decide,
// the form for the subject, the body's authority, the limitation period, and the effect on the member's record.
const t = useTestApp();
let tree: StandardTree;
let inspector: TestActor;
let inspectorB: TestActor;
let admin: TestActor;
let decisions = 0;
const tables = [
  "discipline_actions",
  "discipline_complaints",
  "members",
  "member_events",
  "memberships",
  "audit_events",
];

beforeAll(async () => {
  tree = await anOrgTree(t.db, " (quyết định kỷ luật)");
  inspector = await anActor(t.db, { role: "inspection", orgUnitId: tree.root });
  inspectorB = await anActor(t.db, { role: "inspection", orgUnitId: tree.baseB });
  admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
});

type Answer = { statusCode: number; body: string; json(): Record<string, unknown> };
const post = (actor: TestActor, url: string, body: object) => api(t.app).as(actor).post(url, body) as Promise<Answer>;

/** A member of cellA1 (unless told) with a proposal to the body named; returns both ids and the record's version. */
async function proposed(over: object = {}, memberSpec: object = {}) {
  const memberId = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Mạc Văn Quyết", ...memberSpec });
  const res = await post(inspector, "/api/inspection/discipline", {
    subjectType: "member",
    memberId,
    orgUnitId: tree.root,
    decidingBody: "inspection_committee",
    violation: "Vi phạm nguyên tắc tập trung dân chủ",
    violationGroup: "ordinary",
    violationFrom: "2025-06-01",
    proposedForm: "warning",
    proposedBy: "Đoàn kiểm tra",
    proposedOn: "2026-10-20",
    ...over,
  });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id as string, memberId };
}

const decision = (over: object = {}) => ({
  version: 1,
  form: "warning",
  decisionNo: `${++decisions}-QĐ/UBKT`,
  decidedOn: "2026-11-10",
  note: "Quyết định thi hành kỷ luật",
  ...over,
});
const decide = (id: string, over: object = {}, actor = inspector) =>
  post(actor, `/api/inspection/discipline/${id}/decide`, decision(over));

async function refused(res: Promise<Answer>, status: number) {
  const before = await snapshot(t.db, tables);
  const answer = await res;
  expect(answer.statusCode, answer.body).toBe(status);
  expect(await snapshot(t.db, tables)).toBe(before);
  return answer.json() as unknown as { code: string; message: string; fields: Record<string, string> };
}

const events = async (memberId: string) =>
  (await api(t.app).as(admin).get(`/api/members/${memberId}/events`)).json() as {
    kind: string;
    occurredOn: string;
    decisionNo: string;
    details: Record<string, unknown>;
  }[];

describe("POST /api/inspection/discipline/:id/decide", () => {
  it("decides a warning: the member's record shows it with the deciding body, in the same write", async () => {
    const { id, memberId } = await proposed();
    const res = await decide(id, { decisionNo: "41-QĐ/UBKT" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: "decided", form: "warning", decisionNo: "41-QĐ/UBKT", version: 2 });
    expect((await events(memberId)).at(-1)).toMatchObject({
      kind: "discipline",
      occurredOn: "2026-11-10",
      decisionNo: "41-QĐ/UBKT",
      details: { form: "warning", decidingBody: "Ủy ban Kiểm tra Đảng bộ Khối các cơ quan tỉnh (quyết định kỷ luật)" },
    });
    const audit = await api(t.app).as(inspector).get(`/api/audit-events?entityType=discipline&entityId=${id}`);
    expect(JSON.stringify(audit.json())).toContain("discipline.decided");
  });

  it("decides an expulsion: the membership ends", async () => {
    const { id, memberId } = await proposed({ proposedForm: "expulsion" });
    const res = await decide(id, { form: "expulsion" });
    expect(res.statusCode, res.body).toBe(200);
    const record = (await api(t.app).as(admin).get(`/api/members/${memberId}`)).json();
    expect(record).toMatchObject({ status: "left", exitReason: "expelled", exitedOn: "2026-11-10" });
    expect((await events(memberId)).at(-1)?.kind).toBe("expulsion");
  });

  it("removes a full member from a post only when the post is named", async () => {
    const { id, memberId } = await proposed({ proposedForm: "dismissal" });
    const missing = await refused(decide(id, { form: "dismissal" }), 422);
    expect([missing.code, Boolean(missing.fields.post)]).toEqual(["discipline.postRequired", true]);
    const res = await decide(id, { form: "dismissal", post: "Phó Bí thư chi bộ" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().post).toBe("Phó Bí thư chi bộ");
    expect((await events(memberId)).at(-1)?.details).toMatchObject({
      form: "dismissal",
      note: "Cách chức: Phó Bí thư chi bộ. Quyết định thi hành kỷ luật",
    });
  });

  it("aborts the whole decision when the members module refuses the event, writing nothing", async () => {
    const { id, memberId } = await proposed();
    const card = await api(t.app)
      .as(admin)
      .post(`/api/members/${memberId}/events`, {
        kind: "card_issued",
        cardNumber: `28.${String(Math.floor(Math.random() * 900) + 100)}.${String(Math.floor(Math.random() * 900) + 100)}`,
        issuedOn: "2026-11-15",
        reason: "first",
      });
    expect(card.statusCode, card.body).toBe(200);
    const body = await refused(decide(id, { decidedOn: "2026-11-10" }), 422);
    expect(body.code).toBe("member.eventOutOfOrder");
    const record = (await api(t.app).as(inspector).get(`/api/inspection/discipline/${id}`)).json();
    expect(record).toMatchObject({ status: "proposed", version: 1 });
  });

  it("decides the dissolution of an organisation by the committee above: recorded here only", async () => {
    const res = await post(inspector, "/api/inspection/discipline", {
      subjectType: "organisation",
      subjectUnitId: tree.cellB1,
      orgUnitId: tree.baseB,
      decidingBody: "committee",
      violation: "Mất sức chiến đấu, vi phạm đặc biệt nghiêm trọng",
      violationGroup: "ordinary",
      violationFrom: "2024-01-01",
      proposedForm: "dissolution",
      proposedBy: "Ủy ban Kiểm tra Đảng ủy",
      proposedOn: "2026-10-20",
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    expect((await refused(decide(id, { form: "expulsion" }), 422)).code).toBe("discipline.formNotForSubject");
    const decided = await decide(id, { form: "dissolution" });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({ status: "decided", form: "dissolution", memberId: null });
    const unit = await api(t.app).as(admin).get(`/api/org-units/${tree.cellB1}`);
    expect(unit.statusCode, unit.body).toBe(200);
    expect(unit.json().dissolvedOn ?? null).toBeNull();
  });

  it("records a decision not to discipline, with nothing on the member's record", async () => {
    const { id, memberId } = await proposed();
    const before = (await events(memberId)).length;
    const res = await decide(id, { form: null });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: "not_disciplined", form: null });
    expect(await events(memberId)).toHaveLength(before);
  });

  it("refuses to expel or dismiss a probationary member (69-QĐ/TW Điều 7), writing nothing", async () => {
    const spec = { status: "probationary", admissionDecidedOn: "2026-03-02" };
    const { id } = await proposed({ proposedForm: "warning" }, spec);
    for (const form of ["expulsion", "dismissal"]) {
      const body = await refused(decide(id, { form, post: "Chi ủy viên" }), 422);
      expect(body.code).toBe("discipline.formNotForSubject");
      expect(body.message).toContain("đảng viên dự bị chỉ có thể bị khiển trách, cảnh cáo");
    }
    // A member full today but probationary on the decision's day is judged as probationary.
    const late = await proposed({}, { fullMembershipOn: "2026-11-15" });
    expect((await refused(decide(late.id, { form: "expulsion" }), 422)).code).toBe("discipline.formNotForSubject");
  });

  it("refuses a body without the authority (Điều lệ Đ36), naming the rule and the setting", async () => {
    // A cell deciding a warning for a member of another cell.
    const cell = await proposed({ orgUnitId: tree.cellA2, decidingBody: "cell" });
    const other = await refused(decide(cell.id), 422);
    expect(other.code).toBe("discipline.subjectOutside");
    expect(other.message).toContain(
      "Chi bộ Phòng Ngân sách (quyết định kỷ luật) không có thẩm quyền kỷ luật đối tượng ngoài",
    );
    // A cell may not expel even its own member.
    const own = await proposed({ orgUnitId: tree.cellA1, decidingBody: "cell", proposedForm: "expulsion" });
    expect((await refused(decide(own.id, { form: "expulsion" }), 422)).code).toBe("discipline.formBeyondBody");
    expect((await decide(own.id, { form: "reprimand" })).statusCode).toBe(200);
    // A grassroots committee's UBKT has no disciplinary power by the seeded setting.
    const ubkt = await proposed({ orgUnitId: tree.baseA, proposedForm: "expulsion" });
    const level = await refused(decide(ubkt.id, { form: "expulsion" }), 422);
    expect(level.code).toBe("discipline.bodyNotAtLevel");
    expect(level.message).toContain("Ủy ban Kiểm tra Đảng bộ Sở Tài chính (quyết định kỷ luật)");
    expect(level.message).toContain("discipline.authority");
    // A committee deciding for a member outside its subtree.
    const outside = await proposed({ orgUnitId: tree.baseB, decidingBody: "committee" });
    expect((await refused(decide(outside.id), 422)).code).toBe("discipline.subjectOutside");
  });

  it("refuses a decision past the limitation period, naming its last day and the setting", async () => {
    const { id } = await proposed({
      proposedForm: "reprimand",
      violationFrom: "2015-01-10",
      violationTo: "2021-09-30",
    });
    const body = await refused(decide(id, { form: "reprimand" }), 422);
    expect([body.code, Boolean(body.fields.decidedOn)]).toEqual(["discipline.timeBarred", true]);
    expect(body.message).toContain("29/09/2026");
    expect(body.message).toContain("discipline.limitation");
    // A warning runs 10 years; a new violation within the period restarts the reprimand's.
    const renewed = await decide(id, { form: "reprimand", renewedOn: "2024-02-01" });
    expect(renewed.statusCode, renewed.body).toBe(200);
    expect(renewed.json().limitationEndsOn).toBe("2029-01-31");
  });

  it("refuses dates out of order, a repeated number, a stale version and a second decision", async () => {
    const { id } = await proposed();
    const early = await refused(decide(id, { decidedOn: "2026-10-01" }), 422);
    expect(early.code).toBe("discipline.decidedBeforeProposal");
    expect((await refused(decide(id, { decidedOn: "2026-12-01" }), 422)).code).toBe("discipline.decidedInFuture");
    const renewed = await refused(decide(id, { renewedOn: "2026-11-20" }), 422);
    expect(renewed.code).toBe("discipline.renewedOutside");
    expect((await refused(decide(id, { version: 7 }), 409)).code).toBe("version.stale");
    expect((await refused(decide(id, { form: "banishment" }), 400)).fields.form).toBeDefined();
    expect((await refused(decide(id, { decisionNo: "" }), 400)).fields.decisionNo).toBeDefined();
    expect((await decide(id, { decisionNo: "77-QĐ/UBKT" })).statusCode).toBe(200);
    const again = await refused(decide(id, { version: 2 }), 409);
    expect(again.code).toBe("discipline.alreadyDecided");
    const next = await proposed();
    const taken = await refused(decide(next.id, { decisionNo: "77-qđ/ubkt" }), 409);
    expect([taken.code, Boolean(taken.fields.decisionNo)]).toEqual(["discipline.decisionTaken", true]);
  });

  it("answers 401, 404 outside the inspection committee or for an unknown record, 403 without the CSRF token", async () => {
    const { id } = await proposed();
    const url = `/api/inspection/discipline/${id}/decide`;
    await refused(api(t.app).anonymous.post(url, decision()) as Promise<Answer>, 401);
    await refused(api(t.app).as(inspector).post(url, decision(), { "x-csrf-token": "x" }) as Promise<Answer>, 403);
    await refused(decide(id, {}, admin), 404);
    await refused(decide(id, {}, inspectorB), 404);
    await refused(decide(randomUUID()), 404);
  });
});
