import { beforeAll, describe, expect, it } from "vitest";
import { anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";

const t = useTestApp();
let tree: StandardTree;
let chibo: TestActor;
let otherChibo: TestActor;
let member: TestActor;

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  otherChibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA2 });
  member = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
});

describe("planning the year's regular meetings", () => {
  it("plans one regular meeting a month on the recurring day, from now on, skipping months already planned", async () => {
    await api(t.app).as(chibo).post("/api/meetings", {
      orgUnitId: tree.cellA1,
      kind: "regular",
      topic: "Tháng 2",
      scheduledAt: "2027-02-10T08:00:00+07:00",
    });
    const res = await api(t.app).as(chibo).post("/api/meetings/plan-year", {
      orgUnitId: tree.cellA1,
      year: 2027,
      dayOfMonth: 5,
      time: "07:30",
      place: "Phòng họp",
    });
    expect(res.statusCode).toBe(201);
    const regular = res.json().filter((m: { kind: string }) => m.kind === "regular");
    expect(regular).toHaveLength(12);
    expect(regular.filter((m: { topic: string }) => m.topic.startsWith("Sinh hoạt chi bộ thường kỳ"))).toHaveLength(11);
    const thisYear = await api(t.app)
      .as(chibo)
      .post("/api/meetings/plan-year", { orgUnitId: tree.cellA1, year: 2026, dayOfMonth: 25, time: "07:30" });
    expect(thisYear.json().map((m: { scheduledAt: string }) => m.scheduledAt.slice(0, 7))).toEqual([
      "2026-12",
      "2026-11",
    ]);
  });

  it("refuses a year already planned (422), anonymous (401), a member (403), another cell (404), a bad time (400)", async () => {
    // A year of its own (the other test plans 2026 and 2027), planned here before it is refused.
    const body = { orgUnitId: tree.cellA1, year: 2028, dayOfMonth: 5, time: "07:30" };
    expect((await api(t.app).as(chibo).post("/api/meetings/plan-year", body)).statusCode).toBe(201);
    const before = await snapshot(t.db, ["meetings", "audit_events"]);
    expect((await api(t.app).as(chibo).post("/api/meetings/plan-year", body)).statusCode).toBe(422);
    expect((await api(t.app).anonymous.post("/api/meetings/plan-year", body)).statusCode).toBe(401);
    expect((await api(t.app).as(member).post("/api/meetings/plan-year", body)).statusCode).toBe(403);
    expect((await api(t.app).as(otherChibo).post("/api/meetings/plan-year", body)).statusCode).toBe(404);
    expect(
      (
        await api(t.app)
          .as(chibo)
          .post("/api/meetings/plan-year", { ...body, time: "25:00" })
      ).statusCode,
    ).toBe(400);
    expect(await snapshot(t.db, ["meetings", "audit_events"])).toBe(before);
  });
});
