import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";
import { users } from "../../db/schema";

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
  const memberId = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Hoàng Văn Tư" });
  await t.db.update(users).set({ memberId }).where(eq(users.id, member.userId));
});

describe("notices from the cell", () => {
  it("are posted by the secretary and shown in the members' handbook, until withdrawn", async () => {
    const posted = await api(t.app).as(chibo).post("/api/notices", {
      orgUnitId: tree.cellA1,
      title: "Đóng đảng phí quý IV",
      body: "Các đồng chí nộp đảng phí trước ngày 30/11.",
    });
    expect(posted.statusCode).toBe(201);
    expect(
      (await api(t.app).as(member).get("/api/me/handbook")).json().notices.map((n: { title: string }) => n.title),
    ).toEqual(["Đóng đảng phí quý IV"]);
    const seen = (await api(t.app).as(member).get(`/api/notices?orgUnitId=${tree.cellA1}`)).json().items;
    expect(seen).toHaveLength(1);
    // The secretary may withdraw it, the member only reads it: the answer says so.
    expect(seen[0].can).toEqual({ withdraw: false });
    expect(posted.json().can).toEqual({ withdraw: true });
    expect((await api(t.app).as(chibo).get(`/api/notices?orgUnitId=${tree.cellA1}`)).json().items[0]).toMatchObject({
      title: "Đóng đảng phí quý IV",
      postedOn: "2026-11-23",
      can: { withdraw: true },
    });
    expect((await api(t.app).as(chibo).delete(`/api/notices/${posted.json().id}`)).statusCode).toBe(200);
    expect((await api(t.app).as(member).get("/api/me/handbook")).json().notices).toEqual([]);
  });

  it("come a page at a time, newest first, with the count of those still posted", async () => {
    const own = await anOrgTree(t.db, " (trang thông báo)");
    const secretary = await anActor(t.db, { role: "cell_secretary", orgUnitId: own.cellA1 });
    for (const title of ["Thông báo 1", "Thông báo 2", "Thông báo 3"]) {
      const res = await api(t.app)
        .as(secretary)
        .post("/api/notices", { orgUnitId: own.cellA1, title, body: "Nội dung" });
      expect(res.statusCode).toBe(201);
    }
    const url = `/api/notices?orgUnitId=${own.cellA1}&pageSize=2`;
    const first = (await api(t.app).as(secretary).get(url)).json();
    expect(first.total).toBe(3);
    expect(first.items).toHaveLength(2);
    const second = (await api(t.app).as(secretary).get(`${url}&page=2`)).json();
    expect(second.items).toHaveLength(1);
    const titles = [...first.items, ...second.items].map((n: { title: string }) => n.title);
    expect(titles.sort()).toEqual(["Thông báo 1", "Thông báo 2", "Thông báo 3"]);
    expect((await api(t.app).as(secretary).get(`${url}&pageSize=500`)).statusCode).toBe(400);
  });

  it("refuses anonymous (401), a member posting (403), another cell (404), an empty title (400), changing nothing", async () => {
    const before = await snapshot(t.db, ["notices", "audit_events"]);
    const body = { orgUnitId: tree.cellA1, title: "X", body: "Y" };
    expect((await api(t.app).anonymous.post("/api/notices", body)).statusCode).toBe(401);
    expect((await api(t.app).as(member).post("/api/notices", body)).statusCode).toBe(403);
    expect((await api(t.app).as(otherChibo).post("/api/notices", body)).statusCode).toBe(404);
    expect(
      (
        await api(t.app)
          .as(chibo)
          .post("/api/notices", { ...body, title: "" })
      ).statusCode,
    ).toBe(400);
    expect(await snapshot(t.db, ["notices", "audit_events"])).toBe(before);
  });
});
