import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, figure, snapshot, type TestActor, useTestApp } from "../../../test/harness";

const t = useTestApp();
let tree: StandardTree;
let coso: TestActor;
let sender: TestActor;
let receiver: TestActor;
const tables = ["members", "member_events", "memberships", "transfers", "audit_events"];

beforeAll(async () => {
  tree = await anOrgTree(t.db, " tạm thời");
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  sender = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  receiver = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA2 });
});

const post = (actor: TestActor, id: string, body: object) =>
  api(t.app).as(actor).post(`/api/members/${id}/events`, body);
const temporary = (over: object = {}) => ({
  kind: "transfer",
  transferKind: "temporary",
  toOrgUnitId: tree.cellA2,
  decidedOn: "2026-11-02",
  letterNo: "15-GGT/ĐU",
  expectedReturnOn: "2027-05-02",
  ...over,
});
const reminders = async (actor: TestActor) =>
  (await api(t.app).as(actor).get("/api/reminders")).json() as {
    kind: string;
    memberId: string;
    orgUnitId: string;
    message: string;
  }[];

/** A meeting of the cell today, planned by its secretary. */
async function meetingToday(actor: TestActor, orgUnitId: string): Promise<string> {
  const res = await api(t.app).as(actor).post("/api/meetings", {
    orgUnitId,
    kind: "regular",
    topic: "Sinh hoạt thường kỳ tháng 11",
    scheduledAt: "2026-11-23T07:30:00+07:00",
    place: "Phòng họp",
  });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

describe("how long a temporary transfer lasts (domain.md §2.5, setting member.temporaryTransfer)", () => {
  it("refuses a stay under three months, a year or more for work, and no return date, writing nothing (422)", async () => {
    const id = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Lê Văn Ngắn" });
    const before = await snapshot(t.db, tables);
    const short = await post(coso, id, temporary({ expectedReturnOn: "2027-01-15" }));
    expect(short.statusCode).toBe(422);
    expect(short.json().fields.expectedReturnOn).toContain("từ 3 tháng trở lên");
    const long = await post(coso, id, temporary({ expectedReturnOn: "2027-11-02" }));
    expect(long.statusCode).toBe(422);
    expect(long.json().fields.expectedReturnOn).toContain("chuyển sinh hoạt đảng chính thức");
    const missing = await post(coso, id, temporary({ expectedReturnOn: undefined }));
    expect(missing.statusCode).toBe(422);
    expect(missing.json().fields.expectedReturnOn).toContain("ngày dự kiến trở về");
    expect(await snapshot(t.db, tables)).toBe(before);
  });

  it("allows full-time study for up to two years, counted from the day of the move", async () => {
    const id = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Phạm Thị Học" });
    const tooLong = temporary({ temporaryPurpose: "study", movedOn: "2026-11-01", expectedReturnOn: "2028-11-02" });
    const refused = await post(coso, id, tooLong);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().fields.expectedReturnOn).toContain("tối đa 24 tháng");
    const res = await post(coso, id, { ...tooLong, expectedReturnOn: "2028-11-01" });
    expect(res.statusCode).toBe(200);
  });
});

