import type { LetterIdentity, LetterKind } from "@dangvu/contract";
import type { inspectionLetters, StoredSubject } from "../db/schema";
import { isFiledWithoutAction, letterDueOn } from "../modules/inspection";
import { addWorkingDays } from "../rules/calendar";
import { addDays } from "../rules/dates";
import { fictionalName } from "./names";
import type { InspectionDemo } from "./seed-inspection";
import { buildCase, type SeededCase, workdayFrom } from "./seed-inspection-cases";
import {
  filedReasons,
  forwardTargets,
  letterResults,
  letterSummaries,
  senderAddress,
  unfoundedConclusion,
} from "./seed-inspection-texts";

export type LetterRow = typeof inspectionLetters.$inferInsert & { id: string; receivedOn: string };

const kinds: [LetterKind, number][] = [
  ["denunciation", 5],
  ["petition", 4],
  ["complaint", 1],
];
const identities: [LetterIdentity, number][] = [
  ["named", 75],
  ["anonymous", 15],
  ["false_name", 5],
  ["no_address", 5],
];

/**
 * Forty-odd letters a year (prorated this year) to the committees' inspection committees, about half to the upper
 * committee's: anonymous and false-name ones filed without action; some forwarded; the rest taken and resolved, most
 * within the 90 days, the latest still open, one past its deadline.
 */
export function planLetters(d: InspectionDemo): LetterRow[] {
  const year = Number(d.today.slice(0, 4));
  const rows: LetterRow[] = [];
  for (const y of [year - 1, year]) {
    const from = `${y}-01-02`;
    const to = y === year ? addDays(d.today, -1) : `${y}-12-31`;
    const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
    const count = Math.round((d.random.int(36, 50) * span) / 365);
    for (let i = 0; i < count; i++) {
      const receivedOn = workdayFrom(addDays(from, d.random.int(0, span - 1)), d.calendar);
      const row = receivedOn < d.today ? letterOn(d, receivedOn) : null;
      if (row) rows.push(row);
    }
  }
  leaveOneLate(d, rows);
  return rows.sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
}

function letterOn(d: InspectionDemo, receivedOn: string): LetterRow | null {
  const { random } = d;
  const tree = d.on(receivedOn);
  const upper = random.chance(0.5);
  const units = [...tree.units.values()].filter((u) =>
    upper ? u.type === "upper_committee" : u.type === "grassroots_committee",
  );
  const unit = random.pick(units);
  const about = aboutWhom(d, unit.id, upper, receivedOn);
  if (!about) return null;
  const kind = random.weighted(kinds);
  const identity = random.weighted(identities);
  const named = identity === "named";
  const row: LetterRow = {
    id: random.uuid(),
    orgUnitId: unit.id,
    receivedOn,
    kind,
    identity,
    senderName: named ? fictionalName(random, random.chance(0.6) ? "male" : "female") : null,
    senderAddress: named ? senderAddress(random) : null,
    summary: random.pick(letterSummaries[kind]).replace("{who}", about.who),
    subjects: [about.subject],
    status: "received",
    dueOn: named ? letterDueOn(receivedOn, d.letterDays) : null,
    createdAt: new Date(`${receivedOn}T09:15:00+07:00`),
  };
  return identity !== "named" && isFiledWithoutAction(identity) ? file(row, identity) : handle(d, row);
}

/** Whom the letter is about: a member of a cell below the unit (most often) or one of its organisations. */
function aboutWhom(d: InspectionDemo, unitId: string, upper: boolean, day: string) {
  const tree = d.on(day);
  const below = tree.below(unitId);
  const orgs = below.filter((u) => (upper ? u.parentId === unitId : u.type === "cell"));
  const cells = below.filter((u) => u.type === "cell" || u.type === "grassroots_cell");
  if (orgs.length === 0 || cells.length === 0) return null;
  const cell = d.random.pick(cells);
  const people = d.random.chance(0.7) ? d.membersIn(cell.id, day) : [];
  if (people.length > 0) {
    const g = d.random.pick(people);
    const subject: StoredSubject = { type: "member", orgUnitId: cell.id, memberId: g.member.id };
    return { subject, who: `đồng chí ${g.member.fullName}, đảng viên ${cell.name}` };
  }
  const org = d.random.pick(orgs);
  const subject: StoredSubject = { type: "organisation", orgUnitId: org.id, memberId: null };
  return { subject, who: `cấp ủy ${org.name}` };
}

