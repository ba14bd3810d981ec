import { randomBytes, randomUUID } from "node:crypto";
import { bulkInsert } from "../db/bulk";
import type { Db } from "../db/database";
import { meetingAttendance, meetingScores, meetings, meetingTasks, meetingVotes } from "../db/schema";
import { scoreMeeting } from "../modules/meetings";
import { addMonths } from "../rules/dates";
import { seededScoringTemplate } from "../rules/scoring-template";
import type { GeneratedMember } from "./members";
import type { Random } from "./random";
import type { GeneratedUnit } from "./tree";

const agenda = [
  "Khai mạc, giới thiệu thư ký",
  "Điểm danh; thu đảng phí",
  "Báo cáo kết quả tháng",
  "Phổ biến văn bản cấp trên",
  "Thảo luận",
  "Kết luận, biểu quyết",
  "Đánh giá chất lượng sinh hoạt",
  "Thông qua biên bản",
].map((title) => ({ title }));
const thematicTopics = [
  "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
  "Nâng cao chất lượng sinh hoạt chi bộ",
  "Chuyển đổi số trong cơ quan",
  "Phòng, chống tham nhũng, tiêu cực",
];

/**
 * A year of meetings for every demo cell: twelve monthly regular meetings and one thematic meeting a quarter, with
 * attendance, minutes, a vote, a follow-up task and a score; all closed. Next month's meeting of each cell is planned.
 */
export async function seedDemoMeetings(
  db: Db,
  random: Random,
  units: GeneratedUnit[],
  generated: GeneratedMember[],
  today: string,
  now: Date,
) {
  const byCell = new Map<string, GeneratedMember[]>();
  for (const g of generated)
    if (g.member.status === "probationary" || g.member.status === "full")
      byCell.set(g.member.orgUnitId, [...(byCell.get(g.member.orgUnitId) ?? []), g]);
  const rows = {
    meetings: [] as (typeof meetings.$inferInsert)[],
    attendance: [] as (typeof meetingAttendance.$inferInsert)[],
    votes: [] as (typeof meetingVotes.$inferInsert)[],
    scores: [] as (typeof meetingScores.$inferInsert)[],
    tasks: [] as (typeof meetingTasks.$inferInsert)[],
  };
  for (const cell of units.filter((u) => u.type === "cell" || u.type === "grassroots_cell")) {
    const people = byCell.get(cell.id) ?? [];
    // Twelve months up to this one; this month's meeting only once its day has passed.
    const todayDay = Number(today.slice(8, 10));
    for (let back = 11; back >= 0; back--) {
      const month = addMonths(`${today.slice(0, 8)}01`, -back);
      const day = back === 0 ? Math.min(random.int(3, 12), todayDay - 1) : random.int(3, 12);
      if (day < 1) continue;
      addMeeting(
        rows,
        random,
        cell,
        people,
        "regular",
        `Sinh hoạt chi bộ thường kỳ tháng ${month.slice(5, 7)}/${month.slice(0, 4)}`,
        `${month.slice(0, 8)}${String(day).padStart(2, "0")}`,
        now,
      );
      const thematicDay = random.int(15, 25);
      if (back % 3 === 0 && (back > 0 || thematicDay < todayDay))
        addMeeting(
          rows,
          random,
          cell,
          people,
          "thematic",
          `Chuyên đề: ${random.pick(thematicTopics)}`,
          `${month.slice(0, 8)}${String(thematicDay).padStart(2, "0")}`,
          now,
        );
    }
    const next = addMonths(`${today.slice(0, 8)}01`, 1);
    rows.meetings.push({
      id: random.uuid(),
      orgUnitId: cell.id,
      kind: "regular",
      topic: `Sinh hoạt chi bộ thường kỳ tháng ${next.slice(5, 7)}/${next.slice(0, 4)}`,
      scheduledAt: new Date(`${next.slice(0, 8)}05T07:30:00+07:00`),
      place: "Phòng họp cơ quan",
      status: "planned",
      agenda,
      checkinSecret: randomBytes(12).toString("base64url"),
      createdAt: now,
    });
  }
  await bulkInsert(db, meetings, rows.meetings, 2000);
  await bulkInsert(db, meetingAttendance, rows.attendance);
  await bulkInsert(db, meetingVotes, rows.votes);
  await bulkInsert(db, meetingTasks, rows.tasks);
  await bulkInsert(db, meetingScores, rows.scores);
}

type Rows = {
  meetings: (typeof meetings.$inferInsert)[];
  attendance: (typeof meetingAttendance.$inferInsert)[];
  votes: (typeof meetingVotes.$inferInsert)[];
  scores: (typeof meetingScores.$inferInsert)[];
  tasks: (typeof meetingTasks.$inferInsert)[];
};

function addMeeting(
  rows: Rows,
  random: Random,
  cell: GeneratedUnit,
  people: GeneratedMember[],
  kind: string,
  topic: string,
  day: string,
  now: Date,
) {
  const id = random.uuid();
  const at = new Date(`${day}T14:00:00+07:00`);
  let presentFull = 0;
  for (const g of people) {
    if (g.member.isExempt) continue;
    const roll = random.next();
    const status = roll < 0.9 ? "present" : roll < 0.97 ? "absent_excused" : "absent_unexcused";
    if (status === "present" && g.member.status === "full") presentFull++;
    rows.attendance.push({
      meetingId: id,
      memberId: g.member.id,
      status,
      reason: status === "absent_excused" ? random.pick(["Đi công tác", "Ốm", "Việc gia đình"]) : null,
      via: random.chance(0.5) ? "self" : "secretary",
      recordedAt: at,
    });
  }
  const chair = people[0]?.member.fullName ?? "Bí thư chi bộ";
  const secretary = people[1]?.member.fullName ?? "Thư ký";
  rows.meetings.push({
    id,
    orgUnitId: cell.id,
    kind,
    topic,
    scheduledAt: at,
    place: "Phòng họp cơ quan",
    status: "closed",
    agenda,
    chairName: chair,
    secretaryName: secretary,
    discussion: "Các đồng chí đảng viên phát biểu, thống nhất các nội dung.",
    conclusions: "Chi bộ thống nhất kết luận và phân công nhiệm vụ.",
    checkinSecret: randomBytes(12).toString("base64url"),
    closedAt: at,
    createdAt: now,
  });
  const against = random.chance(0.1) ? 1 : 0;
  rows.votes.push({
    id: randomUUID(),
    meetingId: id,
    subject: "Thông qua nghị quyết của chi bộ",
    forCount: Math.max(0, presentFull - against),
    againstCount: Math.min(against, presentFull),
    abstainCount: 0,
  });
  rows.tasks.push({
    id: randomUUID(),
    meetingId: id,
    orgUnitId: cell.id,
    title: "Triển khai nghị quyết của chi bộ",
    ownerName: chair,
    ownerMemberId: people[0]?.member.id ?? null,
    dueOn: day,
    status: "done",
    closedOn: day,
  });
  const points = {
    preparation: random.int(11, 15),
    attendance: random.int(15, 20),
    conduct: random.int(32, 45),
    closing: random.int(14, 20),
  };
  const { total, level } = scoreMeeting(seededScoringTemplate, points);
  rows.scores.push({ meetingId: id, templateId: seededScoringTemplate.id, points, total, level, scoredAt: at });
}
