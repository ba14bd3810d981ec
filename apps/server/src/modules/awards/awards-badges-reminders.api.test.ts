import { describe, expect, it } from "vitest";
import { aMember, anOrgTree } from "../../../test/builders";
import { anActor, api, useTestApp } from "../../../test/harness";

const t = useTestApp();

// The tests' today is 23/11/2026: the next award day is 3/2/2027.
describe("the party badge reminder", () => {
  it("names a member reaching a milestone by the next award day, until the badge is decided", async () => {
    const tree = await anOrgTree(t.db, " nhắc huy hiệu");
    const an = await aMember(t.db, {
      orgUnitId: tree.cellA1,
      fullName: "Nguyễn Văn An",
      admissionDecidedOn: "1987-01-10",
      fullMembershipOn: "1988-01-10",
    });
    const admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
    const badgeReminders = async () => {
      const res = await api(t.app).as(admin).get(`/api/reminders?orgUnitId=${tree.root}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().filter((r: { kind: string; memberId: string }) => r.kind === "badge_due" && r.memberId === an);
    };
    const due = await badgeReminders();
    expect(due).toHaveLength(1);
    expect(due[0].message).toContain("40 năm");
    expect(due[0].dueOn).toBe("2027-02-03");

    const tag = Math.random().toString(36).slice(2, 8);
    const decided = await api(t.app)
      .as(admin)
      .post("/api/awards/badge-decisions", {
        orgUnitId: tree.root,
        number: `7-QĐ/TU-${tag}`,
        signedOn: "2026-11-20",
        awardDate: "2027-02-03",
        badges: [{ memberId: an, milestone: 40, kind: "regular", badgeNumber: `HH40-${tag}` }],
      });
    expect(decided.statusCode, decided.body).toBe(201);
    expect(await badgeReminders()).toEqual([]);
  });
});
