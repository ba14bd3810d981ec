import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree } from "../../../test/builders";
import { anActor, api, type TestActor, useTestApp } from "../../../test/harness";
import { users } from "../../db/schema";

// Party age exists only for a member recognised as full (issue 8 item 3): the handbook shows none on probation.
const t = useTestApp();
let probationer: TestActor;

beforeAll(async () => {
  const tree = await anOrgTree(t.db, " (tuổi đảng)");
  // Decided 24/01/1997: thirty years on 24/01/2027, were the member full; but the member is still on probation.
  const id = await aMember(t.db, {
    orgUnitId: tree.cellA1,
    fullName: "Lý Văn Dự Bị",
    status: "probationary",
    admissionDecidedOn: "1997-01-24",
    ceremonyOn: "2026-05-10",
  });
  probationer = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
  await t.db.update(users).set({ memberId: id }).where(eq(users.id, probationer.userId));
});

describe("the handbook of a probationary member", () => {
  it("shows no party age and no coming badge", async () => {
    const res = await api(t.app).as(probationer).get("/api/me/handbook");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "probationary", partyAge: { since: null }, nextBadge: null });
  });
});
