import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";
import { aReportTemplate, testTemplate } from "../../../test/report-templates";

const t = useTestApp();
let tree: StandardTree;
let admin: TestActor;
let coso: TestActor;
let cosoB: TestActor;
let chibo: TestActor;
let member: TestActor;
let monthly: string;
let half: string;

const reportTables = ["reports", "report_values", "report_actions", "document_numbers", "audit_events"];
const url = (template: string, unit: string, period: string) => `/api/reports/${template}/${unit}/${period}`;

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  cosoB = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseB });
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  member = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
  for (let i = 0; i < 3; i++) await aMember(t.db, { orgUnitId: tree.cellA1, fullName: `Nguyễn Văn Một ${i}` });
  for (let i = 0; i < 2; i++) await aMember(t.db, { orgUnitId: tree.cellA2, fullName: `Trần Thị Hai ${i}` });
  await aMember(t.db, { orgUnitId: tree.cellB1, fullName: "Lê Văn Ba" });
  monthly = (await aReportTemplate(t.db, testTemplate("test_cell_month", "month", ["cell", "grassroots_cell"]))).id;
  const types = ["cell", "grassroots_committee", "upper_committee"] as const;
  half = (await aReportTemplate(t.db, testTemplate("test_half", "half_year", [...types]))).id;
});

const value = (body: { values: { indicator: string; value: number | null }[] }, id: string) =>
  body.values.find((v) => v.indicator === id)?.value;

describe("a cell's monthly report", () => {
  it("opens with the computed figures filled in from the records and nothing written", async () => {
    const before = await snapshot(t.db, reportTables);
    const res = await api(t.app)
      .as(chibo)
      .get(url(monthly, tree.cellA1, "2026-11"));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      status: "not_started",
      version: 0,
      periodLabel: "tháng 11 năm 2026",
      dueOn: "2026-12-05",
    });
    expect(value(body, "members.onList")).toBe(3);
    expect(body.can).toEqual({ edit: true, submit: true, approve: false, return: false, reopen: false });
    expect(await snapshot(t.db, reportTables)).toBe(before);
  });

  it("saves typed figures and narrative, refuses a figure that breaks a rule and keeps nothing of it", async () => {
    const saved = await api(t.app)
      .as(chibo)
      .patch(url(monthly, tree.cellA1, "2026-10"), {
        version: 0,
        entered: { "entered.letters.received": 2, "entered.targets.admissions": 4 },
        narrative: { results: "Chi bộ duy trì sinh hoạt đều đặn." },
      });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      status: "draft",
      narrative: { results: "Chi bộ duy trì sinh hoạt đều đặn." },
    });
    expect(value(saved.json(), "entered.letters.received")).toBe(2);
    const before = await snapshot(t.db, reportTables);
    const broken = await api(t.app)
      .as(chibo)
      .patch(url(monthly, tree.cellA1, "2026-10"), {
        version: saved.json().version,
        entered: { "entered.letters.resolved": 3 },
      });
    expect(broken.statusCode).toBe(422);
    expect(broken.json().fields["entered.letters.resolved"]).toContain("không được lớn hơn");
    const negative = await api(t.app)
      .as(chibo)
      .patch(url(monthly, tree.cellA1, "2026-10"), {
        version: saved.json().version,
        entered: { "entered.letters.received": -1 },
      });
    expect(negative.statusCode).toBe(400);
    const stale = await api(t.app)
      .as(chibo)
      .patch(url(monthly, tree.cellA1, "2026-10"), { version: 0, narrative: { results: "x" } });
    expect(stale.statusCode).toBe(409);
    const unknown = await api(t.app)
      .as(chibo)
      .patch(url(monthly, tree.cellA1, "2026-10"), { version: saved.json().version, entered: { "members.onList": 9 } });
    expect(unknown.statusCode).toBe(400);
    expect(await snapshot(t.db, reportTables)).toBe(before);
  });

  it("goes submitted → returned with a comment → submitted again → approved, by the committee above only", async () => {
    const at = url(monthly, tree.cellA1, "2026-09");
    const draft = (
      await api(t.app)
        .as(chibo)
        .patch(at, { version: 0, entered: { "entered.letters.received": 1 } })
    ).json();
    const sent = await api(t.app).as(chibo).post(`${at}/submit`, { version: draft.version });
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ status: "submitted", documentNumber: expect.stringMatching(/^\d+-BC\//) });
    expect(
      (
        await api(t.app)
          .as(chibo)
          .patch(at, { version: sent.json().version, narrative: { results: "y" } })
      ).statusCode,
    ).toBe(409);
    expect((await api(t.app).as(chibo).post(`${at}/approve`, { version: sent.json().version })).statusCode).toBe(403);
    expect((await api(t.app).as(cosoB).post(`${at}/approve`, { version: sent.json().version })).statusCode).toBe(404);
    const noComment = await api(t.app).as(coso).post(`${at}/return`, { version: sent.json().version, comment: " " });
    expect(noComment.statusCode).toBe(400);
    const returned = await api(t.app)
      .as(coso)
      .post(`${at}/return`, { version: sent.json().version, comment: "Bổ sung số đơn thư." });
    expect(returned.json()).toMatchObject({ status: "returned" });
    expect(returned.json().history.at(-1)).toMatchObject({ action: "returned", comment: "Bổ sung số đơn thư." });
    const fixed = (
      await api(t.app)
        .as(chibo)
        .patch(at, { version: returned.json().version, entered: { "entered.letters.received": 2 } })
    ).json();
    const again = (await api(t.app).as(chibo).post(`${at}/submit`, { version: fixed.version })).json();
    expect(again.documentNumber).toBe(sent.json().documentNumber);
    const approved = await api(t.app).as(coso).post(`${at}/approve`, { version: again.version });
    expect(approved.json()).toMatchObject({ status: "approved", can: { edit: false, reopen: true } });
    const noReason = await api(t.app).as(coso).post(`${at}/reopen`, { version: approved.json().version });
    expect(noReason.statusCode).toBe(400);
    const reopened = await api(t.app)
      .as(coso)
      .post(`${at}/reopen`, { version: approved.json().version, reason: "Sai số liệu" });
    expect(reopened.json()).toMatchObject({ status: "returned" });
    expect(reopened.json().history.map((h: { action: string }) => h.action)).toEqual([
      "created",
      "submitted",
      "returned",
      "submitted",
      "approved",
      "reopened",
    ]);
  });

  it("refuses the wrong role (403), outsiders (404), no session (401), bad and future periods", async () => {
    const at = url(monthly, tree.cellA1, "2026-11");
    expect((await api(t.app).anonymous.get(at)).statusCode).toBe(401);
    expect((await api(t.app).as(member).get(at)).statusCode).toBe(404);
    expect((await api(t.app).as(cosoB).get(at)).statusCode).toBe(404);
    expect((await api(t.app).as(cosoB).patch(at, { version: 0 })).statusCode).toBe(404);
    expect(
      (
        await api(t.app)
          .as(chibo)
          .get(url(monthly, tree.cellA1, "2026-13"))
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await api(t.app)
          .as(chibo)
          .get(url(monthly, tree.cellA1, "2026-H1"))
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await api(t.app)
          .as(chibo)
          .get(url(monthly, tree.cellA1, "2027-01"))
      ).statusCode,
    ).toBe(422);
    expect(
      (
        await api(t.app)
          .as(coso)
          .get(url(monthly, tree.baseA, "2026-11"))
      ).statusCode,
    ).toBe(422);
    expect(
      (
        await api(t.app)
          .as(chibo)
          .get(url(tree.root, tree.cellA1, "2026-11"))
      ).statusCode,
    ).toBe(404);
  });
});

