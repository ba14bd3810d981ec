import { randomBytes, randomUUID } from "node:crypto";
import { bulkInsert } from "../db/bulk";
import type { Db } from "../db/database";
import { meetingAttendance, meetingScores, meetings, meetingTasks, meetingVotes } from "../db/schema";
import { scoreMeeting } from "../modules/meetings";
import { addDays, addMonths } from "../rules/dates";
import { seededScoringTemplate } from "../rules/scoring-template";
import type { SeatRow } from "./committees";
import { inCellOn } from "./decisions";
import type { GeneratedMember } from "./members";
import { absenceReason, regularAgenda, regularMinutes, thematicMinutes } from "./minutes";
import type { Random } from "./random";
import type { GeneratedUnit } from "./tree";

type Rows = {
  meetings: (typeof meetings.$inferInsert)[];
  attendance: (typeof meetingAttendance.$inferInsert)[];
  votes: (typeof meetingVotes.$inferInsert)[];
  scores: (typeof meetingScores.$inferInsert)[];
  tasks: (typeof meetingTasks.$inferInsert)[];
};

interface CellPeople {
  cell: GeneratedUnit;
  people: GeneratedMember[];
  seats: SeatRow[];
}

/**
 * A year of meetings for every cell: twelve monthly regular meetings and one thematic meeting a quarter, each with
 * the members then on the cell's list, minutes chaired by the bí thư (the phó when the bí thư is away), a vote, a
 * follow-up task and a score; all closed. Next month's meeting of each cell is planned.
 */
export async function seedDemoMeetings(
  db: Db,
  random: Random,
  cells: GeneratedUnit[],
  generated: GeneratedMember[],
  seats: SeatRow[],
  today: string,
  now: Date,
) {
  const byCell = new Map<string, GeneratedMember[]>();
  for (const g of generated) {
    if (g.member.status === "candidate") continue;
    for (const id of new Set((g.memberships ?? []).map((s) => s.orgUnitId)))
      byCell.set(id, [...(byCell.get(id) ?? []), g]);
  }
  const rows: Rows = { meetings: [], attendance: [], votes: [], scores: [], tasks: [] };
  const seatsOf = new Map<string, SeatRow[]>();
  for (const s of seats) seatsOf.set(s.orgUnitId, [...(seatsOf.get(s.orgUnitId) ?? []), s]);
  const todayDay = Number(today.slice(8, 10));
  for (const cell of cells) {
    const c = { cell, people: byCell.get(cell.id) ?? [], seats: seatsOf.get(cell.id) ?? [] };
    for (let back = 11; back >= 0; back--) {
      const month = addMonths(`${today.slice(0, 8)}01`, -back);
      const mm = month.slice(5, 7);
      const day = back === 0 ? Math.min(random.int(3, 12), todayDay - 1) : random.int(3, 12);
      if (day >= 1) {
        const m = regularMinutes(random, mm);
        const topic = `Sinh hoạt chi bộ thường kỳ tháng ${mm}/${month.slice(0, 4)}`;
        addMeeting(rows, random, c, { kind: "regular", topic, ...m }, `${month.slice(0, 8)}${pad(day)}`, now, today);
      }
      const thematicDay = random.int(15, 25);
      if (back % 3 === 0 && (back > 0 || thematicDay < todayDay)) {
        const m = thematicMinutes(random);
        addMeeting(rows, random, c, { kind: "thematic", ...m }, `${month.slice(0, 8)}${pad(thematicDay)}`, now, today);
      }
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
      agenda: regularAgenda,
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

interface Content {
  kind: string;
  topic: string;
  agenda: { title: string; note?: string }[];
  discussion: string;
  conclusions: string;
  task: string;
}

/** Whether a member was on the cell's list that day and held to attend: admitted, not out, not exempt yet. */
function expected(g: GeneratedMember, cellId: string, day: string): boolean {
  const m = g.member;
  if (!m.admissionDecidedOn || m.admissionDecidedOn > day || !inCellOn(g, cellId, day)) return false;
  if (m.exitedOn && m.exitedOn <= day) return false;
  const exempt = g.events.find((e) => e.kind === "exemption");
  return !exempt || exempt.occurredOn > day;
}

function holderOn(seats: SeatRow[], kind: string, day: string): string | undefined {
  return (
    seats.find((s) => s.kind === kind && s.startsOn <= day && (!s.endsOn || s.endsOn > day))?.memberId ?? undefined
  );
}

function addMeeting(
  rows: Rows,
  random: Random,
  c: CellPeople,
  content: Content,
  day: string,
  now: Date,
  today: string,
) {
  const id = random.uuid();
  const at = new Date(`${day}T14:00:00+07:00`);
  const secretaryId = holderOn(c.seats, "secretary", day);
  const deputyId = holderOn(c.seats, "deputy_secretary", day);
  const present: GeneratedMember[] = [];
  let presentFull = 0;
  for (const g of c.people) {
    if (!expected(g, c.cell.id, day)) continue;
    const leader = g.member.id === secretaryId || g.member.id === deputyId;
    const roll = random.next();
    const status = roll < (leader ? 0.95 : 0.9) ? "present" : roll < 0.985 ? "absent_excused" : "absent_unexcused";
    if (status === "present") present.push(g);
    if (status === "present" && g.member.fullMembershipOn && g.member.fullMembershipOn <= day) presentFull++;
    rows.attendance.push({
      meetingId: id,
      memberId: g.member.id,
      status,
      reason: status === "absent_excused" ? absenceReason(random) : null,
      via: random.chance(0.5) ? "self" : "secretary",
      recordedAt: at,
    });
  }
  const chair =
    present.find((g) => g.member.id === secretaryId) ?? present.find((g) => g.member.id === deputyId) ?? present[0];
  const clerk = present.find((g) => g !== chair && g.member.birthDate > "1985") ?? present.find((g) => g !== chair);
  rows.meetings.push({
    id,
    orgUnitId: c.cell.id,
    kind: content.kind,
    topic: content.topic,
    scheduledAt: at,
    place: "Phòng họp cơ quan",
    status: "closed",
    agenda: content.agenda,
    chairName: chair?.member.fullName ?? null,
    secretaryName: clerk?.member.fullName ?? null,
    discussion: content.discussion,
    conclusions: content.conclusions,
    endTime: `${random.int(15, 16)}:${pad(random.pick([0, 15, 30, 45]))}`,
    checkinSecret: randomBytes(12).toString("base64url"),
    closedAt: at,
    createdAt: now,
  });
  const against = random.chance(0.1) ? 1 : 0;
  rows.votes.push({
    id: randomUUID(),
    meetingId: id,
    subject: content.kind === "thematic" ? "Thông qua kết luận chuyên đề" : "Thông qua nghị quyết tháng của chi bộ",
    kind: "resolution",
    forCount: Math.max(0, presentFull - against),
    againstCount: Math.min(against, presentFull),
    abstainCount: 0,
  });
  const owner = random.chance(0.3) ? chair : (random.pick(present.length > 0 ? present : [undefined]) ?? chair);
  const dueOn = addDays(day, random.int(10, 25));
  const done = dueOn < addDays(today, -5) || random.chance(0.3);
  rows.tasks.push({
    id: randomUUID(),
    meetingId: id,
    orgUnitId: c.cell.id,
    title: content.task,
    ownerName: owner?.member.fullName ?? "Chi ủy",
    ownerMemberId: owner?.member.id ?? null,
    dueOn,
    status: done ? "done" : "open",
    closedOn: done ? (dueOn < today ? dueOn : today) : null,
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

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
