import { describe, expect, it } from "vitest";
import { anOrgTree } from "../../../test/builders";
import { anActor, api, type TestActor, useTestApp } from "../../../test/harness";

const t = useTestApp();

const plan = async (actor: TestActor, orgUnitId: string, scheduledAt: string, kind = "regular") => {
  const res = await api(t.app)
    .as(actor)
    .post("/api/meetings", {
      orgUnitId,
      kind,
      topic: `Sinh hoạt ${scheduledAt.slice(0, 10)}`,
      scheduledAt,
      place: "Phòng họp",
    });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
};

const topics = (res: { json: () => { items: { topic: string }[] } }) => res.json().items.map((m) => m.topic);

describe("GET /api/meetings", () => {
  it("answers one page of the subtree's meetings, newest first, with the total and the filters applied", async () => {
    // A tree of its own, so the list holds exactly the meetings planned here.
    const own = await anOrgTree(t.db, " (trang)");
    const coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: own.baseA });
    const chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: own.cellA1 });
    const otherBase = await anActor(t.db, { role: "grassroots_staff", orgUnitId: own.baseB });
    await plan(chibo, own.cellA1, "2026-09-15T07:30:00+07:00");
    await plan(chibo, own.cellA1, "2026-10-15T07:30:00+07:00");
    await plan(chibo, own.cellA1, "2026-11-10T07:30:00+07:00", "thematic");
    await plan(coso, own.cellA2, "2026-11-12T07:30:00+07:00");
    await plan(otherBase, own.cellB1, "2026-11-13T07:30:00+07:00");

    const first = await api(t.app).as(coso).get("/api/meetings?pageSize=2");
    expect(first.statusCode).toBe(200);
    expect(first.json().total).toBe(4);
    expect(topics(first)).toEqual(["Sinh hoạt 2026-11-12", "Sinh hoạt 2026-11-10"]);
    const second = await api(t.app).as(coso).get("/api/meetings?pageSize=2&page=2");
    expect(topics(second)).toEqual(["Sinh hoạt 2026-10-15", "Sinh hoạt 2026-09-15"]);
    expect(second.json().items[0]).toMatchObject({ orgUnitName: "Chi bộ Văn phòng (trang)", status: "planned" });

    const october = await api(t.app).as(coso).get("/api/meetings?from=2026-10-01&to=2026-10-31");
    expect(october.json()).toMatchObject({ total: 1, items: [{ topic: "Sinh hoạt 2026-10-15" }] });
    const thematic = await api(t.app).as(coso).get(`/api/meetings?kind=thematic&orgUnitId=${own.cellA1}`);
    expect(topics(thematic)).toEqual(["Sinh hoạt 2026-11-10"]);
    const cell = await api(t.app).as(chibo).get("/api/meetings");
    expect(cell.json().total).toBe(3);
  });

  it("refuses a page size over 200 and a bad filter (400), a unit outside the subtree (404)", async () => {
    const own = await anOrgTree(t.db, " (trang lỗi)");
    const chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: own.cellA1 });
    expect((await api(t.app).as(chibo).get("/api/meetings?pageSize=201")).statusCode).toBe(400);
    expect((await api(t.app).as(chibo).get("/api/meetings?page=0")).statusCode).toBe(400);
    expect((await api(t.app).as(chibo).get("/api/meetings?status=lost")).statusCode).toBe(400);
    expect((await api(t.app).as(chibo).get(`/api/meetings?orgUnitId=${own.cellA2}`)).statusCode).toBe(404);
  });
});
