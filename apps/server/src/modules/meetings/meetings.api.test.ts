import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, testNow, useTestApp } from "../../../test/harness";
import { users } from "../../db/schema";

const t = useTestApp();
let tree: StandardTree;
let chibo: TestActor;
let otherChibo: TestActor;
let member: TestActor;
let inspector: TestActor;
const people: string[] = [];
const tables = ["meetings", "meeting_attendance", "meeting_votes", "meeting_tasks", "meeting_scores", "audit_events"];

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  otherChibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA2 });
  member = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
  inspector = await anActor(t.db, { role: "inspection", orgUnitId: tree.root });
  for (const name of ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"])
    people.push(await aMember(t.db, { orgUnitId: tree.cellA1, fullName: name }));
  await t.db.update(users).set({ memberId: people[0] }).where(eq(users.id, member.userId));
});

const plan = (actor: TestActor, over: object = {}) =>
  api(t.app)
    .as(actor)
    .post("/api/meetings", {
      orgUnitId: tree.cellA1,
      kind: "regular",
      topic: "Sinh hoạt tháng 12",
      scheduledAt: "2026-11-20T07:30:00+07:00",
      place: "Phòng họp tầng 2",
      ...over,
    });

describe("a meeting from plan to close", () => {
  it("plans, records attendance, writes minutes with a vote and a resolution, scores and closes", async () => {
    const planned = await plan(chibo);
    expect(planned.statusCode).toBe(201);
    const meeting = planned.json();
    expect(meeting.agenda[0].title).toBe("Khai mạc, giới thiệu thư ký");
    expect(meeting.roster).toHaveLength(4);
    const id = meeting.id;
    const entries = [
      { memberId: people[0], status: "present" },
      { memberId: people[1], status: "present" },
      { memberId: people[2], status: "present" },
      { memberId: people[3], status: "absent_excused", reason: "Đi công tác" },
    ];
    const attended = await api(t.app).as(chibo).put(`/api/meetings/${id}/attendance`, { entries });
    expect(attended.json().counts).toMatchObject({ present: 3, absentExcused: 1, attendanceRate: 75 });
    // The score's attendance criterion is pre-filled from the recorded attendance: 75% of 20 points.
    expect(attended.json().attendanceScore).toEqual({ criterionKey: "attendance", max: 20, points: 15 });
    const minutes = {
      version: attended.json().version,
      chairName: "Lê Văn Hùng",
      secretaryName: "Trần Thị Bình",
      discussion: "Các đồng chí thảo luận kế hoạch tháng.",
      conclusions: "Chi bộ thống nhất kế hoạch.",
      votes: [{ subject: "Thông qua nghị quyết tháng 12", forCount: 3, againstCount: 0, abstainCount: 0 }],
      resolutions: [{ title: "Hoàn thành báo cáo năm", ownerMemberId: people[0], dueOn: "2026-12-20" }],
    };
    const written = await api(t.app).as(chibo).put(`/api/meetings/${id}/minutes`, minutes);
    expect(written.statusCode).toBe(200);
    const scored = await api(t.app)
      .as(chibo)
      .put(`/api/meetings/${id}/score`, { points: { preparation: 14, attendance: 18, conduct: 42, closing: 18 } });
    expect(scored.json().score).toMatchObject({ total: 92, level: "good" });
    const closed = await api(t.app).as(chibo).post(`/api/meetings/${id}/close`);
    expect(closed.json().status).toBe("closed");
    const tasks = (await api(t.app).as(chibo).get(`/api/meeting-tasks?orgUnitId=${tree.cellA1}`)).json();
    expect(tasks.map((x: { title: string }) => x.title)).toContain("Hoàn thành báo cáo năm");
    const next = (await plan(chibo, { topic: "Sinh hoạt tháng 1" })).json();
    expect(next.agenda.at(-1).title).toBe("Kiểm điểm việc: Hoàn thành báo cáo năm (phụ trách: Nguyễn Văn An)");

    const before = await snapshot(t.db, tables);
    const frozen = await api(t.app)
      .as(chibo)
      .put(`/api/meetings/${id}/attendance`, { entries: [{ memberId: people[3], status: "present" }] });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().message).toBe("Cuộc họp đã kết thúc và khóa sổ; muốn sửa phải mở lại.");
    expect(await snapshot(t.db, tables)).toBe(before);
    const reopened = await api(t.app).as(chibo).post(`/api/meetings/${id}/reopen`, { reason: "Sửa điểm danh" });
    expect(reopened.json().status).toBe("held");
  });
});