/** Kept without action from its receipt, as the module files it (22-QĐ/TW Đ20). */
function file(row: LetterRow, identity: Exclude<LetterIdentity, "named">): LetterRow {
  return { ...row, status: "filed", filedReason: filedReasons[identity] };
}

/** A named letter: forwarded to the body whose it is, or taken and resolved (or still being resolved). */
function handle(d: InspectionDemo, row: LetterRow): LetterRow {
  const { random } = d;
  const handledOn = workdayFrom(addDays(row.receivedOn, random.int(2, 7)), d.calendar);
  if (handledOn >= d.today) return row;
  if (random.chance(0.15)) return { ...row, status: "forwarded", handledOn, forwardedTo: random.pick(forwardTargets) };
  const late = random.chance(0.05);
  const resultOn = workdayFrom(addDays(handledOn, late ? random.int(88, 100) : random.int(20, 75)), d.calendar);
  if (resultOn >= d.today) return { ...row, status: "in_progress", handledOn };
  return { ...row, status: "resolved", handledOn, result: random.pick(letterResults), resultOn };
}

/** One letter taken some four months ago is still open past its deadline (the reminders and the filter show it). */
function leaveOneLate(d: InspectionDemo, rows: LetterRow[]): void {
  const late = (r: LetterRow) => r.status === "in_progress" && (r.dueOn as string) < d.today;
  if (rows.some(late)) return;
  const taken = rows
    .filter((r) => (r.status === "resolved" || r.status === "in_progress") && (r.dueOn as string) < d.today)
    .sort((a, b) => b.receivedOn.localeCompare(a.receivedOn));
  const chosen = taken.find((r) => r.receivedOn >= addDays(d.today, -130)) ?? taken[0];
  if (chosen) Object.assign(chosen, { status: "in_progress", result: null, resultOn: null });
}

/**
 * The first named denunciation about a member resolved each year opened a case of suspected violation, which found
 * the denunciation unfounded: the letter's result is the case's conclusion, on its day.
 */
export function casesFromLetters(d: InspectionDemo, letters: LetterRow[]): SeededCase[] {
  const out: SeededCase[] = [];
  for (const year of new Set(letters.map((l) => l.receivedOn.slice(0, 4)))) {
    const letter = letters.find(
      (l) =>
        l.receivedOn.startsWith(year) &&
        l.kind === "denunciation" &&
        l.status === "resolved" &&
        !l.caseId &&
        l.subjects[0]?.memberId,
    );
    const subject = letter?.subjects[0] as StoredSubject;
    const g = letter && d.generated.find((m) => m.member.id === subject.memberId);
    if (!letter || !g) continue;
    const decidedOn = addWorkingDays(letter.handledOn as string, 2, d.calendar);
    const cell = d.on(decidedOn).units.get(subject.orgUnitId)?.name ?? "";
    const chair = d.holderOf(letter.orgUnitId, "inspection_chair", decidedOn);
    const seeded = buildCase(d, {
      orgUnitId: letter.orgUnitId,
      body: "inspection_committee",
      kind: "inspection_suspected",
      title: `Kiểm tra khi có dấu hiệu vi phạm đối với đồng chí ${g.member.fullName}, đảng viên ${cell}`,
      content: `Nội dung đơn tố cáo nhận ngày ${letter.receivedOn.split("-").reverse().join("/")}.`,
      subjects: [subject],
      decidedOn,
      programmeItemId: null,
      letterId: letter.id,
      leader: chair,
      team: `Đồng chí ${chair}, Chủ nhiệm Ủy ban Kiểm tra, trưởng đoàn; 01 ủy viên Ủy ban Kiểm tra`,
      byName: chair,
      conclusion: unfoundedConclusion,
      violationFound: false,
      until: null,
      pace: [0.3, 0.45],
    });
    if (!seeded?.concludedOn) continue;
    Object.assign(letter, {
      caseId: seeded.row.id,
      resultOn: seeded.concludedOn,
      result:
        "Đã kiểm tra khi có dấu hiệu vi phạm: nội dung tố cáo không có cơ sở; đã thông báo kết quả cho người tố cáo.",
    });
    out.push(seeded);
  }
  return out;
}
