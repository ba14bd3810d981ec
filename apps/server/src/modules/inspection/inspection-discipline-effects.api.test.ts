import { describe, expect, it } from "vitest";
import { aMember, anOrgTree } from "../../../test/builders";
import { anActor, api, type TestActor, useTestApp } from "../../../test/harness";
import { memberPoints, openYearCycle, ratingWorld } from "../../../test/ratings-world";

// What a discipline decided by the inspection committee does elsewhere (issue 11 item 4): the year's rating cannot be
// "excellent" and the party badge is delayed; both read the member's record, where the decision wrote its event.
const t = useTestApp();

async function disciplineDecided(actor: TestActor, orgUnitId: string, memberId: string, decidedOn: string) {
  const proposed = await api(t.app).as(actor).post("/api/inspection/discipline", {
    subjectType: "member",
    memberId,
    orgUnitId,
    decidingBody: "inspection_committee",
    violation: "Vi phạm quy định về phòng, chống tham nhũng",
    violationGroup: "ordinary",
    violationFrom: "2026-01-15",
    proposedForm: "warning",
    proposedBy: "Đoàn kiểm tra",
    proposedOn: "2026-04-01",
  });
  expect(proposed.statusCode, proposed.body).toBe(201);
  const decided = await api(t.app)
    .as(actor)
    .post(`/api/inspection/discipline/${proposed.json().id}/decide`, {
      version: 1,
      form: "warning",
      decisionNo: `${Math.random().toString(36).slice(2, 6)}-QĐ/UBKT`,
      decidedOn,
    });
  expect(decided.statusCode, decided.body).toBe(200);
}

describe("the effects of a discipline decision", () => {
  it("bars an excellent rating in the year of the decision", async () => {
    const w = await ratingWorld(t);
    const { ofMember } = await openYearCycle(t, w);
    const memberId = w.members[3] as string;
    const ubkt = await anActor(t.db, { role: "inspection", orgUnitId: w.tree.root });
    await disciplineDecided(ubkt, w.tree.root, memberId, "2026-05-10");
    const self = await api(t.app)
      .as(w.chibo)
      .post(`/api/ratings/assessments/${ofMember(memberId)}/self`, { points: memberPoints(), level: "excellent" });
    expect(self.statusCode).toBe(422);
    expect(self.json().message).toContain("kỷ luật trong năm 2026");
  });

  it("delays the party badge of a member warned before the award date", async () => {
    const tree = await anOrgTree(t.db, " (huy hiệu, kỷ luật)");
    const memberId = await aMember(t.db, {
      orgUnitId: tree.cellA1,
      fullName: "Kiều Văn Huy",
      admissionDecidedOn: "1997-01-20",
      fullMembershipOn: "1998-01-20",
    });
    const ubkt = await anActor(t.db, { role: "inspection", orgUnitId: tree.root });
    await disciplineDecided(ubkt, tree.root, memberId, "2026-10-01");
    const admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
    const list = await api(t.app).as(admin).get(`/api/awards/badges?on=2027-02-03&orgUnitId=${tree.cellA1}`);
    expect(list.statusCode, list.body).toBe(200);
    const item = list.json().items.find((i: { memberId: string }) => i.memberId === memberId);
    expect(item).toMatchObject({ milestone: 30, delayedUntil: "2027-07-01" });
  });
});
