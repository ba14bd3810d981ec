import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, figure, snapshot, type TestActor, useTestApp } from "../../../test/harness";

// Emulation models (issue 9 item 7) and campaigns (item 5): registry, scoring and recognition, export; campaigns CRUD.
const t = useTestApp();
let tree: StandardTree;
let chibo: TestActor;
let coso: TestActor;
let cosoB: TestActor;
let inspector: TestActor;
let admin: TestActor;
const tables = ["emulation_models", "award_campaigns", "audit_events"];

beforeAll(async () => {
  tree = await anOrgTree(t.db, " (mô hình)");
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  cosoB = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseB });
  inspector = await anActor(t.db, { role: "inspection", orgUnitId: tree.root });
  admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
});

const model = (over: object = {}) => ({
  orgUnitId: tree.cellA1,
  title: "dan_van_kheo",
  field: "economy",
  name: "Tổ liên kết trồng chè an toàn",
  level: "grassroots",
  year: 2026,
  registeredOn: "2026-03-02",
  valueVnd: 150_000_000,
  description: "Vận động 40 hộ liên kết sản xuất chè theo tiêu chuẩn VietGAP",
  ...over,
});
const register = async (actor: TestActor, over: object = {}) =>
  api(t.app).as(actor).post("/api/awards/models", model(over));

async function refused(res: Promise<{ statusCode: number; body: string; json(): unknown }>, status: number) {
  const before = await snapshot(t.db, tables);
  const answer = await res;
  expect(answer.statusCode, answer.body).toBe(status);
  expect(await snapshot(t.db, tables)).toBe(before);
  return answer.json() as { code: string; message: string; fields: Record<string, string> };
}

describe("emulation models", () => {
  it("lists the catalogue: Dân vận khéo in its four fields, recognised from 75 to 100 points", async () => {
    const res = (await api(t.app).as(chibo).get("/api/awards/model-titles")).json();
    expect(res.titles[0].label).toBe("Dân vận khéo");
    expect(res.titles[0].fields.map((f: { code: string }) => f.code)).toEqual([
      "economy",
      "culture_society",
      "defence_security",
      "political_system",
    ]);
    expect(res.recognitionScore).toEqual({ min: 75, max: 100 });
  });

  it("registers a model with an exemplar, and recognises it within the score range", async () => {
    const memberId = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Hà Thị Chè" });
    const res = await register(chibo, { memberId });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: "registered",
      titleLabel: "Dân vận khéo",
      fieldLabel: "Kinh tế",
      memberName: "Hà Thị Chè",
      valueVnd: 150_000_000,
    });
    const id = res.json().id;
    await refused(
      api(t.app).as(chibo).post(`/api/awards/models/${id}/recognise`, {
        version: 1,
        score: 80,
        recognisedOn: "2026-11-20",
        number: "5-QĐ",
      }),
      403,
    );
    const missing = await refused(
      api(t.app)
        .as(coso)
        .post(`/api/awards/models/${id}/recognise`, { version: 1, score: 80, recognisedOn: "2026-11-20" }),
      422,
    );
    expect(missing.fields.number).toBeDefined();
    const ok = await api(t.app).as(coso).post(`/api/awards/models/${id}/recognise`, {
      version: 1,
      score: 82,
      recognisedOn: "2026-11-20",
      number: "12-QĐ/ĐU",
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: "recognised", score: 82, recognitionNumber: "12-QĐ/ĐU" });
    await refused(
      api(t.app).as(coso).post(`/api/awards/models/${id}/recognise`, {
        version: 2,
        score: 90,
        recognisedOn: "2026-11-20",
        number: "13-QĐ",
      }),
      409,
    );
  });

  it("hides a model from a member's account (404), and refuses the inspection committee's changes (403)", async () => {
    const id = (await register(chibo, { name: "Mô hình kín" })).json().id;
    const member = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
    await refused(api(t.app).as(member).patch(`/api/awards/models/${id}`, { version: 1, name: "Khác" }), 404);
    await refused(api(t.app).as(member).delete(`/api/awards/models/${id}`), 404);
    await refused(api(t.app).as(inspector).patch(`/api/awards/models/${id}`, { version: 1, name: "Khác" }), 403);
    const recognise = { version: 1, score: 90, recognisedOn: "2026-11-20", number: "1-QĐ" };
    await refused(api(t.app).as(member).post(`/api/awards/models/${id}/recognise`, recognise), 404);
    await refused(api(t.app).as(cosoB).post(`/api/awards/models/${id}/recognise`, recognise), 404);
  });

  it("does not recognise a model scored below the range", async () => {
    const id = (await register(chibo, { name: "Mô hình điểm thấp", field: "culture_society" })).json().id;
    const res = await api(t.app)
      .as(coso)
      .post(`/api/awards/models/${id}/recognise`, { version: 1, score: 74, recognisedOn: "2026-11-20" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: "not_recognised", score: 74, recognitionNumber: null });
  });

  it("refuses a title or field not in the catalogue, an exemplar outside the unit, a future date, outsiders", async () => {
    expect((await refused(register(chibo, { title: "chi_bo_4_tot" }), 422)).fields.title).toBeDefined();
    expect((await refused(register(chibo, { field: "sport" }), 422)).fields.field).toBeDefined();
    expect((await refused(register(chibo, { registeredOn: "2026-12-30" }), 422)).fields.registeredOn).toBeDefined();
    const other = await aMember(t.db, { orgUnitId: tree.cellA2 });
    expect((await refused(register(chibo, { memberId: other }), 422)).fields.memberId).toBeDefined();
    await refused(register(chibo, { level: "national" }), 400);
    await refused(register(chibo, { valueVnd: -5 }), 400);
    await refused(register(inspector), 403);
    await refused(register(cosoB), 404);
    await refused(api(t.app).anonymous.post("/api/awards/models", model()), 401);
  });

  it("corrects and deletes a registered model; lists by year, field and status within a subtree; exports .xlsx", async () => {
    const created = (
      await register(chibo, { name: "Mô hình sửa", field: "defence_security", year: 2025, registeredOn: "2025-04-01" })
    ).json();
    const patched = await api(t.app)
      .as(chibo)
      .patch(`/api/awards/models/${created.id}`, { version: 1, name: "Mô hình đã sửa", valueVnd: null });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ name: "Mô hình đã sửa", valueVnd: null, version: 2 });
    await refused(api(t.app).as(chibo).patch(`/api/awards/models/${created.id}`, { version: 1, name: "Cũ" }), 409);
    const list = (
      await api(t.app).as(coso).get(`/api/awards/models?orgUnitId=${tree.baseA}&year=2025&field=defence_security`)
    ).json();
    expect(list.items.map((m: { name: string }) => m.name)).toEqual(["Mô hình đã sửa"]);
    expect((await api(t.app).as(cosoB).get(`/api/awards/models?orgUnitId=${tree.cellA1}`)).statusCode).toBe(404);
    expect((await api(t.app).as(cosoB).get("/api/awards/models?year=2025")).json().total).toBe(0);
    const file = await api(t.app).as(coso).get(`/api/awards/models/export.xlsx?orgUnitId=${tree.baseA}&year=2025`);
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toContain("spreadsheetml");
    expect(file.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const gone = await api(t.app).as(chibo).delete(`/api/awards/models/${created.id}`);
    expect(gone.statusCode, gone.body).toBe(200);
    expect((await api(t.app).as(chibo).get(`/api/awards/models?orgUnitId=${tree.cellA1}&year=2025`)).json().total).toBe(
      0,
    );
  });

  it("counts models registered and recognised in the subtree", async () => {
    const before = await figure(t.app, admin, "awards.models.recognised", tree.baseB, "2026-01-01", "2026-12-31");
    const id = (await register(cosoB, { orgUnitId: tree.cellB1, name: "Mô hình Y tế" })).json().id;
    await api(t.app).as(cosoB).post(`/api/awards/models/${id}/recognise`, {
      version: 1,
      score: 95,
      recognisedOn: "2026-11-21",
      number: "3-QĐ/ĐU",
    });
    expect(
      await figure(t.app, admin, "awards.models.registered", tree.baseB, "2026-01-01", "2026-12-31"),
    ).toBeGreaterThanOrEqual(1);
    expect(await figure(t.app, admin, "awards.models.recognised", tree.baseB, "2026-01-01", "2026-12-31")).toBe(
      (before ?? 0) + 1,
    );
  });
});

