import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";

const t = useTestApp();
let tree: StandardTree;
let coso: TestActor;
let chibo: TestActor;
let member: TestActor;

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  member = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
});

describe("terms (nhiệm kỳ)", () => {
  it("adds a term and lists it", async () => {
    const res = await api(t.app)
      .as(coso)
      .post(`/api/org-units/${tree.baseA}/terms`, { name: "2025–2030", startsOn: "2025-06-20" });
    expect(res.statusCode).toBe(201);
    const list = (await api(t.app).as(coso).get(`/api/org-units/${tree.baseA}/terms`)).json();
    expect(list.map((x: { name: string }) => x.name)).toEqual(["2025–2030"]);
  });

  it("refuses an overlapping term (422) and changes nothing", async () => {
    // On a unit of its own (the other test lists the terms of the base committee).
    const first = await api(t.app)
      .as(coso)
      .post(`/api/org-units/${tree.subA}/terms`, { name: "2025–2030", startsOn: "2025-06-20" });
    expect(first.statusCode).toBe(201);
    const before = await snapshot(t.db);
    const res = await api(t.app)
      .as(coso)
      .post(`/api/org-units/${tree.subA}/terms`, { name: "2026–2031", startsOn: "2026-01-01" });
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toBe('Nhiệm kỳ trùng thời gian với nhiệm kỳ "2025–2030".');
    expect(await snapshot(t.db)).toBe(before);
  });

  it("refuses anonymous (401), a member (403), outside the subtree (404), bad input (400)", async () => {
    expect((await api(t.app).anonymous.get(`/api/org-units/${tree.baseA}/terms`)).statusCode).toBe(401);
    expect(
      (
        await api(t.app)
          .as(member)
          .post(`/api/org-units/${tree.cellA1}/terms`, { name: "2025–2027", startsOn: "2025-05-01" })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await api(t.app)
          .as(coso)
          .post(`/api/org-units/${tree.baseB}/terms`, { name: "2025–2030", startsOn: "2025-05-01" })
      ).statusCode,
    ).toBe(404);
    expect(
      (await api(t.app).as(coso).post(`/api/org-units/${tree.baseA}/terms`, { name: "", startsOn: "hôm nay" }))
        .statusCode,
    ).toBe(400);
  });
});

describe("committee positions", () => {
  it("appoints a cell secretary and ends the position", async () => {
    const hung = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Lê Văn Hùng" });
    const res = await api(t.app).as(chibo).post(`/api/org-units/${tree.cellA1}/positions`, {
      kind: "secretary",
      memberId: hung,
      startsOn: "2025-05-10",
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().holderName).toBe("Lê Văn Hùng");
    const id = res.json().id;
    expect((await api(t.app).as(chibo).get(`/api/org-units/${tree.cellA1}/positions`)).json()).toHaveLength(1);
    const ended = await api(t.app).as(chibo).post(`/api/positions/${id}/end`, { endsOn: "2026-11-01" });
    expect(ended.json().endsOn).toBe("2026-11-01");
    expect((await api(t.app).as(chibo).get(`/api/org-units/${tree.cellA1}/positions`)).json()).toHaveLength(0);
    expect((await api(t.app).as(chibo).get(`/api/org-units/${tree.cellA1}/positions?all=1`)).json()).toHaveLength(1);
  });

  it("gives an inspection chair only to a base committee or higher (422)", async () => {
    const res = await api(t.app).as(coso).post(`/api/org-units/${tree.subA}/positions`, {
      kind: "inspection_chair",
      holderName: "Ai Đó",
      startsOn: "2025-05-10",
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().fields.kind).toBe("Chỉ đảng bộ cơ sở trở lên mới có ủy ban kiểm tra.");
  });

  it("refuses anonymous (401), a member (403), outside the subtree (404), an unknown kind (400)", async () => {
    const body = { kind: "secretary", holderName: "X", startsOn: "2025-05-10" };
    expect((await api(t.app).anonymous.post(`/api/org-units/${tree.cellA1}/positions`, body)).statusCode).toBe(401);
    expect((await api(t.app).as(member).post(`/api/org-units/${tree.cellA1}/positions`, body)).statusCode).toBe(403);
    expect((await api(t.app).as(chibo).post(`/api/org-units/${tree.cellA2}/positions`, body)).statusCode).toBe(404);
    expect(
      (
        await api(t.app)
          .as(chibo)
          .post(`/api/org-units/${tree.cellA1}/positions`, { ...body, kind: "king" })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await api(t.app)
          .as(chibo)
          .post("/api/positions/00000000-0000-4000-8000-000000000000/end", { endsOn: "2026-01-01" })
      ).statusCode,
    ).toBe(404);
  });
});
