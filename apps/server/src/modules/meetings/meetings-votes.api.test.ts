import { eq, sql } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";
import { members } from "../../db/schema";

const t = useTestApp();
let tree: StandardTree;
let chibo: TestActor;
const full: string[] = [];
let probationary: string;
const tables = ["meetings", "meeting_attendance", "meeting_votes", "meeting_tasks", "audit_events"];

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  for (const name of ["An", "Bình", "Cường", "Dũng", "Em", "Phúc", "Giang", "Hà", "Yến"])
    full.push(await aMember(t.db, { orgUnitId: tree.cellA1, fullName: `Nguyễn Văn ${name}` }));
  probationary = await aMember(t.db, { orgUnitId: tree.cellA1, status: "probationary", fullName: "Lê Thị Dự" });
  // Bình and Cường are exempt from activities; Dũng works in another cell for a while.
  await t.db
    .update(members)
    .set({ isExempt: true })
    .where(sql`${members.id} in (${sql.raw(`'${full[1]}', '${full[2]}'`)})`);
  await t.db
    .update(members)
    .set({ temporaryOrgName: "Chi bộ Sở Xây dựng" })
    .where(eq(members.id, full[3] as string));
});

/** A meeting held on 20/11/2026: Bình (exempt) came, Cường (exempt) did not, Em is away with a reason, Phúc without. */
async function heldMeeting(): Promise<{ id: string; version: number }> {
  const id = (
    await api(t.app).as(chibo).post("/api/meetings", {
      orgUnitId: tree.cellA1,
      kind: "regular",
      topic: "Sinh hoạt tháng 11",
      scheduledAt: "2026-11-20T07:30:00+07:00",
    })
  ).json().id;
  const present = [full[0], full[1], full[6], full[7], full[8], probationary].map((memberId) => ({
    memberId,
    status: "present",
  }));
  const absent = [
    { memberId: full[4], status: "absent_excused", reason: "Đi công tác" },
    { memberId: full[5], status: "absent_unexcused" },
  ];
  const res = await api(t.app)
    .as(chibo)
    .put(`/api/meetings/${id}/attendance`, { entries: [...present, ...absent] });
  expect(res.statusCode, res.body).toBe(200);
  return { id, version: res.json().version };
}

const minutes = (version: number, votes: object[]) => ({
  version,
  chairName: "Nguyễn Văn An",
  secretaryName: "Nguyễn Văn Giang",
  votes,
});

