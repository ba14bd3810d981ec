import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, type TestActor, useTestApp } from "../../../test/harness";
import { users } from "../../db/schema";

const t = useTestApp();
let tree: StandardTree;
let tu: TestActor;
let unlinked: TestActor;
let chibo: TestActor;
let tuId: string;

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  // Admitted 24/01/1987: 40 years of party age at the award date of 03/02/2027.
  tuId = await aMember(t.db, {
    orgUnitId: tree.cellA1,
    fullName: "Hoàng Văn Tư",
    admissionDecidedOn: "1987-01-24",
    ceremonyOn: "1987-02-07",
    fullMembershipOn: "1988-02-07",
    citizenId: "099060000111",
  });
  for (let i = 0; i < 3; i++) await aMember(t.db, { orgUnitId: tree.cellA1, fullName: `Đảng viên ${i}` });
  tu = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
  await t.db.update(users).set({ memberId: tuId }).where(eq(users.id, tu.userId));
  unlinked = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  const other = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA2 });
  await api(t.app).as(chibo).post("/api/meetings", {
    orgUnitId: tree.cellA1,
    kind: "regular",
    topic: "Sinh hoạt tháng 12",
    scheduledAt: "2026-12-05T07:30:00+07:00",
  });
  await api(t.app).as(other).post("/api/meetings", {
    orgUnitId: tree.cellA2,
    kind: "regular",
    topic: "Chi bộ khác",
    scheduledAt: "2026-12-06T07:30:00+07:00",
  });
});

describe("the member's handbook", () => {
  it("shows party age, the 40-year badge due on 03/02/2027, and only the member's own cell's meetings", async () => {
    const res = await api(t.app).as(tu).get("/api/me/handbook");
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      fullName: "Hoàng Văn Tư",
      partyAge: { years: 39, since: "1987-01-24" },
      nextBadge: { years: 40, on: "2027-02-03" },
    });
    expect(body.upcoming.map((m: { topic: string }) => m.topic)).toEqual(["Sinh hoạt tháng 12"]);
    expect(body.upcoming[0].agenda.length).toBeGreaterThan(3);
  });

  it("gives the member their own record with the citizen ID masked", async () => {
    const res = await api(t.app).as(tu).get("/api/me/member");
    expect(res.json()).toMatchObject({ id: tuId, citizenId: "099******111" });
  });

  it("refuses anonymous (401) and an account not linked to a member (404 with a Vietnamese message)", async () => {
    expect((await api(t.app).anonymous.get("/api/me/handbook")).statusCode).toBe(401);
    const res = await api(t.app).as(unlinked).get("/api/me/handbook");
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toMatch(/chưa được gắn với hồ sơ đảng viên/);
  });
});
