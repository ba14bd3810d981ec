import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, type TestActor, useTestApp } from "../../../test/harness";

const t = useTestApp();
let tree: StandardTree;
let admin: TestActor;
let coso: TestActor;
let member: TestActor;
let cellA1Members: string[];
let cellA2Members: string[];

const as = (actor: TestActor) => api(t.app).as(actor);
const dashboard = (actor: TestActor | null, query: string) =>
  actor
    ? as(actor).get(`/api/reports/dashboard?${query}`)
    : api(t.app).anonymous.get(`/api/reports/dashboard?${query}`);

// Today is 23/11/2026. baseA: cellA1 has 3 members, cellA2 2, cellA3 (under subA) 1; baseB's cell 1.
// October: a candidate of cellA3 admitted on 10/10, a cellA2 meeting (1 of 1 present) on 8/10, a cellA2 member dies on 20/10.
// November: a candidate of cellA1 admitted on 5/11, a cellA1 meeting (2 of 3 present) on 10/11.
beforeAll(async () => {
  tree = await anOrgTree(t.db, " (bảng điều khiển)");
  admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  member = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
  const some = async (orgUnitId: string, n: number, name: string) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push(await aMember(t.db, { orgUnitId, fullName: `${name} ${i}` }));
    return ids;
  };
  cellA1Members = await some(tree.cellA1, 3, "Nguyễn Văn Một");
  cellA2Members = await some(tree.cellA2, 2, "Trần Thị Hai");
  const cellA3Members = await some(tree.cellA3, 1, "Lê Văn Ba");
  await some(tree.cellB1, 1, "Phạm Văn Bốn");
  await admit(tree.cellA3, "Đỗ Thị Mười", "2026-10-10", [...cellA3Members, ...cellA1Members.slice(0, 1)]);
  await admit(tree.cellA1, "Hoàng Văn Mười Một", "2026-11-05", cellA1Members.slice(0, 2));
  await heldMeeting(tree.cellA2, "2026-10-08T01:00:00.000Z", cellA2Members.slice(0, 1), []);
  const died = await as(admin).post(`/api/members/${cellA2Members[1]}/events`, { kind: "death", diedOn: "2026-10-20" });
  expect(died.statusCode, died.body).toBe(200);
  await heldMeeting(tree.cellA1, "2026-11-10T01:00:00.000Z", cellA1Members.slice(0, 2), cellA1Members.slice(2));
});

async function admit(orgUnitId: string, fullName: string, decidedOn: string, introducedBy: string[]) {
  const candidate = await aMember(t.db, { orgUnitId, status: "candidate", fullName });
  const introducers = introducedBy.slice(0, 2).map((memberId) => ({ memberId, workedSince: "2020-01-01" }));
  const admission = { kind: "admission", decisionNo: `${decidedOn.slice(8)}-QĐ/ĐU`, decidedOn, introducers };
  const res = await as(admin).post(`/api/members/${candidate}/events`, admission);
  expect(res.statusCode, res.body).toBe(200);
}

async function heldMeeting(orgUnitId: string, scheduledAt: string, present: string[], absent: string[]) {
  const created = await as(admin).post("/api/meetings", {
    orgUnitId,
    kind: "regular",
    topic: "Sinh hoạt",
    scheduledAt,
  });
  expect(created.statusCode, created.body).toBe(201);
  const entries = [
    ...present.map((memberId) => ({ memberId, status: "present" })),
    ...absent.map((memberId) => ({ memberId, status: "absent_unexcused" })),
  ];
  const res = await as(admin).put(`/api/meetings/${created.json().id}/attendance`, { entries });
  expect(res.statusCode, res.body).toBe(200);
}

type Figure = { indicator: string; value: number | null; previous: number | null; change: number | null };
const byIndicator = (figures: Figure[]) => Object.fromEntries(figures.map((f) => [f.indicator, f]));

