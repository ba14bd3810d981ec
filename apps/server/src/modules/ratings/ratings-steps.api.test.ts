import { describe, expect, it } from "vitest";
import { api, snapshot, useTestApp } from "../../../test/harness";
import {
  decideAs,
  memberPoints,
  openYearCycle,
  orgPoints,
  ratingWorld,
  snapshotTables,
  toProposed,
} from "../../../test/ratings-world";

const t = useTestApp();

describe("rating steps", () => {
  it("takes a member from self-assessment to the cell's proposal and the base committee's decision, each recorded", async () => {
    const w = await ratingWorld(t);
    const { ofMember } = await openYearCycle(t, w);
    const id = ofMember(w.members[1] as string);
    const self = await api(t.app)
      .as(w.chibo)
      .post(`/api/ratings/assessments/${id}/self`, { points: memberPoints(12), level: "good", text: "Hoàn thành tốt" });
    expect(self.statusCode, self.body).toBe(200);
    expect(self.json().assessment).toMatchObject({ status: "self_assessed", selfTotal: 88, selfLevel: "good" });
    expect(self.json().framework.criteria).toHaveLength(6);
    expect(self.json().can).toMatchObject({ self: true, propose: true, decide: false });
    const proposed = await api(t.app)
      .as(w.chibo)
      .post(`/api/ratings/assessments/${id}/propose`, {
        level: "good",
        vote: { present: 7, inFavour: 6, against: 1 },
        note: "Nhất trí",
      });
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(proposed.json().assessment.proposalVote).toEqual({ present: 7, inFavour: 6, against: 1 });
    const detail = await api(t.app).as(w.coso).get(`/api/ratings/assessments/${id}`);
    expect(detail.json().decidingUnit.id).toBe(w.tree.baseA);
    expect(detail.json().can.decide).toBe(true);
    const decided = await decideAs(t, w.coso, id, "good");
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().assessment).toMatchObject({
      status: "decided",
      decidedLevel: "good",
      decidedByUnitId: w.tree.baseA,
      decisionNumber: "15-QĐ/ĐU",
      decidedOn: "2026-11-20",
    });
    const audit = await api(t.app).as(w.coso).get(`/api/audit-events?entityType=ratingAssessment&entityId=${id}`);
    expect(audit.statusCode, audit.body).toBe(200);
    const actions = JSON.stringify(audit.json());
    for (const action of ["rating.selfAssessed", "rating.proposed", "rating.decided"])
      expect(actions).toContain(action);
  });

  it("refuses points outside the framework or its bands and a level not in the catalogue, writing nothing", async () => {
    const w = await ratingWorld(t);
    const { ofMember } = await openYearCycle(t, w);
    const url = `/api/ratings/assessments/${ofMember(w.members[1] as string)}/self`;
    const before = await snapshot(t.db, snapshotTables);
    const send = (body: Record<string, unknown>) => api(t.app).as(w.chibo).post(url, body);
    const above = await send({ points: { ...memberPoints(), politics: 11 }, level: "excellent" });
    expect(above.statusCode).toBe(422);
    expect(above.json().message).toContain("tối đa 10");
    expect(above.json().fields["points.politics"]).toBeDefined();
    const unknown = await send({ points: { ...memberPoints(), extra: 1 }, level: "good" });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().message).toContain('"extra"');
    const { politics: _, ...missing } = memberPoints();
    expect((await send({ points: missing, level: "good" })).statusCode).toBe(422);
    const band = await send({ points: memberPoints(15), level: "excellent" });
    expect(band.statusCode).toBe(422);
    expect(band.json().message).toContain("85 điểm");
    const level = await send({ points: memberPoints(), level: "tsvm" });
    expect(level.statusCode).toBe(400);
    expect(level.json().fields.level).toContain("excellent");
    const negative = await send({ points: { ...memberPoints(), politics: -1 }, level: "good" });
    expect(negative.statusCode).toBe(400);
    expect(await snapshot(t.db, snapshotTables)).toBe(before);
  });

  it("refuses a failing vote, a proposal before the self-assessment and one for an organisation", async () => {
    const w = await ratingWorld(t);
    const { ofMember, ofOrg } = await openYearCycle(t, w);
    const id = ofMember(w.members[2] as string);
    const before = await snapshot(t.db, snapshotTables);
    const propose = (target: string, vote = { present: 8, inFavour: 5, against: 3 }) =>
      api(t.app).as(w.chibo).post(`/api/ratings/assessments/${target}/propose`, { level: "good", vote });
    expect((await propose(id)).statusCode).toBe(409);
    expect((await propose(ofOrg(w.tree.cellA1))).statusCode).toBe(422);
    expect((await propose(id, { present: 4, inFavour: 5, against: 0 })).statusCode).toBe(400);
    expect(await snapshot(t.db, snapshotTables)).toBe(before);
    await api(t.app).as(w.chibo).post(`/api/ratings/assessments/${id}/self`, { points: memberPoints(), level: "good" });
    const fails = await propose(id, { present: 8, inFavour: 4, against: 4 });
    expect(fails.statusCode).toBe(422);
    expect(fails.json().message).toContain("4/8");
  });

  it("lets only the body with the authority decide, once; the deciding body changes it with a reason", async () => {
    const w = await ratingWorld(t);
    const { ofMember, ofOrg } = await openYearCycle(t, w);
    const id = ofMember(w.members[3] as string);
    await toProposed(t, w, id);
    expect((await decideAs(t, w.chibo, id, "good")).statusCode).toBe(403);
    expect((await decideAs(t, w.cosoB, id, "good")).statusCode).toBe(404);
    expect((await api(t.app).anonymous.post(`/api/ratings/assessments/${id}/decide`, {})).statusCode).toBe(401);
    expect((await decideAs(t, w.coso, id, "good")).statusCode).toBe(200);
    const again = await decideAs(t, w.coso, id, "completed");
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain("không quyết định lần thứ hai");
    // The base organisation baseA self-assesses; its rating lies with the bloc, not with baseA itself.
    const base = ofOrg(w.tree.baseA);
    const orgSelf = await api(t.app)
      .as(w.coso)
      .post(`/api/ratings/assessments/${base}/self`, { points: orgPoints(), level: "excellent" });
    expect(orgSelf.statusCode, orgSelf.body).toBe(200);
    const mid = await snapshot(t.db, snapshotTables);
    const noAuthority = await decideAs(t, w.coso, base, "excellent");
    expect(noAuthority.statusCode).toBe(422);
    expect(noAuthority.json().message).toContain("25-HD/BTCTW");
    expect(noAuthority.json().message).toContain("Đảng bộ Khối");
    expect(await snapshot(t.db, snapshotTables)).toBe(mid);
    expect((await decideAs(t, w.admin, base, "excellent")).statusCode).toBe(200);
    const change = (actor: typeof w.coso, body: Record<string, unknown>) =>
      api(t.app).as(actor).post(`/api/ratings/assessments/${id}/change`, body);
    expect((await change(w.coso, { level: "completed" })).statusCode).toBe(400);
    expect((await change(w.coso, { level: "good", reason: "Sửa" })).statusCode).toBe(422);
    const changed = await change(w.coso, { level: "completed", reason: "Phát hiện vi phạm sau khi xếp loại" });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().assessment).toMatchObject({
      decidedLevel: "completed",
      changeReason: "Phát hiện vi phạm sau khi xếp loại",
    });
    const orgChange = await api(t.app)
      .as(w.coso)
      .post(`/api/ratings/assessments/${base}/change`, { level: "good", reason: "Tự sửa" });
    expect(orgChange.statusCode).toBe(422);
    expect(orgChange.json().message).toContain("cấp đã quyết định");
  });

  it("keeps excellent within 20% of those rated good or better in the base organisation, saying how many places remain", async () => {
    const w = await ratingWorld(t);
    const { ofMember } = await openYearCycle(t, w);
    const ids = w.members.slice(0, 6).map((m) => ofMember(m));
    for (const id of ids) await toProposed(t, w, id, "good");
    const first = await decideAs(t, w.coso, ids[0] as string, "excellent");
    expect(first.statusCode).toBe(422);
    expect(first.json().message).toContain("Còn 0 suất");
    expect(first.json().message).toContain("cần thêm 4 đảng viên");
    for (const id of ids.slice(0, 4)) expect((await decideAs(t, w.coso, id, "good")).statusCode).toBe(200);
    const detail = await api(t.app).as(w.coso).get(`/api/ratings/assessments/${ids[4]}`);
    expect(detail.json().excellentPlacesLeft).toBe(1);
    expect((await decideAs(t, w.coso, ids[4] as string, "excellent")).statusCode).toBe(200);
    const before = await snapshot(t.db, snapshotTables);
    const over = await decideAs(t, w.coso, ids[5] as string, "excellent");
    expect(over.statusCode).toBe(422);
    expect(over.json().message).toContain("20%");
    expect(await snapshot(t.db, snapshotTables)).toBe(before);
    const down = await api(t.app)
      .as(w.coso)
      .post(`/api/ratings/assessments/${ids[0]}/change`, { level: "completed", reason: "Điều chỉnh" });
    expect(down.statusCode).toBe(422);
    expect(await snapshot(t.db, snapshotTables)).toBe(before);
    expect((await decideAs(t, w.coso, ids[5] as string, "good")).statusCode).toBe(200);
  });

  it("refuses excellent for a member disciplined in the year", async () => {
    const w = await ratingWorld(t);
    const { ofMember } = await openYearCycle(t, w);
    const memberId = w.members[4] as string;
    const event = await api(t.app).as(w.admin).post(`/api/members/${memberId}/events`, {
      kind: "discipline",
      decisionNo: "3-QĐ/UBKT",
      decidedOn: "2026-05-10",
      form: "reprimand",
      decidingBody: "Ủy ban Kiểm tra Đảng ủy",
    });
    expect(event.statusCode, event.body).toBeLessThan(300);
    const before = await snapshot(t.db, snapshotTables);
    const self = await api(t.app)
      .as(w.chibo)
      .post(`/api/ratings/assessments/${ofMember(memberId)}/self`, { points: memberPoints(), level: "excellent" });
    expect(self.statusCode).toBe(422);
    expect(self.json().message).toContain("kỷ luật trong năm 2026");
    expect(await snapshot(t.db, snapshotTables)).toBe(before);
    const detail = await api(t.app)
      .as(w.coso)
      .get(`/api/ratings/assessments/${ofMember(memberId)}`);
    expect(detail.json().evidence.discipline).toEqual([{ form: "reprimand", decidedOn: "2026-05-10" }]);
  });

  it("answers 404 for an unknown assessment and 400 for a malformed id", async () => {
    const w = await ratingWorld(t);
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await api(t.app).as(w.coso).get(`/api/ratings/assessments/${unknown}`)).statusCode).toBe(404);
    expect((await api(t.app).as(w.coso).get("/api/ratings/assessments/abc")).statusCode).toBe(400);
  });
});
