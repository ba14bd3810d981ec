import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { api, useTestApp } from "../../../test/harness";
import { decideAs, openYearCycle, ratingWorld, toProposed } from "../../../test/ratings-world";
import { residenceCommentRequests, residenceRegistrations } from "../../db/schema";

const t = useTestApp();

/** A regular meeting of cellA1 held in 2026, attendance marked, scored on the template, one task for a member. */
async function heldMeeting(w: Awaited<ReturnType<typeof ratingWorld>>, present: string, absent: string) {
  const as = api(t.app).as(w.admin);
  const created = await as.post("/api/meetings", {
    orgUnitId: w.tree.cellA1,
    kind: "regular",
    topic: "Sinh hoạt chi bộ tháng 10",
    scheduledAt: "2026-10-05T01:00:00.000Z",
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id;
  const attendance = await as.put(`/api/meetings/${id}/attendance`, {
    entries: [
      { memberId: present, status: "present" },
      { memberId: absent, status: "absent_unexcused" },
    ],
  });
  expect(attendance.statusCode, attendance.body).toBe(200);
  const templates = (await as.get("/api/scoring-templates")).json() as { criteria: { key: string; max: number }[] }[];
  const points = Object.fromEntries((templates[0]?.criteria ?? []).map((c) => [c.key, c.max]));
  expect((await as.put(`/api/meetings/${id}/score`, { points })).statusCode).toBe(200);
  const version = (await as.get(`/api/meetings/${id}`)).json().version;
  const minutes = await as.put(`/api/meetings/${id}/minutes`, {
    version,
    chairName: "Nguyễn Văn An",
    secretaryName: "Trần Thị Bình",
    resolutions: [
      {
        title: "Hoàn thành báo cáo chuyên đề",
        ownerName: "Nguyễn Văn An",
        ownerMemberId: present,
        dueOn: "2026-12-31",
      },
    ],
  });
  expect(minutes.statusCode, minutes.body).toBe(200);
}

describe("rating evidence", () => {
  it("shows beside a member the year's attendance and meeting quality, the residence comment, open tasks and earlier years", async () => {
    const w = await ratingWorld(t);
    const [an, binh] = w.members as [string, string];
    await heldMeeting(w, an, binh);
    const registrationId = randomUUID();
    await t.db.insert(residenceRegistrations).values({
      id: registrationId,
      memberId: an,
      address: "Số 3 phố Lý Thường Kiệt",
      residenceOrgName: "Chi bộ khu phố 3",
      registeredOn: "2024-01-01",
      case: "normal",
    });
    await t.db.insert(residenceCommentRequests).values({
      id: randomUUID(),
      memberId: an,
      registrationId,
      year: 2026,
      requestedOn: "2026-10-01",
      dueOn: "2026-11-15",
      status: "received",
      assessment: "good",
      commentText: "Gương mẫu thực hiện nghĩa vụ công dân nơi cư trú.",
      receivedOn: "2026-11-10",
      via: "paper",
    });
    const earlier = await api(t.app)
      .as(w.admin)
      .post("/api/ratings/cycles", { orgUnitId: w.tree.root, kind: "year", year: 2025, referenceDate: "2025-12-31" });
    const earlierRows = await api(t.app)
      .as(w.admin)
      .get(`/api/ratings/cycles/${earlier.json().id}/assessments?pageSize=200`);
    const an2025 = earlierRows.json().items.find((a: { memberId: string }) => a.memberId === an).id;
    await toProposed(t, w, an2025, "good");
    expect((await decideAs(t, w.coso, an2025, "good")).statusCode).toBe(200);
    const { ofMember, ofOrg } = await openYearCycle(t, w);
    const detail = await api(t.app)
      .as(w.chibo)
      .get(`/api/ratings/assessments/${ofMember(an)}`);
    expect(detail.statusCode, detail.body).toBe(200);
    const evidence = detail.json().evidence;
    expect(evidence.attendance).toEqual({ meetings: 1, present: 1, excused: 0, absent: 0 });
    expect(evidence.meetingQuality).toEqual([{ level: "good", count: 1 }]);
    expect(evidence.residenceComment).toMatchObject({ assessment: "good", receivedOn: "2026-11-10" });
    expect(evidence.openTasks.map((task: { title: string }) => task.title)).toContain("Hoàn thành báo cáo chuyên đề");
    expect(evidence.previousLevels).toEqual([{ year: 2025, level: "good" }]);
    expect(evidence.discipline).toEqual([]);
    const other = (
      await api(t.app)
        .as(w.chibo)
        .get(`/api/ratings/assessments/${ofMember(binh)}`)
    ).json().evidence;
    expect(other.attendance).toEqual({ meetings: 1, present: 0, excused: 0, absent: 1 });
    expect(other.residenceComment).toBeNull();
    const cell = (
      await api(t.app)
        .as(w.chibo)
        .get(`/api/ratings/assessments/${ofOrg(w.tree.cellA1)}`)
    ).json();
    expect(cell.evidence.attendance).toBeNull();
    expect(cell.evidence.meetingQuality).toEqual([{ level: "good", count: 1 }]);
    expect(cell.decidingUnit.id).toBe(w.tree.baseA);
    expect(cell.framework.key).toBe("366-QĐ/TW tập thể");
    expect(
      (
        await api(t.app)
          .as(w.cosoB)
          .get(`/api/ratings/assessments/${ofMember(an)}`)
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await api(t.app)
          .as(w.dangvien)
          .get(`/api/ratings/assessments/${ofMember(an)}`)
      ).statusCode,
    ).toBe(404);
  });
});