describe("reports dashboard", () => {
  it("gives the current month's key figures beside October's, computed from the records", async () => {
    const res = await dashboard(coso, `orgUnitId=${tree.baseA}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.period).toEqual({ key: "2026-11", type: "month", from: "2026-11-01", to: "2026-11-30" });
    expect(body.previous).toMatchObject({ key: "2026-10", from: "2026-10-01", to: "2026-10-31" });
    expect(body.asOf).toBe("2026-11-23");
    expect(body.unit).toMatchObject({ id: tree.baseA, type: "grassroots_committee" });
    const f = byIndicator(body.figures);
    // On 23/11: cellA1 3 + 1 admitted, cellA2 2 - 1 died, cellA3 1 + 1 admitted; on 31/10 cellA1 had 3.
    expect(f["members.onList"]).toMatchObject({ value: 7, previous: 6, change: 1 });
    expect(f["members.admitted"]).toMatchObject({ value: 1, previous: 1, change: 0 });
    expect(f["members.died"]).toMatchObject({ value: 0, previous: 1, change: -1 });
    expect(f["members.probationary"]).toMatchObject({ value: 2, previous: 1, change: 1 });
    expect(f["meetings.held.regular"]).toMatchObject({ value: 1, previous: 1, change: 0 });
    expect(f["meetings.attendanceRate"]).toMatchObject({ value: 66.7, previous: 100, change: -33.3 });
    expect(body.figures[0].label).toBe("Tổng số đảng viên cuối kỳ");
  });

  it("lists the child units with their figures, and the breadcrumb only from where the user reads reports", async () => {
    const body = (await dashboard(coso, `orgUnitId=${tree.baseA}&period=2026-11`)).json();
    const rows = body.children.map((c: Record<string, unknown>) => [
      c.orgUnitId,
      c.childCount,
      c.members,
      c.admitted,
      c.meetingsHeld,
    ]);
    expect(rows).toEqual([
      [tree.cellA2, 0, 1, 0, 0],
      [tree.cellA1, 0, 4, 1, 1],
      [tree.subA, 1, 2, 0, 0],
    ]);
    expect(body.path.map((u: { id: string }) => u.id)).toEqual([tree.baseA]);
    const asAdmin = (await dashboard(admin, `orgUnitId=${tree.cellA3}&period=2026-11`)).json();
    expect(asAdmin.path.map((u: { id: string }) => u.id)).toEqual([tree.root, tree.baseA, tree.subA, tree.cellA3]);
    expect(asAdmin.children).toEqual([]);
    expect(byIndicator(asAdmin.figures)["members.onList"]).toMatchObject({ value: 2, previous: 2 });
  });

  it("takes a quarter, a half-year or a year, and charts the year's admissions month by month", async () => {
    const year = (await dashboard(coso, `orgUnitId=${tree.baseA}&period=2026`)).json();
    expect(year.previous.key).toBe("2025");
    expect(byIndicator(year.figures)["members.admitted"]).toMatchObject({ value: 2, previous: 0, change: 2 });
    expect(year.admissionsByMonth.map((m: { month: string }) => m.month)).toHaveLength(11);
    expect(year.admissionsByMonth.slice(8)).toEqual([
      { month: "2026-09", value: 0 },
      { month: "2026-10", value: 1 },
      { month: "2026-11", value: 1 },
    ]);
    const q3 = (await dashboard(coso, `orgUnitId=${tree.baseA}&period=2026-Q3`)).json();
    expect(q3.previous.key).toBe("2026-Q2");
    expect(q3.asOf).toBe("2026-09-30");
    expect(byIndicator(q3.figures)["members.onList"]).toMatchObject({ value: 6, previous: 6, change: 0 });
    expect(q3.admissionsByMonth).toHaveLength(9);
    const h1 = await dashboard(coso, `orgUnitId=${tree.baseA}&period=2026-H1`);
    expect(h1.json().previous.key).toBe("2025-H2");
  });

  it("counts the children as they stood at the period's end: a cell merged later still shows in its month", async () => {
    const other = await anOrgTree(t.db, " (gộp chi bộ)");
    const office = await anActor(t.db, { role: "admin", orgUnitId: other.root });
    await aMember(t.db, { orgUnitId: other.cellA2, fullName: "Võ Văn Gộp" });
    const unit = (await as(office).get(`/api/org-units/${other.cellA2}`)).json();
    const merge = { kind: "merge", version: unit.version, intoId: other.cellA1, effectiveOn: "2026-11-01" };
    const merged = await as(office).post(`/api/org-units/${other.cellA2}/events`, merge);
    expect(merged.statusCode, merged.body).toBe(200);
    const children = async (period: string) =>
      (await dashboard(office, `orgUnitId=${other.baseA}&period=${period}`))
        .json()
        .children.map((c: { orgUnitId: string; members: number }) => [c.orgUnitId, c.members]);
    expect(await children("2026-10")).toEqual([
      [other.cellA2, 1],
      [other.cellA1, 0],
      [other.subA, 0],
    ]);
    expect(await children("2026-11")).toEqual([
      [other.cellA1, 1],
      [other.subA, 0],
    ]);
  });

  it("gives the reporting rates of the period's templates: the cells expected, the one that submitted, late", async () => {
    const chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
    const templates = (await as(admin).get("/api/reports/templates")).json() as { id: string; code: string }[];
    const monthly = templates.find((tpl) => tpl.code === "cell_monthly")?.id;
    const at = `/api/reports/${monthly}/${tree.cellA1}/2026-10`;
    const draft = await as(chibo).patch(at, { version: 0, narrative: {} });
    expect(draft.statusCode, draft.body).toBe(200);
    const sent = await as(chibo).post(`${at}/submit`, { version: draft.json().version });
    expect(sent.statusCode, sent.body).toBe(200);
    const october = (await dashboard(coso, `orgUnitId=${tree.baseA}&period=2026-10`)).json();
    // cell_monthly is reported by cells: cellA1, cellA2 and cellA3 (under subA); due on 5/11, sent on 23/11.
    expect(october.completeness).toEqual([
      {
        templateId: monthly,
        templateName: expect.any(String),
        dueOn: "2026-11-05",
        expected: 3,
        submitted: 1,
        onTime: 0,
        approved: 0,
      },
    ]);
    const september = (await dashboard(coso, `orgUnitId=${tree.baseA}&period=2026-09`)).json();
    expect(september.completeness).toMatchObject([{ expected: 3, submitted: 0 }]);
    const cell = (await dashboard(coso, `orgUnitId=${tree.cellA2}&period=2026-10`)).json();
    expect(cell.completeness).toMatchObject([{ expected: 1, submitted: 0 }]);
    // By the quarter only the member list book (7-HSĐV) is due, from every unit: baseA, subA and the three cells.
    const q3 = (await dashboard(coso, `orgUnitId=${tree.baseA}&period=2026-Q3`)).json();
    const book = templates.find((tpl) => tpl.code === "member_list_7_hsdv")?.id;
    expect(q3.completeness).toMatchObject([{ templateId: book, expected: 5, submitted: 0 }]);
  });

  it("refuses anonymous (401), a member without report.read (403), a unit outside the subtree (404)", async () => {
    expect((await dashboard(null, `orgUnitId=${tree.baseA}`)).statusCode).toBe(401);
    expect((await dashboard(member, `orgUnitId=${tree.cellA1}`)).statusCode).toBe(403);
    expect((await dashboard(coso, `orgUnitId=${tree.baseB}`)).statusCode).toBe(404);
    expect((await dashboard(coso, `orgUnitId=${tree.root}`)).statusCode).toBe(404);
    expect((await dashboard(coso, `orgUnitId=${tree.cellB1}&period=2026-10`)).statusCode).toBe(404);
  });

  it("refuses a period that is not a month, quarter, half-year or year (400), and one not yet begun (422)", async () => {
    for (const period of ["2026-13", "2026-9M", "2020-2025", "2026-Q5", "1800", "tháng 11", ""]) {
      const res = await dashboard(coso, `orgUnitId=${tree.baseA}&period=${encodeURIComponent(period)}`);
      expect(res.statusCode, period).toBe(400);
      expect(res.json().fields, period).toHaveProperty("period");
      expect(res.json().message, period).toMatch(/Kỳ/);
    }
    expect((await dashboard(coso, "orgUnitId=not-a-unit")).statusCode).toBe(400);
    const future = await dashboard(coso, `orgUnitId=${tree.baseA}&period=2026-12`);
    expect(future.statusCode).toBe(422);
    expect(future.json().fields).toHaveProperty("period");
    const english = await as(coso).get(`/api/reports/dashboard?orgUnitId=${tree.baseA}&period=2027`, {
      "accept-language": "en",
    });
    expect(english.json().message).toMatch(/has not begun/);
  });
});