describe("campaigns", () => {
  const campaign = (over: object = {}) => ({
    orgUnitId: tree.baseA,
    name: "Thi đua chào mừng 80 năm Cách mạng Tháng Tám",
    startsOn: "2025-01-01",
    endsOn: "2025-08-19",
    criteria: "Hoàn thành xuất sắc nhiệm vụ chính trị; có mô hình Dân vận khéo",
    ...over,
  });

  it("creates a campaign, seen by the cells below but changed only by its unit; corrects and deletes it", async () => {
    const res = await api(t.app).as(coso).post("/api/awards/campaigns", campaign());
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    const below = (await api(t.app).as(chibo).get("/api/awards/campaigns?year=2025")).json();
    expect(below.map((c: { id: string }) => c.id)).toContain(id);
    expect((await api(t.app).as(cosoB).get("/api/awards/campaigns?year=2025")).json()).toEqual([]);
    await refused(api(t.app).as(chibo).patch(`/api/awards/campaigns/${id}`, { version: 1, name: "Khác" }), 404);
    const mine = (await api(t.app).as(coso).get(`/api/awards/campaigns?orgUnitId=${tree.baseA}&year=2025`)).json();
    expect(mine.map((c: { id: string }) => c.id)).toContain(id);
    const patched = await api(t.app)
      .as(coso)
      .patch(`/api/awards/campaigns/${id}`, { version: 1, endsOn: "2025-09-02" });
    expect(patched.json()).toMatchObject({ endsOn: "2025-09-02", version: 2 });
    expect((await api(t.app).as(coso).delete(`/api/awards/campaigns/${id}`)).statusCode).toBe(200);
  });

  it("refuses a period ending before it starts, the inspection committee (403), a unit above one's own (404)", async () => {
    expect(
      (
        await refused(
          api(t.app)
            .as(coso)
            .post("/api/awards/campaigns", campaign({ endsOn: "2024-12-31" })),
          422,
        )
      ).fields.endsOn,
    ).toBeDefined();
    await refused(api(t.app).as(inspector).post("/api/awards/campaigns", campaign()), 403);
    await refused(api(t.app).as(chibo).post("/api/awards/campaigns", campaign()), 404);
    await refused(api(t.app).as(cosoB).post("/api/awards/campaigns", campaign()), 404);
    await refused(
      api(t.app)
        .as(coso)
        .post("/api/awards/campaigns", campaign({ name: "" })),
      400,
    );
  });
});
