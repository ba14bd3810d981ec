import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";

const t = useTestApp();
let tree: StandardTree;
let coso: TestActor;
let chibo: TestActor;
let chiboA2: TestActor;
let member: TestActor;
const tables = ["members", "member_events", "memberships", "party_cards", "transfers", "audit_events"];

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  chiboA2 = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA2 });
  member = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
});

const post = (actor: TestActor, id: string, body: object) =>
  api(t.app).as(actor).post(`/api/members/${id}/events`, body);
const reminders = async (actor: TestActor) =>
  (await api(t.app).as(actor).get("/api/reminders")).json() as { kind: string; memberId: string }[];

describe("recording the lifecycle", () => {
  it("records full membership: the timeline shows it and the probation reminder disappears", async () => {
    const id = await aMember(t.db, {
      orgUnitId: tree.cellA1,
      fullName: "Trần Thị Thu Hà",
      status: "probationary",
      admissionDecidedOn: "2025-10-10",
      ceremonyOn: "2025-11-10",
    });
    expect((await reminders(chibo)).some((r) => r.memberId === id && r.kind === "probation_due")).toBe(true);
    const res = await post(chibo, id, { kind: "full_membership", decisionNo: "45-QĐ/ĐU", decidedOn: "2026-11-20" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "full", fullMembershipOn: "2026-11-10" });
    const timeline = (await api(t.app).as(chibo).get(`/api/members/${id}/events`)).json();
    expect(timeline.at(-1)).toMatchObject({
      kind: "full_membership",
      decisionNo: "45-QĐ/ĐU",
      occurredOn: "2026-11-20",
    });
    expect((await reminders(chibo)).some((r) => r.memberId === id)).toBe(false);
  });

  it("refuses full membership before 12 months of probation (422) and writes nothing", async () => {
    const id = await aMember(t.db, {
      orgUnitId: tree.cellA1,
      status: "probationary",
      admissionDecidedOn: "2026-03-01",
      ceremonyOn: "2026-03-15",
    });
    const before = await snapshot(t.db, tables);
    const res = await post(chibo, id, { kind: "full_membership", decisionNo: "1-QĐ/ĐU", decidedOn: "2026-11-20" });
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toBe(
      "Chưa hết 12 tháng dự bị (hết ngày 15/03/2027); chưa thể xét công nhận chính thức.",
    );
    expect(await snapshot(t.db, tables)).toBe(before);
  });

  it("admits a candidate introduced by two full members, and refuses one over 60 without the approval (422)", async () => {
    const introducers = [
      { memberId: await aMember(t.db, { orgUnitId: tree.cellA1 }), workedSince: "2020-01-01" },
      { memberId: await aMember(t.db, { orgUnitId: tree.cellA1 }), workedSince: "2020-01-01" },
    ];
    const ok = await aMember(t.db, { orgUnitId: tree.cellA1, status: "candidate", birthDate: "1999-01-01" });
    const res = await post(chibo, ok, {
      kind: "admission",
      decisionNo: "88-QĐ/ĐU",
      decidedOn: "2026-11-02",
      ceremonyOn: "2026-11-16",
      introducers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: "probationary",
      probationEndsOn: "2027-11-16",
      // Party age exists only once the member is recognised as full.
      partyAge: { years: 0, months: 0, since: null },
    });
    const old = await aMember(t.db, { orgUnitId: tree.cellA1, status: "candidate", birthDate: "1960-01-01" });
    const admission = { kind: "admission", decisionNo: "89-QĐ/ĐU", decidedOn: "2026-11-02", introducers };
    const refused = await post(chibo, old, admission);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().fields.overAgeApprovalNo).toContain("cấp ủy trực thuộc Trung ương");
  });

  it("transfers a member to another cell: the receiving secretary sees and receives them", async () => {
    const id = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Ngô Văn Chuyển" });
    expect((await api(t.app).as(chiboA2).get(`/api/members/${id}`)).statusCode).toBe(404);
    const out = await post(coso, id, {
      kind: "transfer",
      transferKind: "official",
      toOrgUnitId: tree.cellA2,
      decidedOn: "2026-11-16",
      letterNo: "12-GGT/ĐU",
    });
    expect(out.statusCode).toBe(200);
    const second = await post(coso, id, {
      kind: "transfer",
      transferKind: "official",
      toOrgUnitId: tree.cellA3,
      decidedOn: "2026-11-17",
    });
    expect(second.statusCode).toBe(422);
    expect(second.json().code).toBe("member.openTransfer");
    expect((await post(chibo, id, { kind: "transfer_received", receivedOn: "2026-11-20" })).statusCode).toBe(404);
    const received = await post(chiboA2, id, { kind: "transfer_received", receivedOn: "2026-11-20" });
    expect(received.statusCode).toBe(200);
    expect(received.json().orgUnitId).toBe(tree.cellA2);
    expect((await api(t.app).as(chibo).get(`/api/members/${id}`)).statusCode).toBe(404);
  });

  it("refuses a card number already in use (409) and a card for a probationary member (422)", async () => {
    const holder = await aMember(t.db, { orgUnitId: tree.cellA1 });
    const issued = { kind: "card_issued", cardNumber: "12.345.678", issuedOn: "2026-10-02", reason: "first" };
    expect((await post(chibo, holder, issued)).statusCode).toBe(200);
    const other = await aMember(t.db, { orgUnitId: tree.cellA1 });
    const taken = await post(chibo, other, {
      kind: "card_issued",
      cardNumber: "12.345.678",
      issuedOn: "2026-11-02",
      reason: "first",
    });
    expect(taken.statusCode).toBe(409);
    const probationary = await aMember(t.db, {
      orgUnitId: tree.cellA1,
      status: "probationary",
      admissionDecidedOn: "2026-01-05",
      ceremonyOn: "2026-01-20",
    });
    expect(
      (
        await post(chibo, probationary, {
          kind: "card_issued",
          cardNumber: "99.999.999",
          issuedOn: "2026-11-02",
          reason: "first",
        })
      ).statusCode,
    ).toBe(422);
  });

  it("refuses events for a member who died (422)", async () => {
    const id = await aMember(t.db, { orgUnitId: tree.cellA1 });
    expect((await post(chibo, id, { kind: "death", diedOn: "2026-11-01" })).statusCode).toBe(200);
    const res = await post(chibo, id, { kind: "exemption", decisionNo: "2-NQ/CB", decidedOn: "2026-11-10" });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe("member.deceased");
  });

  it("refuses anonymous (401), a member role (404), another cell's secretary (404) and an unknown kind (400)", async () => {
    const id = await aMember(t.db, { orgUnitId: tree.cellA1 });
    const body = { kind: "exemption", decisionNo: "3-NQ/CB", decidedOn: "2026-11-10" };
    expect((await api(t.app).anonymous.post(`/api/members/${id}/events`, body)).statusCode).toBe(401);
    expect((await post(member, id, body)).statusCode).toBe(404);
    expect((await post(chiboA2, id, body)).statusCode).toBe(404);
    const inspector = await anActor(t.db, { role: "inspection", orgUnitId: tree.root });
    expect((await post(inspector, id, body)).statusCode).toBe(403);
    expect((await post(chibo, id, { kind: "promotion" })).statusCode).toBe(400);
  });

  it("blocks dissolving a cell that still has members, and moves members when cells merge", async () => {
    const admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
    const id = await aMember(t.db, { orgUnitId: tree.cellB1, fullName: "Bùi Văn Hợp" });
    const cellVersion = (await api(t.app).as(admin).get(`/api/org-units/${tree.cellB1}`)).json().version;
    const dissolve = await api(t.app).as(admin).post(`/api/org-units/${tree.cellB1}/events`, {
      kind: "dissolve",
      version: cellVersion,
      effectiveOn: "2026-11-20",
    });
    expect(dissolve.statusCode).toBe(422);
    expect(dissolve.json().code).toBe("org.hasMembers");
    const merge = await api(t.app).as(admin).post(`/api/org-units/${tree.cellB1}/events`, {
      kind: "merge",
      intoId: tree.cellA3,
      version: cellVersion,
      effectiveOn: "2026-11-20",
    });
    expect(merge.statusCode).toBe(200);
    expect((await api(t.app).as(admin).get(`/api/members/${id}`)).json().orgUnitId).toBe(tree.cellA3);
  });
});

