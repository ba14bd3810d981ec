import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { api, figure, snapshot, useTestApp } from "../../../test/harness";
import {
  decideAs,
  memberPoints,
  openYearCycle,
  ratingWorld,
  snapshotTables,
  toProposed,
} from "../../../test/ratings-world";
import ExcelJS from "../../platform/excel";

const t = useTestApp();

/** A bloc with the 2026 cycle where four members of cellA1 are decided good and one not completed. */
async function decidedWorld() {
  const w = await ratingWorld(t);
  const opened = await openYearCycle(t, w, { selfDueOn: "2026-11-27" });
  const ids = w.members.slice(0, 5).map((m) => opened.ofMember(m));
  for (const [i, id] of ids.entries()) {
    const level = i === 4 ? "not_completed" : "good";
    await toProposed(t, w, id, level);
    expect((await decideAs(t, w.coso, id, level)).statusCode).toBe(200);
  }
  return { w, ...opened, ids };
}

describe("rating results", () => {
  it("counts decided levels by unit and level with shares, the year before beside", async () => {
    const { w } = await decidedWorld();
    const res = await api(t.app).as(w.coso).get(`/api/ratings/results?year=2026&orgUnitId=${w.tree.baseA}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const cell = body.members.rows.find((r: { orgUnitId: string }) => r.orgUnitId === w.tree.cellA1);
    expect(cell.current.counts).toEqual({ excellent: 0, good: 4, completed: 0, not_completed: 1 });
    expect(cell.current.shares.good).toBe(80);
    expect(cell.previous.total).toBe(0);
    expect(body.members.total.current.total).toBe(5);
    expect(body.orgs.total.current.total).toBe(0);
    expect(
      (await api(t.app).as(w.coso).get(`/api/ratings/results?year=2026&orgUnitId=${w.tree.baseB}`)).statusCode,
    ).toBe(404);
    expect(
      (await api(t.app).as(w.dangvien).get(`/api/ratings/results?year=2026&orgUnitId=${w.tree.cellA1}`)).statusCode,
    ).toBe(403);
    expect((await api(t.app).as(w.coso).get(`/api/ratings/results?orgUnitId=${w.tree.baseA}`)).statusCode).toBe(400);
  });

  it("exports the results to .xlsx and the decision with its list to .docx", async () => {
    const { w, cycle } = await decidedWorld();
    const xlsx = await api(t.app).as(w.coso).get(`/api/ratings/results.xlsx?year=2026&orgUnitId=${w.tree.baseA}`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-type"]).toContain("spreadsheetml");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Đảng viên");
    expect(sheet?.getCell("A1").value).toBe("KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2026");
    const values = JSON.stringify(sheet?.getSheetValues());
    expect(values).toContain("Chi bộ Văn phòng");
    const docx = await api(t.app)
      .as(w.coso)
      .get(`/api/ratings/cycles/${cycle.id}/decision.docx?orgUnitId=${w.tree.baseA}`);
    expect(docx.statusCode).toBe(200);
    const files = unzipSync(new Uint8Array(docx.rawPayload));
    const text = strFromU8(files["word/document.xml"] as Uint8Array);
    expect(text).toContain("QUYẾT ĐỊNH");
    expect(text).toContain("ĐẢNG ỦY SỞ TÀI CHÍNH");
    expect(text).toContain("T/M ĐẢNG ỦY");
    expect(text).toContain("-QĐ/ĐU");
    expect(text).toContain("Hoàn thành tốt nhiệm vụ (4)");
    expect(text).toContain("Trần Thị Bình");
    expect((await api(t.app).as(w.cosoB).get(`/api/ratings/cycles/${cycle.id}/decision.docx`)).statusCode).toBe(404);
  });

  it("shows the member their assessment and, once announced, the decided level; they self-assess their own only", async () => {
    const w = await ratingWorld(t);
    const { cycle, ofMember } = await openYearCycle(t, w);
    const mine = await api(t.app).as(w.dangvien).get("/api/me/ratings");
    expect(mine.statusCode).toBe(200);
    expect(mine.json().current).toMatchObject({ cycleId: cycle.id, status: "pending", canSelf: true });
    expect(mine.json().current.framework.groups.map((g: { max: number }) => g.max)).toEqual([30, 70]);
    const before = await snapshot(t.db, snapshotTables);
    const tooHigh = await api(t.app)
      .as(w.dangvien)
      .post(`/api/me/ratings/${cycle.id}/self`, { points: memberPoints(25), level: "excellent" });
    expect(tooHigh.statusCode).toBe(422);
    expect(await snapshot(t.db, snapshotTables)).toBe(before);
    const other = await openYearCycle(t, await ratingWorld(t));
    expect(
      (await api(t.app).as(w.dangvien).post(`/api/me/ratings/${other.cycle.id}/self`, { level: "good" })).statusCode,
    ).toBe(404);
    const self = await api(t.app)
      .as(w.dangvien)
      .post(`/api/me/ratings/${cycle.id}/self`, { points: memberPoints(5), level: "excellent", text: "Tự đánh giá" });
    expect(self.statusCode, self.body).toBe(200);
    expect(self.json()).toMatchObject({ status: "self_assessed", selfTotal: 95, selfLevel: "excellent" });
    const id = ofMember(w.members[0] as string);
    await api(t.app)
      .as(w.chibo)
      .post(`/api/ratings/assessments/${id}/propose`, { level: "good", vote: { present: 5, inFavour: 5, against: 0 } });
    await decideAs(t, w.coso, id, "good");
    expect((await api(t.app).as(w.dangvien).get("/api/me/ratings")).json().current.decidedLevel).toBeNull();
    expect(
      (await api(t.app).as(w.chibo).post(`/api/ratings/cycles/${cycle.id}/announce`, { orgUnitId: w.tree.cellA1 }))
        .statusCode,
    ).toBe(403);
    const announced = await api(t.app)
      .as(w.coso)
      .post(`/api/ratings/cycles/${cycle.id}/announce`, { orgUnitId: w.tree.baseA });
    expect(announced.json()).toEqual({ announced: 1 });
    const after = (await api(t.app).as(w.dangvien).get("/api/me/ratings")).json();
    expect(after.current.decidedLevel).toBe("good");
    expect(after.history).toEqual([{ year: 2026, level: "good" }]);
    expect((await api(t.app).anonymous.get("/api/me/ratings")).statusCode).toBe(401);
  });

  it("reminds of steps falling due and of members not completed two years running; counts the indicators", async () => {
    const { w, ids } = await decidedWorld();
    const reminders = await api(t.app).as(w.coso).get(`/api/reminders?orgUnitId=${w.tree.baseA}`);
    expect(reminders.statusCode, reminders.body).toBe(200);
    const kinds = reminders.json().map((r: { kind: string }) => r.kind);
    expect(kinds).toContain("rating_step_due");
    const due = reminders.json().find((r: { kind: string; orgUnitId: string }) => r.kind === "rating_step_due");
    expect(due.dueOn).toBe("2026-11-27");
    expect(due.message).toContain("Tự đánh giá");
    expect(kinds).not.toContain("strike_off_rating");
    const res = await api(t.app)
      .as(w.admin)
      .post("/api/ratings/cycles", { orgUnitId: w.tree.root, kind: "year", year: 2025, referenceDate: "2025-12-31" });
    expect(res.statusCode, res.body).toBe(201);
    const list = await api(t.app).as(w.admin).get(`/api/ratings/cycles/${res.json().id}/assessments?pageSize=200`);
    const last = list.json().items.find((a: { memberId: string }) => a.memberId === w.members[4]).id;
    await api(t.app)
      .as(w.chibo)
      .post(`/api/ratings/assessments/${last}/self`, { points: memberPoints(), level: "not_completed" });
    await api(t.app)
      .as(w.chibo)
      .post(`/api/ratings/assessments/${last}/propose`, {
        level: "not_completed",
        vote: { present: 5, inFavour: 5, against: 0 },
      });
    expect((await decideAs(t, w.coso, last, "not_completed")).statusCode).toBe(200);
    const again = (await api(t.app).as(w.coso).get(`/api/reminders?orgUnitId=${w.tree.baseA}`)).json();
    const strike = again.find((r: { kind: string }) => r.kind === "strike_off_rating");
    expect(strike).toMatchObject({ memberId: w.members[4], orgUnitId: w.tree.cellA1 });
    expect(strike.message).toContain("2025 và 2026");
    expect(ids).toHaveLength(5);
    const good = await figure(t.app, w.admin, "ratings.members.good", w.tree.baseA, "2026-01-01", "2026-12-31");
    const notCompleted = await figure(
      t.app,
      w.admin,
      "ratings.members.notCompleted",
      w.tree.root,
      "2025-01-01",
      "2026-12-31",
    );
    expect(good).toBe(4);
    expect(notCompleted).toBe(2);
    expect(await figure(t.app, w.admin, "ratings.orgs.excellent", w.tree.root, "2026-01-01", "2026-12-31")).toBe(0);
  });
});
