import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, testNow, useTestApp } from "../../../test/harness";
import { users } from "../../db/schema";

// Today in the tests is 23/11/2026 (10:00 in Vietnam).
const t = useTestApp();
let tree: StandardTree;
let chibo: TestActor;
let member: TestActor;
const people: string[] = [];
const tables = ["meetings", "meeting_attendance", "meeting_votes", "meeting_tasks", "meeting_scores", "audit_events"];

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  member = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
  for (const name of ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"])
    people.push(await aMember(t.db, { orgUnitId: tree.cellA1, fullName: name }));
  await t.db.update(users).set({ memberId: people[0] }).where(eq(users.id, member.userId));
});

const plan = async (scheduledAt: string) =>
  (
    await api(t.app).as(chibo).post("/api/meetings", {
      orgUnitId: tree.cellA1,
      kind: "regular",
      topic: "Sinh hoạt tháng 12",
      scheduledAt,
    })
  ).json();

describe("a meeting before its day", () => {
  it("cannot be checked into, held, scored or closed (422 naming the day), and says so in its actions", async () => {
    const meeting = await plan("2026-12-05T07:30:00+07:00");
    expect(meeting.can).toMatchObject({ update: true, hold: false, close: false });
    expect(meeting.opensOn).toBe("2026-12-05");
    const id = meeting.id;
    const before = await snapshot(t.db, tables);
    const as = api(t.app).as(chibo);
    const refusals = [
      await as.put(`/api/meetings/${id}/attendance`, { entries: [{ memberId: people[0], status: "present" }] }),
      await as.put(`/api/meetings/${id}/minutes`, { version: meeting.version, chairName: "A", secretaryName: "B" }),
      await as.put(`/api/meetings/${id}/score`, {
        points: { preparation: 14, attendance: 18, conduct: 42, closing: 18 },
      }),
      await as.post(`/api/meetings/${id}/close`),
      await as.get(`/api/meetings/${id}/checkin-code`),
      await api(t.app).as(member).post(`/api/meetings/${id}/checkin`, { code: "123456" }),
    ];
    for (const res of refusals) {
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().code).toBe("meeting.notYet");
      expect(res.json().message).toBe(
        "Cuộc họp diễn ra ngày 05/12/2026; chỉ điểm danh, ghi biên bản, chấm điểm và kết thúc từ ngày đó.",
      );
    }
    expect(await snapshot(t.db, tables)).toBe(before);
    // Planning goes on: the agenda and the time can still be changed.
    const edited = await as.patch(`/api/meetings/${id}`, { version: meeting.version, place: "Hội trường" });
    expect(edited.statusCode).toBe(200);
  });

  it("opens on its day, even before the hour it was planned for", async () => {
    const meeting = await plan("2026-11-23T19:00:00+07:00");
    expect(meeting.can.hold).toBe(true);
    const res = await api(t.app)
      .as(chibo)
      .put(`/api/meetings/${meeting.id}/attendance`, { entries: [{ memberId: people[0], status: "present" }] });
    expect(res.statusCode).toBe(200);
    expect(res.json().can).toMatchObject({ hold: true, close: true });
  });

  it("opens when the day comes", async () => {
    const meeting = await plan("2026-11-25T07:30:00+07:00");
    t.clock.now = new Date("2026-11-24T17:30:00Z"); // 00:30 on 25/11 in Vietnam
    try {
      const code = await api(t.app).as(chibo).get(`/api/meetings/${meeting.id}/checkin-code`);
      expect(code.statusCode).toBe(200);
      const checkin = await api(t.app).as(member).post(`/api/meetings/${meeting.id}/checkin`, code.json());
      expect(checkin.statusCode).toBe(200);
    } finally {
      t.clock.now = testNow;
    }
  });

  it("is not offered for check-in in the member's handbook until its day", async () => {
    await plan("2026-12-10T07:30:00+07:00");
    await plan("2026-11-23T15:00:00+07:00");
    const upcoming = (await api(t.app).as(member).get("/api/me/handbook")).json().upcoming as {
      scheduledAt: string;
      canCheckIn: boolean;
    }[];
    const byDay = Object.fromEntries(upcoming.map((m) => [m.scheduledAt.slice(0, 10), m.canCheckIn]));
    expect(byDay["2026-12-10"]).toBe(false);
    expect(byDay["2026-11-23"]).toBe(true);
  });
});