describe("GET /api/reminders", () => {
  it("refuses anonymous (401), a unit outside the subtree (404) and a member role (403)", async () => {
    expect((await api(t.app).anonymous.get("/api/reminders")).statusCode).toBe(401);
    expect((await api(t.app).as(chibo).get(`/api/reminders?orgUnitId=${tree.cellA2}`)).statusCode).toBe(404);
    expect((await api(t.app).as(member).get(`/api/reminders?orgUnitId=${tree.cellA1}`)).statusCode).toBe(403);
    expect((await api(t.app).as(chibo).get("/api/reminders?orgUnitId=nope")).statusCode).toBe(400);
  });

  // These build their own tree, so that no other test's members change what they see.
  it("narrows reminders to one unit's subtree", async () => {
    const own = await anOrgTree(t.db, " (nhắc việc)");
    const staff = await anActor(t.db, { role: "grassroots_staff", orgUnitId: own.baseA });
    await aMember(t.db, { orgUnitId: own.cellA1, status: "probationary", admissionDecidedOn: "2025-10-01" });
    await aMember(t.db, { orgUnitId: own.cellA2, status: "probationary", admissionDecidedOn: "2025-10-01" });
    const all = (await api(t.app).as(staff).get("/api/reminders")).json() as { orgUnitId: string; kind: string }[];
    // Reports past due are listed for every unit that reports (the committees too); the members' own are per cell.
    const members = all.filter((r) => r.kind !== "report_due");
    expect(new Set(members.map((r) => r.orgUnitId))).toEqual(new Set([own.cellA1, own.cellA2, own.cellA3]));
    expect(all.some((r) => r.kind === "report_due" && r.orgUnitId === own.baseA)).toBe(true);
    const res = await api(t.app).as(staff).get(`/api/reminders?orgUnitId=${own.cellA2}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().length).toBeGreaterThan(0);
    expect(res.json().every((r: { orgUnitId: string }) => r.orgUnitId === own.cellA2)).toBe(true);
  });

  it("flags cells with fewer than 3 full members, and not those with three", async () => {
    const own = await anOrgTree(t.db, " (chi bộ nhỏ)");
    const staff = await anActor(t.db, { role: "grassroots_staff", orgUnitId: own.baseA });
    for (let i = 0; i < 3; i++) await aMember(t.db, { orgUnitId: own.cellA1, fullName: `Đảng Viên Đủ ${i}` });
    await aMember(t.db, { orgUnitId: own.cellA2 });
    const small = (await api(t.app).as(staff).get("/api/reminders"))
      .json()
      .filter((r: { kind: string }) => r.kind === "cell_too_small");
    const units = small.map((r: { orgUnitId: string }) => r.orgUnitId);
    expect(units).toContain(own.cellA2);
    expect(units).not.toContain(own.cellA1);
  });
});