describe("votes give a verdict", () => {
  it("counts against the full members on the list minus those left out, and says passed or not with the arithmetic", async () => {
    const { id, version } = await heldMeeting();
    const res = await api(t.app)
      .as(chibo)
      .put(
        `/api/meetings/${id}/minutes`,
        minutes(version, [
          { subject: "Nghị quyết tháng 12", forCount: 4, againstCount: 1, abstainCount: 0 },
          { subject: "Phân công dự lớp bồi dưỡng", kind: "resolution", forCount: 3, againstCount: 2, abstainCount: 0 },
          {
            subject: "Kết nạp quần chúng Trần Văn Mới",
            kind: "admission",
            forCount: 4,
            againstCount: 1,
            abstainCount: 0,
          },
          {
            subject: "Công nhận chính thức Lê Thị Dự",
            kind: "full_membership",
            forCount: 3,
            againstCount: 1,
            abstainCount: 1,
          },
        ]),
      );
    expect(res.statusCode, res.body).toBe(200);
    const meeting = res.json();
    // 9 full members; Dũng (elsewhere), Cường (exempt, absent) and Em (absent with a reason) are left out: 6.
    expect(meeting.voting).toMatchObject({
      fullMembers: 9,
      excluded: { temporaryElsewhere: 1, exemptAbsent: 1, absentExcused: 1 },
      base: 6,
      voters: 5,
    });
    expect(meeting.voting.thresholds.resolution).toMatchObject({
      numerator: 1,
      denominator: 2,
      strict: true,
      needed: 4,
    });
    expect(meeting.voting.thresholds.admission).toMatchObject({
      numerator: 2,
      denominator: 3,
      strict: false,
      needed: 4,
    });
    expect(meeting.votes.map((v: { kind: string; verdict: object }) => [v.kind, v.verdict])).toEqual([
      ["resolution", { passed: true, base: 6, needed: 4, forCount: 4 }],
      ["resolution", { passed: false, base: 6, needed: 4, forCount: 3 }],
      ["admission", { passed: true, base: 6, needed: 4, forCount: 4 }],
      ["full_membership", { passed: false, base: 6, needed: 4, forCount: 3 }],
    ]);

    const docx = await api(t.app).as(chibo).get(`/api/meetings/${id}/minutes.docx`);
    const xml = strFromU8(unzipSync(new Uint8Array(docx.rawPayload))["word/document.xml"] as Uint8Array);
    for (const expected of [
      "Số đảng viên chính thức làm căn cứ biểu quyết: 6 đồng chí (9 đảng viên chính thức, trừ 1 đồng chí sinh hoạt tạm thời nơi khác, 1 đồng chí miễn sinh hoạt vắng mặt, 1 đồng chí vắng có lý do)",
      "Nghị quyết tháng 12: tán thành 4/6 đồng chí (66,7%); không tán thành 1; không biểu quyết 0. Kết quả: thông qua (cần quá 1/2, ít nhất 4/6).",
      "Phân công dự lớp bồi dưỡng: tán thành 3/6 đồng chí (50%); không tán thành 2; không biểu quyết 0. Kết quả: không thông qua (cần quá 1/2, ít nhất 4/6).",
      "Kết nạp quần chúng Trần Văn Mới (kết nạp đảng viên): tán thành 4/6",
      "Kết quả: không thông qua (cần ít nhất 2/3, ít nhất 4/6).",
    ])
      expect(xml).toContain(expected);
  });

  it("refuses more ballots than the full members present who may vote (exempt members who came included)", async () => {
    const { id, version } = await heldMeeting();
    const before = await snapshot(t.db, tables);
    const res = await api(t.app)
      .as(chibo)
      .put(
        `/api/meetings/${id}/minutes`,
        minutes(version, [{ subject: "X", forCount: 5, againstCount: 1, abstainCount: 0 }]),
      );
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toBe("Tổng số phiếu vượt quá số đảng viên chính thức có mặt (5).");
    expect(res.json().fields).toHaveProperty("votes.0.forCount");
    expect(await snapshot(t.db, tables)).toBe(before);
    const bad = await api(t.app)
      .as(chibo)
      .put(
        `/api/meetings/${id}/minutes`,
        minutes(version, [{ subject: "X", kind: "ballot", forCount: 1, againstCount: 0, abstainCount: 0 }]),
      );
    expect(bad.statusCode).toBe(400);
    expect(await snapshot(t.db, tables)).toBe(before);
  });

  it("uses the rule version in force on the meeting's date, and words the attendance warning as the committee's setting", async () => {
    // The committee sets, from 15/11/2026, a warning below three quarters and resolutions by two thirds.
    await t.db.execute(sql`insert into rule_settings (key, valid_from, value, source, confidence, note) values
      ('meeting.quorum', '2026-11-15', '{"numerator":3,"denominator":4}', 'Thiết lập của cấp ủy', 'C', null),
      ('meeting.vote.resolution', '2026-11-15', '{"numerator":2,"denominator":3,"strict":false}', 'Thiết lập của cấp ủy', 'C', null)`);
    try {
      const { id, version } = await heldMeeting();
      const res = await api(t.app)
        .as(chibo)
        .put(
          `/api/meetings/${id}/minutes`,
          minutes(version, [{ subject: "Y", forCount: 4, againstCount: 0, abstainCount: 0 }]),
        );
      const meeting = res.json();
      expect(meeting.voting.thresholds.resolution.needed).toBe(4);
      // Counted full members: An, Em, Phúc, Giang, Hà, Yến (6); present: An, Giang, Hà, Yến (4) < 3/4.
      expect(meeting.warnings).toEqual([
        {
          code: "meeting.belowQuorum",
          message:
            "Có mặt 4/6 đảng viên chính thức, chưa đạt mức 3/4 theo thiết lập của cấp ủy. Đây là mức cảnh báo cấp ủy tự đặt, không phải quy định của Điều lệ Đảng.",
        },
      ]);
      const earlier = (
        await api(t.app).as(chibo).post("/api/meetings", {
          orgUnitId: tree.cellA1,
          kind: "regular",
          topic: "Sinh hoạt tháng 10",
          scheduledAt: "2026-10-20T07:30:00+07:00",
        })
      ).json();
      expect(earlier.voting.thresholds.resolution).toMatchObject({ numerator: 1, denominator: 2, strict: true });
    } finally {
      await t.db.execute(sql`delete from rule_settings where valid_from = '2026-11-15'`);
    }
  });
});
