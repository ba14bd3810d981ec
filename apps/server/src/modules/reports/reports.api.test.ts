import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, figure, type TestActor, useTestApp } from "../../../test/harness";

const t = useTestApp();
let tree: StandardTree;
let admin: TestActor;
let coso: TestActor;
let member: TestActor;

const event = (id: string, body: Record<string, unknown>) =>
  api(t.app).as(admin).post(`/api/members/${id}/events`, body);

// In 2026, baseA: one candidate admitted, one probationary recognised full, one member moved from cellA1 to cellA2
// (within), one moved to baseB's cell (out), one struck off. Then, on 1/11, cellA2 is merged into cellB1.
beforeAll(async () => {
  tree = await anOrgTree(t.db);
  admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  member = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
  const old: string[] = [];
  for (let i = 0; i < 3; i++) old.push(await aMember(t.db, { orgUnitId: tree.cellA1, fullName: `Đảng Viên Cũ ${i}` }));
  const candidate = await aMember(t.db, { orgUnitId: tree.cellA1, status: "candidate", fullName: "Lê Thị Mới" });
  const introducers = old.slice(0, 2).map((memberId) => ({ memberId, workedSince: "2020-01-01" }));
  const admission = { kind: "admission", decisionNo: "12-QĐ/ĐU", decidedOn: "2026-03-02", introducers };
  expect((await event(candidate, admission)).statusCode).toBe(200);
  const probationary = await aMember(t.db, {
    orgUnitId: tree.cellA1,
    status: "probationary",
    admissionDecidedOn: "2025-01-10",
    ceremonyOn: "2025-01-20",
  });
  expect(
    (await event(probationary, { kind: "full_membership", decisionNo: "30-QĐ/ĐU", decidedOn: "2026-01-25" }))
      .statusCode,
  ).toBe(200);
  const within = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Trần Văn Nội" });
  await transfer(within, tree.cellA2, "2026-04-01", "2026-04-10");
  const out = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Phạm Văn Đi" });
  await transfer(out, tree.cellB1, "2026-05-01", "2026-05-12");
  const struck = await aMember(t.db, { orgUnitId: tree.cellA2, fullName: "Hồ Văn Xóa" });
  const struckOff = { kind: "struck_off", decisionNo: "40-QĐ/ĐU", decidedOn: "2026-06-15", ground: 1 };
  expect((await event(struck, struckOff)).statusCode).toBe(200);
  const unit = (await api(t.app).as(admin).get(`/api/org-units/${tree.cellA2}`)).json();
  const merge = { kind: "merge", version: unit.version, intoId: tree.cellB1, effectiveOn: "2026-11-01" };
  expect((await api(t.app).as(admin).post(`/api/org-units/${tree.cellA2}/events`, merge)).statusCode).toBe(200);
});

async function transfer(id: string, toOrgUnitId: string, decidedOn: string, receivedOn: string) {
  const sent = await event(id, { kind: "transfer", transferKind: "official", toOrgUnitId, decidedOn });
  expect(sent.statusCode).toBe(200);
  expect((await event(id, { kind: "transfer_received", receivedOn })).statusCode).toBe(200);
}

const firstHalf = (indicator: string, orgUnitId = tree.baseA) =>
  figure(t.app, admin, indicator, orgUnitId, "2026-01-01", "2026-06-30");

describe("report indicators", () => {
  it("lists every module's indicators with labels in the request's language", async () => {
    const vi = (await api(t.app).as(coso).get("/api/reports/indicators")).json();
    const ids = vi.map((i: { id: string }) => i.id);
    for (const id of ["org.cells", "members.onList", "members.admitted", "meetings.held.regular"])
      expect(ids).toContain(id);
    expect(ids).toContain("residence.commentsReceived");
    expect(vi.find((i: { id: string }) => i.id === "members.admitted").label).toBe("Kết nạp đảng viên mới");
    const en = (await api(t.app).as(coso).get("/api/reports/indicators", { "accept-language": "en" })).json();
    expect(en.find((i: { id: string }) => i.id === "members.admitted").label).toBe("Members admitted");
  });

  it("counts the period's changes in the subtree as it stood on each event's day", async () => {
    expect(await firstHalf("members.admitted")).toBe(1);
    expect(await firstHalf("members.recognisedFull")).toBe(1);
    expect(await firstHalf("members.struckOff")).toBe(1);
    expect(await firstHalf("members.transferredWithin")).toBe(1);
    expect(await firstHalf("members.transferredOut")).toBe(1);
    expect(await firstHalf("members.transferredIn")).toBe(0);
    expect(await firstHalf("members.transferredIn", tree.baseB)).toBe(1);
    expect(await firstHalf("members.transferredIn", tree.cellA2)).toBe(1);
    expect(await firstHalf("members.admitted", tree.baseB)).toBe(0);
  });

  it("counts the list on the period's last day, unchanged by a merge that came after", async () => {
    // 30/6: cellA1 has 3 old members, the admitted one and the recognised one; cellA2 the one moved within.
    expect(await firstHalf("members.onList")).toBe(6);
    expect(await firstHalf("members.full")).toBe(5);
    expect(await firstHalf("members.probationary")).toBe(1);
    expect(await firstHalf("members.onList", tree.cellA2)).toBe(1);
    expect(await firstHalf("org.cells")).toBe(3);
    // Today cellA2 is merged into baseB's cell: the current figures follow the merge.
    const today = (indicator: string, unit: string) =>
      figure(t.app, admin, indicator, unit, "2026-11-01", "2026-11-23");
    expect(await today("org.cells", tree.baseA)).toBe(2);
    expect(await today("members.onList", tree.baseA)).toBe(5);
    expect(await today("members.onList", tree.baseB)).toBe(2);
  });

  it("refuses anonymous (401), a member without report rights (403), a unit outside the subtree (404), bad input (400) and an unknown indicator (422)", async () => {
    const url = (unit: string, extra = "") =>
      `/api/reports/figures?indicator=members.onList&orgUnitId=${unit}&from=2026-01-01&to=2026-06-30${extra}`;
    expect((await api(t.app).anonymous.get(url(tree.baseA))).statusCode).toBe(401);
    expect((await api(t.app).anonymous.get("/api/reports/indicators")).statusCode).toBe(401);
    expect((await api(t.app).as(member).get(url(tree.cellA1))).statusCode).toBe(403);
    expect((await api(t.app).as(coso).get(url(tree.baseB))).statusCode).toBe(404);
    expect((await api(t.app).as(coso).get(url(tree.root))).statusCode).toBe(404);
    const reversed = await api(t.app)
      .as(coso)
      .get(`/api/reports/figures?indicator=members.onList&orgUnitId=${tree.baseA}&from=2026-06-30&to=2026-01-01`);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().fields).toHaveProperty("to");
    expect((await api(t.app).as(coso).get(url("not-a-uuid"))).statusCode).toBe(400);
    const unknown = await api(t.app)
      .as(coso)
      .get(`/api/reports/figures?indicator=members.nothing&orgUnitId=${tree.baseA}&from=2026-01-01&to=2026-06-30`);
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().fields).toHaveProperty("indicator");
  });
});