describe("bad input changes nothing", () => {
  it("refuses attendance for someone not in the cell, a vote larger than full members present, a score outside the template", async () => {
    const id = (await plan(chibo)).json().id;
    const stranger = await aMember(t.db, { orgUnitId: tree.cellA2 });
    const before = await snapshot(t.db, tables);
    const notInCell = await api(t.app)
      .as(chibo)
      .put(`/api/meetings/${id}/attendance`, { entries: [{ memberId: stranger, status: "present" }] });
    expect(notInCell.statusCode).toBe(422);
    expect(notInCell.json().fields["entries.0.memberId"]).toBeDefined();
    const version = (await api(t.app).as(chibo).get(`/api/meetings/${id}`)).json().version;
    const tooMany = await api(t.app)
      .as(chibo)
      .put(`/api/meetings/${id}/minutes`, {
        version,
        chairName: "A",
        secretaryName: "B",
        votes: [{ subject: "X", forCount: 5, againstCount: 0, abstainCount: 0 }],
      });
    expect(tooMany.statusCode).toBe(422);
    const overMax = await api(t.app)
      .as(chibo)
      .put(`/api/meetings/${id}/score`, { points: { preparation: 16, attendance: 20, conduct: 45, closing: 20 } });
    expect(overMax.statusCode).toBe(422);
    expect(Object.keys(overMax.json().fields)).toEqual(["points.preparation"]);
    expect(await snapshot(t.db, tables)).toBe(before);
  });

  it("refuses anonymous (401), the inspection committee (403), another cell (404) and bad input (400)", async () => {
    expect((await api(t.app).anonymous.get("/api/meetings")).statusCode).toBe(401);
    expect((await plan(inspector)).statusCode).toBe(403);
    expect((await plan(otherChibo)).statusCode).toBe(404);
    const id = (await plan(chibo)).json().id;
    expect((await api(t.app).as(otherChibo).get(`/api/meetings/${id}`)).statusCode).toBe(404);
    expect((await plan(chibo, { kind: "picnic", scheduledAt: "mai" })).statusCode).toBe(400);
  });
});

describe("checking in with the code on display", () => {
  it("lets a member of the cell check in with the current code, not another meeting's or an expired one", async () => {
    const first = (await plan(chibo)).json().id;
    const second = (await plan(chibo)).json().id;
    const code = (await api(t.app).as(chibo).get(`/api/meetings/${first}/checkin-code`)).json().code;
    const otherCode = (await api(t.app).as(chibo).get(`/api/meetings/${second}/checkin-code`)).json().code;
    if (otherCode !== code)
      expect((await api(t.app).as(member).post(`/api/meetings/${first}/checkin`, { code: otherCode })).statusCode).toBe(
        422,
      );
    t.clock.now = new Date(testNow.getTime() + 3 * 60_000);
    expect((await api(t.app).as(member).post(`/api/meetings/${first}/checkin`, { code })).statusCode).toBe(422);
    t.clock.now = testNow;
    expect((await api(t.app).as(member).post(`/api/meetings/${first}/checkin`, { code })).statusCode).toBe(200);
    const roster = (await api(t.app).as(chibo).get(`/api/meetings/${first}`)).json().roster;
    expect(roster.find((r: { memberId: string }) => r.memberId === people[0])).toMatchObject({
      attendance: "present",
      via: "self",
    });
    expect((await api(t.app).as(member).post(`/api/meetings/${first}/checkin`, { code: "12" })).statusCode).toBe(400);
    expect((await api(t.app).as(member).get(`/api/meetings/${first}/checkin-code`)).statusCode).toBe(403);
  });
});
