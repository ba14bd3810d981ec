import { addDays, addMonths, monthsBetween } from "../rules/dates";
import { admit, lateTurns, makeFull, transferIn } from "./member-life";
import { fictionalName, type Sex } from "./names";
import { generalEducation, qualification, retirementAgeMonths, staffTitle, theoryLevel } from "./people";
import type { Random } from "./random";
import type { GeneratedUnit } from "./tree";
import { province, provinceCode } from "./units";

/** A decision still to number: by the committee over the cell (QĐ) or by the cell itself (NQ). */
export interface PendingDecision {
  type: "QĐ" | "NQ";
}

export interface GeneratedMember {
  member: {
    id: string;
    fullName: string;
    sex: Sex;
    birthDate: string;
    birthPlace: string;
    homeTown: string;
    ethnicity: string;
    religion: string;
    citizenId: string;
    generalEducation: string;
    professionalQualification: string;
    politicalTheoryLevel: string;
    occupation: string;
    jobTitle: string;
    phone: string;
    fileNumber: string | null;
    orgUnitId: string;
    status: "candidate" | "probationary" | "full" | "left";
    exitReason: string | null;
    exitedOn: string | null;
    isExempt: boolean;
    admissionDecisionNo: string | null;
    admissionDecidedOn: string | null;
    firstAdmissionDecidedOn: string | null;
    decisionReceivedOn: string | null;
    ceremonyOn: string | null;
    ceremonyPlace: string | null;
    fullMembershipOn: string | null;
    cardNumber: string | null;
    courseCertificateNo: string | null;
    courseCompletedOn: string | null;
  };
  events: {
    kind: string;
    occurredOn: string;
    decisionNo: string | null;
    details: Record<string, unknown>;
    pending?: PendingDecision;
  }[];
  /** Since when the member is in the cell (the first membership). */
  membershipFrom: string;
  /** The cells the member was in, when more than one (a cell merged into another): [from, to). */
  memberships?: { orgUnitId: string; validFrom: string; validTo: string | null }[];
}

const places = [
  "Sơn Thủy",
  "Tân Phú",
  "Hòa Bình",
  "An Khê",
  "Phú Lộc",
  "Đồng Xuân",
  "Kim Sơn",
  "Thạch Hà",
  "Nghĩa Đàn",
];
const ethnicities = [
  ["Kinh", 90],
  ["Tày", 3],
  ["Mường", 2.5],
  ["Thái", 2],
  ["Nùng", 1],
  ["Dao", 0.8],
  ["Hoa", 0.7],
] as const;
const phonePrefixes = [
  "090",
  "091",
  "094",
  "097",
  "098",
  "086",
  "088",
  "032",
  "035",
  "038",
  "070",
  "077",
  "083",
  "085",
];

/** Numbers that differ for every serial and look scattered: an affine map modulo 10^6 (7919 is prime to it). */
export function scattered(serial: number): string {
  return String((serial * 7919 + 104_729) % 1_000_000).padStart(6, "0");
}

/** A party card number: eight digits in two groups, the province's code first (53.xxxxxx). */
export function cardNumberOf(serial: number): string {
  return `${provinceCode.slice(1)}.${scattered(serial + 500_000)}`;
}

/**
 * A citizen ID (CCCD): the province of birth (053, real in form but assigned to no province, so no real person's
 * number), the century and sex digit, the year of birth, then six digits.
 */
export function citizenIdOf(sex: Sex, birthDate: string, serial: number): string {
  const century = birthDate < "2000" ? 0 : 2;
  return `${provinceCode}${century + (sex === "male" ? 0 : 1)}${birthDate.slice(2, 4)}${scattered(serial)}`;
}

export interface MemberContext {
  today: string;
  serial: number;
  /** The earliest the member can be in the cell: the day it was founded. */
  cellFrom: string;
  cardSerial: () => number;
}

