import { beforeAll, describe, expect, it } from "vitest";
import { anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, type TestActor, useTestApp } from "../../../test/harness";

const t = useTestApp();
let tree: StandardTree;
let admin: TestActor;
let chibo: TestActor;
let kiemtra: TestActor;
let memberId: string;
let meetingId: string;

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  kiemtra = await anActor(t.db, { role: "inspection", orgUnitId: tree.root });
  const created = await api(t.app).as(admin).post("/api/members", {
    orgUnitId: tree.cellA1,
    fullName: "Đỗ Thị Riêng",
    sex: "female",
    birthDate: "1984-09-09",
    citizenId: "001184012345",
    phone: "0912345678",
    address: "15 Trần Hưng Đạo, phường Bình Sơn",
  });
  memberId = created.json().id;
  const edit = { version: 1, phone: "0987654321", address: "3 Nguyễn Trãi, phường Bình Sơn" };
  expect((await api(t.app).as(admin).patch(`/api/members/${memberId}`, edit)).statusCode).toBe(200);
  const planned = await api(t.app).as(admin).post("/api/meetings", {
    orgUnitId: tree.cellA1,
    kind: "regular",
    topic: "Sinh hoạt tháng 11",
    scheduledAt: "2026-11-05T07:30:00+07:00",
  });
  meetingId = planned.json().id;
});

const history = (actor: TestActor, entityType: string, entityId: string) =>
  api(t.app).as(actor).get(`/api/audit-events?entityType=${entityType}&entityId=${entityId}`);

describe("GET /api/audit-events", () => {
  it("shows a member's history with the personal fields masked for a secretary without member.sensitive", async () => {
    const res = await history(chibo, "member", memberId);
    expect(res.statusCode).toBe(200);
    const text = res.body;
    for (const secret of ["001184012345", "0912345678", "0987654321", "Trần Hưng Đạo", "Nguyễn Trãi"])
      expect(text).not.toContain(secret);
    expect(res.json()[0].after.citizenId).toBe("001******345");
    expect(res.json()[0].after.fullName).toBe("Đỗ Thị Riêng");
  });

  it("shows the same history in full to the office, which holds member.sensitive", async () => {
    const res = await history(admin, "member", memberId);
    expect(res.body).toContain("001184012345");
    expect(res.body).toContain("Nguyễn Trãi");
  });

  it("needs the record's own read permission: a secretary may not read users, so not a user's history (404)", async () => {
    const secretaryUser = (await api(t.app).as(admin).get("/api/users")).json()[0].id as string;
    expect((await history(admin, "user", secretaryUser)).statusCode).toBe(200);
    expect((await history(chibo, "user", secretaryUser)).statusCode).toBe(404);
    expect((await history(kiemtra, "meeting", meetingId)).statusCode).toBe(200);
  });

  it("refuses anonymous (401), an unknown entity type (404) and bad input (400)", async () => {
    expect(
      (await api(t.app).anonymous.get(`/api/audit-events?entityType=member&entityId=${memberId}`)).statusCode,
    ).toBe(401);
    expect((await history(admin, "nothing", memberId)).statusCode).toBe(404);
    expect((await history(admin, "member", "not-a-uuid")).statusCode).toBe(400);
  });
});
