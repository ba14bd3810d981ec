import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, figure, type TestActor, useTestApp } from "../../../test/harness";

const t = useTestApp();
let tree: StandardTree;
let coso: TestActor;
let chibo: TestActor;
let member: TestActor;
let absent: string;
let present: string;

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  member = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
  present = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Nguyễn Văn Đủ" });
  absent = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Trần Văn Vắng" });
  for (const [day, points] of [
    ["2026-09-10", 95],
    ["2026-10-10", 80],
    ["2026-11-10", 92],
  ] as const) {
    const id = (
      await api(t.app)
        .as(chibo)
        .post("/api/meetings", {
          orgUnitId: tree.cellA1,
          kind: "regular",
          topic: `Sinh hoạt ${day}`,
          scheduledAt: `${day}T08:00:00+07:00`,
        })
    ).json().id;
    await api(t.app)
      .as(chibo)
      .put(`/api/meetings/${id}/attendance`, {
        entries: [
          { memberId: present, status: "present" },
          { memberId: absent, status: "absent_unexcused" },
        ],
      });
    await api(t.app)
      .as(chibo)
      .put(`/api/meetings/${id}/score`, {
        points: { preparation: 15, attendance: 20, conduct: points - 55, closing: 20 },
      });
  }
});

describe("oversight of meetings in a subtree", () => {
  it("flags cells with no regular meeting this month, no thematic meeting this quarter, and absence without reason in three months", async () => {
    const res = await api(t.app).as(coso).get("/api/meetings/alerts");
    expect(res.statusCode).toBe(200);
    const alerts = res.json() as { kind: string; orgUnitId: string; memberName: string | null }[];
    expect(alerts.some((a) => a.kind === "no_regular_this_month" && a.orgUnitId === tree.cellA2)).toBe(true);
    expect(alerts.some((a) => a.kind === "no_regular_this_month" && a.orgUnitId === tree.cellA1)).toBe(false);
    expect(alerts.some((a) => a.kind === "no_thematic_this_quarter" && a.orgUnitId === tree.cellA1)).toBe(true);
    expect(alerts.filter((a) => a.kind === "absent_unexcused_months").map((a) => a.memberName)).toEqual([
      "Trần Văn Vắng",
    ]);
  });

  it("rates each cell's year from its scored regular meetings", async () => {
    const res = await api(t.app).as(coso).get("/api/meetings/yearly-ratings?year=2026");
    const cell = res.json().find((r: { orgUnitId: string }) => r.orgUnitId === tree.cellA1);
    expect(cell).toMatchObject({ meetingsScored: 3, rating: "fair" });
  });

  it("refuses anonymous (401), a unit outside the subtree (404), a member role without meeting rights there (404) and bad input (400)", async () => {
    expect((await api(t.app).anonymous.get("/api/meetings/alerts")).statusCode).toBe(401);
    expect((await api(t.app).as(chibo).get(`/api/meetings/alerts?orgUnitId=${tree.cellA2}`)).statusCode).toBe(404);
    expect(
      (await api(t.app).as(member).get(`/api/meetings/yearly-ratings?year=2026&orgUnitId=${tree.cellB1}`)).statusCode,
    ).toBe(404);
    expect((await api(t.app).as(coso).get("/api/meetings/yearly-ratings?year=20x6")).statusCode).toBe(400);
  });

  it("computes the report indicators for a subtree and a period", async () => {
    const year = (indicator: string, orgUnitId: string) =>
      figure(t.app, coso, indicator, orgUnitId, "2026-01-01", "2026-12-31");
    expect(await year("meetings.held.regular", tree.baseA)).toBe(3);
    expect(await year("meetings.held.thematic", tree.baseA)).toBe(0);
    expect(await year("meetings.attendanceRate", tree.baseA)).toBe(50);
    expect(await year("meetings.quality.good", tree.baseA)).toBe(2);
    expect(await year("meetings.quality.fair", tree.baseA)).toBe(1);
    expect(await year("meetings.held.regular", tree.cellA2)).toBe(0);
  });
});