describe("the receiving cell and its meetings", () => {
  it("shows the incoming transfer in the receiving cell's reminders, which records the receipt itself", async () => {
    const id = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Đỗ Văn Đến" });
    expect((await post(coso, id, temporary())).statusCode).toBe(200);
    const incoming = (await reminders(receiver)).find((r) => r.memberId === id);
    expect(incoming).toMatchObject({ kind: "transfer_incoming", orgUnitId: tree.cellA2 });
    expect(incoming?.message).toContain("tạm thời");
    expect((await reminders(sender)).some((r) => r.memberId === id && r.kind === "transfer_incoming")).toBe(false);
    // The profile tells each side what it may do: the receiving cell only receives; the sending cell waits.
    const seen = (await api(t.app).as(receiver).get(`/api/members/${id}`)).json();
    expect(seen.can).toMatchObject({ receiveTransfer: true, recordEvent: false, update: false, viewSensitive: false });
    const own = (await api(t.app).as(sender).get(`/api/members/${id}`)).json();
    expect(own.can).toMatchObject({ receiveTransfer: false, recordEvent: true });

    const received = await post(receiver, id, { kind: "transfer_received", receivedOn: "2026-11-20" });
    expect(received.statusCode).toBe(200);
    expect(received.json()).toMatchObject({ orgUnitId: tree.cellA1, temporaryElsewhere: true });
    const home = (await api(t.app).as(sender).get(`/api/members/${id}`)).json();
    expect(home.temporaryOrgName).toBe("Chi bộ Phòng Ngân sách tạm thời");
    expect((await reminders(receiver)).some((r) => r.memberId === id)).toBe(false);
    // The hosting cell still reads the record of the member it hosts, but records nothing else on it (403).
    expect((await api(t.app).as(receiver).get(`/api/members/${id}`)).statusCode).toBe(200);
    const before = await snapshot(t.db, tables);
    const exemption = await post(receiver, id, { kind: "exemption", decisionNo: "1-QĐ/CB", decidedOn: "2026-11-21" });
    expect(exemption.statusCode).toBe(403);
    expect(await snapshot(t.db, tables)).toBe(before);
  });

  it("puts the member on the receiving cell's roster as temporary (attends, no vote, not counted) and off the sending cell's attendance", async () => {
    // Cells of their own: other tests send members to the standard tree's cells in any order.
    const own = await anOrgTree(t.db, " tạm thời hai");
    const staff = await anActor(t.db, { role: "grassroots_staff", orgUnitId: own.baseA });
    const home = await anActor(t.db, { role: "cell_secretary", orgUnitId: own.cellA1 });
    const host = await anActor(t.db, { role: "cell_secretary", orgUnitId: own.cellA2 });
    const regular = await aMember(t.db, { orgUnitId: own.cellA2, fullName: "Nguyễn Văn Nhà" });
    const id = await aMember(t.db, { orgUnitId: own.cellA1, fullName: "Trần Văn Tạm" });
    const stays = await aMember(t.db, { orgUnitId: own.cellA1, fullName: "Vũ Văn Ở" });
    expect((await post(staff, id, temporary({ toOrgUnitId: own.cellA2 }))).statusCode).toBe(200);
    expect((await post(host, id, { kind: "transfer_received", receivedOn: "2026-11-20" })).statusCode).toBe(200);

    const hostMeeting = await meetingToday(host, own.cellA2);
    const marked = await api(t.app)
      .as(host)
      .put(`/api/meetings/${hostMeeting}/attendance`, {
        entries: [
          { memberId: id, status: "present" },
          { memberId: regular, status: "absent_excused", reason: "Đi công tác" },
        ],
      });
    expect(marked.statusCode).toBe(200);
    const hosted = marked.json();
    expect(hosted.roster.find((r: { memberId: string }) => r.memberId === id)).toMatchObject({
      temporary: true,
      counted: false,
      attendance: "present",
    });
    // Present, yet neither a voter nor part of the rate: the cell's own member was away, so no one counted came.
    expect(hosted.counts).toMatchObject({ fullMembers: 1, temporary: 1, counted: 1, present: 0, attendanceRate: 0 });
    expect(hosted.voting).toMatchObject({ fullMembers: 1, voters: 0 });
    const rate = await figure(t.app, staff, "meetings.attendanceRate", own.cellA2, "2026-11-01", "2026-11-30");
    expect(rate).toBe(0);

    const homeMeeting = await meetingToday(home, own.cellA1);
    const sent = (await api(t.app).as(home).get(`/api/meetings/${homeMeeting}`)).json();
    const names = sent.roster.map((r: { memberId: string }) => r.memberId);
    expect(names).toContain(stays);
    expect(names).not.toContain(id);
    // Still the sending cell's member: on its list, left out of its attendance and of its votes.
    expect(sent.counts).toMatchObject({ fullMembers: 2, away: 1, counted: 1 });
    expect(sent.voting.excluded.temporaryElsewhere).toBe(1);
    const refused = await api(t.app)
      .as(home)
      .put(`/api/meetings/${homeMeeting}/attendance`, { entries: [{ memberId: id, status: "absent_unexcused" }] });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().fields["entries.0.memberId"]).toContain("sinh hoạt tạm thời");
  });
});
