import { beforeAll, describe, expect, it } from "vitest";
import { anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";

const t = useTestApp();
let tree: StandardTree;
let admin: TestActor;
let coso: TestActor;
let chibo: TestActor;

const template = (validFrom: string) => ({
  name: "Thang điểm mới",
  validFrom,
  criteria: [
    { key: "preparation", label: "Chuẩn bị", max: 20 },
    { key: "conduct", label: "Tiến hành", max: 60 },
    { key: "closing", label: "Kết thúc", max: 20 },
  ],
  levels: [
    { level: "good", min: 85 },
    { level: "fair", min: 65 },
    { level: "average", min: 50 },
    { level: "poor", min: 0 },
  ],
});

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
});

describe("scoring templates are data with effective dates", () => {
  it("lets the committee office add a version from a date on; meetings from then on are scored with it", async () => {
    const res = await api(t.app).as(admin).post("/api/scoring-templates", template("2026-11-15"));
    expect(res.statusCode).toBe(201);
    const list = (await api(t.app).as(chibo).get("/api/scoring-templates")).json();
    expect(list.map((x: { validFrom: string }) => x.validFrom)).toEqual(["2018-07-06", "2026-11-15"]);
    const after = (
      await api(t.app).as(chibo).post("/api/meetings", {
        orgUnitId: tree.cellA1,
        kind: "regular",
        topic: "Sau ngày áp dụng",
        scheduledAt: "2026-11-20T08:00:00+07:00",
      })
    ).json();
    const scored = await api(t.app)
      .as(chibo)
      .put(`/api/meetings/${after.id}/score`, { points: { preparation: 18, conduct: 52, closing: 17 } });
    expect(scored.json().score).toMatchObject({ total: 87, level: "good" });
    const before = (
      await api(t.app).as(chibo).post("/api/meetings", {
        orgUnitId: tree.cellA1,
        kind: "regular",
        topic: "Trước ngày áp dụng",
        scheduledAt: "2026-11-05T08:00:00+07:00",
      })
    ).json();
    expect(
      (
        await api(t.app)
          .as(chibo)
          .put(`/api/meetings/${before.id}/score`, { points: { preparation: 18, conduct: 52, closing: 17 } })
      ).statusCode,
    ).toBe(422);
  });

  it("refuses a base committee (403), anonymous (401), a taken date (409) and bad input (400), changing nothing", async () => {
    // The date taken is the seeded template's, which no test changes (templates are shared by the whole database).
    const [seeded] = (await api(t.app).as(chibo).get("/api/scoring-templates")).json();
    expect(seeded.validFrom).toBe("2018-07-06");
    const before = await snapshot(t.db, ["scoring_templates", "audit_events"]);
    expect((await api(t.app).as(coso).post("/api/scoring-templates", template("2027-01-01"))).statusCode).toBe(403);
    expect((await api(t.app).anonymous.post("/api/scoring-templates", template("2027-01-01"))).statusCode).toBe(401);
    expect((await api(t.app).as(admin).post("/api/scoring-templates", template(seeded.validFrom))).statusCode).toBe(
      409,
    );
    expect(
      (
        await api(t.app)
          .as(admin)
          .post("/api/scoring-templates", { ...template("2027-01-01"), levels: [] })
      ).statusCode,
    ).toBe(400);
    expect(await snapshot(t.db, ["scoring_templates", "audit_events"])).toBe(before);
  });
});