/** One person of a cell, with a life in the Party that passes the lifecycle rules. Deterministic. */
export function oneMember(random: Random, cell: GeneratedUnit, c: MemberContext): GeneratedMember {
  // A students' cell has lecturers among its members too; one of them is usually its bí thư.
  const students = cell.name.includes("Sinh viên") && random.chance(0.75);
  const sex: Sex = random.chance(students || cell.profile === "hospital" ? 0.42 : 0.52) ? "male" : "female";
  const roll = random.next();
  const status = students
    ? roll < 0.35
      ? "candidate"
      : roll < 0.85
        ? "probationary"
        : "full"
    : roll < 0.025
      ? "candidate"
      : roll < 0.09
        ? "probationary"
        : "full";
  const birthDate = birthFor(random, sex, status, students, c.today);
  const age = monthsBetween(birthDate, c.today) / 12;
  const title = staffTitle(random, cell.profile ?? "office", cell.name);
  const member: GeneratedMember["member"] = {
    id: random.uuid(),
    fullName: fictionalName(random, sex),
    sex,
    birthDate,
    birthPlace: `${random.pick(places)}, ${province}`,
    homeTown: `${random.pick(places)}, ${province}`,
    ethnicity: random.weighted(ethnicities),
    religion: random.chance(0.92) ? "Không" : random.pick(["Phật giáo", "Công giáo"]),
    citizenId: citizenIdOf(sex, birthDate, c.serial),
    generalEducation: generalEducation(random, birthDate),
    professionalQualification: qualification(random, cell.profile ?? "office", cell.body, title),
    politicalTheoryLevel: theoryLevel(random, age, false),
    occupation: students ? "Sinh viên" : "Cán bộ, công chức, viên chức",
    jobTitle: title,
    phone: `${random.pick(phonePrefixes)}${random.int(1_000_000, 9_999_999)}`,
    fileNumber: null,
    orgUnitId: cell.id,
    status: status === "candidate" ? "candidate" : "probationary",
    exitReason: null,
    exitedOn: null,
    isExempt: false,
    admissionDecisionNo: null,
    admissionDecidedOn: null,
    firstAdmissionDecidedOn: null,
    decisionReceivedOn: null,
    ceremonyOn: null,
    ceremonyPlace: null,
    fullMembershipOn: null,
    cardNumber: null,
    courseCertificateNo: null,
    courseCompletedOn: null,
  };
  const events: GeneratedMember["events"] = [];
  if (status === "candidate") {
    const course = addDays(c.today, -random.int(30, 400));
    Object.assign(member, { courseCompletedOn: course, courseCertificateNo: `${random.int(12, 480)}-CN/TTCT` });
    events.push({
      kind: "course_completed",
      occurredOn: course,
      decisionNo: null,
      details: { certificateNo: member.courseCertificateNo },
    });
    return { member, events, membershipFrom: laterOf(c.cellFrom, addDays(course, -120)) };
  }
  const decidedOn =
    status === "probationary" ? recentDecision(random, c.today) : admissionFor(random, birthDate, c.today);
  admit(random, member, events, decidedOn, cell.body);
  if (status === "full") makeFull(random, member, events, c.today, () => cardNumberOf(c.cardSerial()));
  let membershipFrom = laterOf(c.cellFrom, decidedOn);
  // Some came later from another party organisation, with the letter received that day.
  if (status === "full" && random.chance(0.15)) {
    const joined = transferIn(
      random,
      member,
      events,
      laterOf(c.cellFrom, member.fullMembershipOn as string),
      addDays(c.today, -200),
    );
    if (joined) membershipFrom = joined;
  }
  if (status === "full") lateTurns(random, member, events, c.today);
  events.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  return { member, events, membershipFrom };
}

/** Members for the benchmark: about `count` people over the given cells, one membership each. Deterministic. */
export function generateMembers(
  random: Random,
  cells: GeneratedUnit[],
  count: number,
  today: string,
): GeneratedMember[] {
  const weights = cells.map(() => 0.3 + random.next() * 1.7);
  const total = weights.reduce((a, b) => a + b, 0);
  const out: GeneratedMember[] = [];
  let cards = 0;
  cells.forEach((cell, i) => {
    const size = Math.max(3, Math.round((count * (weights[i] as number)) / total));
    for (let k = 0; k < size && out.length < count + cells.length * 3; k++) {
      const context = { today, serial: out.length, cellFrom: "1990-01-01", cardSerial: () => cards++ };
      out.push(oneMember(random, cell, context));
    }
  });
  for (const g of out)
    for (const e of g.events)
      if (e.pending) e.decisionNo = `${random.int(10, 480)}-${e.pending.type}/${e.pending.type === "QĐ" ? "ĐU" : "CB"}`;
  for (const g of out) g.member.admissionDecisionNo = g.events.find((e) => e.kind === "admission")?.decisionNo ?? null;
  return out;
}

/** Working members stay below the retirement age: older ones have moved to the party cell where they live. */
function birthFor(random: Random, sex: Sex, status: string, students: boolean, today: string): string {
  if (students) return addDays(addMonths(today, -12 * random.int(19, 22)), -random.int(0, 360));
  if (status !== "full") return addDays(addMonths(today, -12 * random.int(22, 37)), -random.int(0, 360));
  const limit = retirementAgeMonths(sex, Number(today.slice(0, 4))) - 3;
  const months = Math.min(limit, 12 * 26 + Math.floor(random.next() ** 0.9 * (limit - 12 * 26)));
  return addDays(addMonths(today, -months), -random.int(0, 25));
}

function admissionFor(random: Random, birthDate: string, today: string): string {
  const at = addMonths(birthDate, 12 * random.int(21, 34) + random.int(0, 11));
  const latest = addMonths(today, -14);
  const earliest = addMonths(birthDate, 12 * 18 + 1);
  const chosen = at < latest ? at : addDays(latest, -random.int(0, 200));
  return laterOf(chosen, earliest);
}

/** Probationary members: admitted within the year, a few nearing or just past the end of their 12 months. */
function recentDecision(random: Random, today: string): string {
  return addDays(today, -(random.chance(0.9) ? random.int(30, 330) : random.int(331, 395)));
}

function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}