/** A half-year report of a cell, submitted by its base committee's staff and, if asked, approved by them. */
async function submitted(unit: string, period: string, approve: boolean) {
  const at = url(half, unit, period);
  const draft = (
    await api(t.app)
      .as(coso)
      .patch(at, { version: 0, entered: { "entered.letters.received": 1 } })
  ).json();
  const sent = (await api(t.app).as(coso).post(`${at}/submit`, { version: draft.version })).json();
  expect(sent.status).toBe("submitted");
  if (approve)
    expect((await api(t.app).as(coso).post(`${at}/approve`, { version: sent.version })).statusCode).toBe(200);
}

describe("a base committee's report", () => {
  it("computes over its whole subtree and sums entered figures from its children's approved reports only", async () => {
    for (const [unit, received] of [
      [tree.cellA1, 3],
      [tree.cellA2, 4],
    ] as const) {
      const at = url(half, unit, "2026-H1");
      const draft = (
        await api(t.app)
          .as(coso)
          .patch(at, { version: 0, entered: { "entered.letters.received": received } })
      ).json();
      await api(t.app).as(coso).post(`${at}/submit`, { version: draft.version });
    }
    const a1 = (
      await api(t.app)
        .as(coso)
        .get(url(half, tree.cellA1, "2026-H1"))
    ).json();
    await api(t.app)
      .as(coso)
      .post(`${url(half, tree.cellA1, "2026-H1")}/approve`, { version: a1.version });
    const base = url(half, tree.baseA, "2026-H1");
    const own = (
      await api(t.app)
        .as(coso)
        .patch(base, { version: 0, entered: { "entered.letters.received": 1 } })
    ).json();
    expect(value(own, "members.onList")).toBe(5);
    expect(own.childUnits).toBe(3);
    expect(own.values.find((v: { indicator: string }) => v.indicator === "entered.letters.received")).toMatchObject({
      own: 1,
      children: 3,
      value: 4,
    });
    const drill = (await api(t.app).as(coso).get(`${base}/children?indicator=entered.letters.received`)).json();
    expect(
      drill.map((r: { orgUnitName: string; status: string; value: number | null }) => [r.status, r.value]),
    ).toEqual(
      expect.arrayContaining([
        ["approved", 3],
        ["submitted", null],
      ]),
    );
    const computed = (await api(t.app).as(coso).get(`${base}/children?indicator=members.onList`)).json();
    expect(computed.reduce((s: number, r: { value: number }) => s + r.value, 0)).toBe(5);
    expect((await api(t.app).as(coso).get(`${base}/children?indicator=nope.nothing`)).statusCode).toBe(400);
  });

  it("lists completeness and timeliness of a template's reports over a subtree", async () => {
    await submitted(tree.cellA1, "2025-H2", true);
    await submitted(tree.cellA2, "2025-H2", false);
    const res = await api(t.app)
      .as(admin)
      .get(`/api/reports/completeness?templateId=${half}&period=2025-H2&orgUnitId=${tree.root}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ expected: 7, submitted: 2, approved: 1, dueOn: "2026-01-05", onTime: 0 });
    expect(body.rows.find((r: { orgUnitId: string }) => r.orgUnitId === tree.cellA1)).toMatchObject({
      status: "approved",
      onTime: false,
    });
    const outside = await api(t.app)
      .as(cosoB)
      .get(`/api/reports/completeness?templateId=${half}&period=2025-H2&orgUnitId=${tree.baseA}`);
    expect(outside.statusCode).toBe(404);
    const bad = await api(t.app)
      .as(admin)
      .get(`/api/reports/completeness?templateId=${half}&period=2026-11&orgUnitId=${tree.root}`);
    expect(bad.statusCode).toBe(400);
  });

  it("puts reports to fill and to review in each user's inbox", async () => {
    await submitted(tree.cellA3, "2025-H1", false);
    const mine = (await api(t.app).as(chibo).get("/api/reports/inbox")).json();
    expect(mine.toFill.map((r: { templateId: string; period: string }) => `${r.templateId}/${r.period}`)).toEqual(
      expect.arrayContaining([`${monthly}/2026-11`, `${half}/2026-H2`]),
    );
    const review = (await api(t.app).as(coso).get("/api/reports/inbox")).json();
    expect(review.toReview).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ orgUnitId: tree.cellA3, period: "2025-H1", status: "submitted" }),
      ]),
    );
    expect((await api(t.app).anonymous.get("/api/reports/inbox")).statusCode).toBe(401);
  });

  it("lets the top of the tree approve its own report", async () => {
    const at = url(half, tree.root, "2026-H1");
    const draft = (
      await api(t.app)
        .as(admin)
        .patch(at, { version: 0, narrative: { results: "Tốt" } })
    ).json();
    const sent = (await api(t.app).as(admin).post(`${at}/submit`, { version: draft.version })).json();
    const approved = await api(t.app).as(admin).post(`${at}/approve`, { version: sent.version });
    expect(approved.json()).toMatchObject({ status: "approved" });
  });
});

describe("report reminders", () => {
  it("lists the reports of the previous period past due and not submitted, and none once submitted", async () => {
    const mine = async () =>
      (
        (await api(t.app).as(coso).get(`/api/reminders?orgUnitId=${tree.cellA2}`)).json() as {
          kind: string;
          message: string;
          overdue: boolean;
        }[]
      ).filter((r) => r.kind === "report_due" && r.message.includes("Báo cáo thử test_cell_month"));
    expect(await mine()).toEqual([
      expect.objectContaining({ overdue: true, message: expect.stringContaining("tháng 10 năm 2026") }),
    ]);
    const at = url(monthly, tree.cellA2, "2026-10");
    const current = (await api(t.app).as(coso).get(at)).json();
    const draft = current.id
      ? current
      : (
          await api(t.app)
            .as(coso)
            .patch(at, { version: 0, narrative: { results: "Tốt" } })
        ).json();
    expect((await api(t.app).as(coso).post(`${at}/submit`, { version: draft.version })).statusCode).toBe(200);
    expect(await mine()).toEqual([]);
  });
});
