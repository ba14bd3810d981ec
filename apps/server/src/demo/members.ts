import { addDays, addMonths } from "../rules/dates";
import { fictionalName, type Sex } from "./names";
import type { Random } from "./random";
import type { GeneratedUnit } from "./tree";

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
    orgUnitId: string;
    status: "candidate" | "probationary" | "full" | "left";
    exitReason: string | null;
    exitedOn: string | null;
    isExempt: boolean;
    admissionDecisionNo: string | null;
    admissionDecidedOn: string | null;
    firstAdmissionDecidedOn: string | null;
    ceremonyOn: string | null;
    ceremonyPlace: string | null;
    fullMembershipOn: string | null;
    cardNumber: string | null;
    courseCertificateNo: string | null;
    courseCompletedOn: string | null;
  };
  events: { kind: string; occurredOn: string; decisionNo: string | null; details: Record<string, unknown> }[];
  membershipFrom: string;
}

const places = [
  "Bình Sơn",
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
const qualifications = [
  "Cử nhân Kinh tế",
  "Cử nhân Luật",
  "Thạc sĩ Quản lý công",
  "Bác sĩ đa khoa",
  "Kỹ sư Xây dựng",
  "Cử nhân Sư phạm",
  "Thạc sĩ Tài chính",
  "Kỹ sư Công nghệ thông tin",
  "Cử nhân Báo chí",
  "Cử nhân Hành chính",
];
const jobTitles = [
  "Chuyên viên",
  "Chuyên viên chính",
  "Phó Trưởng phòng",
  "Trưởng phòng",
  "Kế toán viên",
  "Giảng viên",
  "Bác sĩ",
  "Điều dưỡng",
  "Phóng viên",
  "Kỹ sư",
];

/**
 * Members for the demo committee and the benchmark: about `count` people over the given cells, with realistic
 * names, a spread of statuses (≈7% probationary) and the events of their lives in the Party. Deterministic.
 */
export function generateMembers(
  random: Random,
  cells: GeneratedUnit[],
  count: number,
  today: string,
): GeneratedMember[] {
  const weights = cells.map(() => 0.3 + random.next() * 1.7);
  const total = weights.reduce((a, b) => a + b, 0);
  const out: GeneratedMember[] = [];
  let serial = 0;
  cells.forEach((cell, i) => {
    const size = Math.max(3, Math.round((count * (weights[i] as number)) / total));
    for (let k = 0; k < size && out.length < count + cells.length * 3; k++)
      out.push(oneMember(random, cell, today, serial++));
  });
  return out;
}

function oneMember(random: Random, cell: GeneratedUnit, today: string, serial: number): GeneratedMember {
  const sex: Sex = random.chance(0.52) ? "male" : "female";
  const roll = random.next();
  const status = roll < 0.025 ? "candidate" : roll < 0.095 ? "probationary" : "full";
  const birthDate = birthFor(random, status, today);
  const member: GeneratedMember["member"] = {
    id: random.uuid(),
    fullName: fictionalName(random, sex),
    sex,
    birthDate,
    birthPlace: `${random.pick(places)}, tỉnh Bình Sơn`,
    homeTown: `${random.pick(places)}, tỉnh Bình Sơn`,
    ethnicity: random.weighted(ethnicities),
    religion: random.chance(0.92) ? "Không" : random.pick(["Phật giáo", "Công giáo"]),
    // Province code 099 is not assigned: no real person's citizen ID.
    citizenId: `099${sex === "male" ? (birthDate < "2000" ? 0 : 2) : birthDate < "2000" ? 1 : 3}${birthDate.slice(2, 4)}${String(serial).padStart(6, "0")}`,
    generalEducation: "12/12",
    professionalQualification: random.pick(qualifications),
    politicalTheoryLevel: random.weighted([
      ["elementary", 45],
      ["intermediate", 40],
      ["advanced", 10],
      ["none", 5],
    ] as const),
    occupation: "Cán bộ, công chức, viên chức",
    jobTitle: random.pick(jobTitles),
    phone: `09${random.int(10_000_000, 99_999_999)}`,
    orgUnitId: cell.id,
    status,
    exitReason: null,
    exitedOn: null,
    isExempt: false,
    admissionDecisionNo: null,
    admissionDecidedOn: null,
    firstAdmissionDecidedOn: null,
    ceremonyOn: null,
    ceremonyPlace: null,
    fullMembershipOn: null,
    cardNumber: null,
    courseCertificateNo: null,
    courseCompletedOn: null,
  };
  const events: GeneratedMember["events"] = [];
  const course = addDays(today, -random.int(30, 400));
  member.courseCertificateNo = `${random.int(100, 999)}/CN-TTCT`;
  member.courseCompletedOn = status === "candidate" ? course : null;
  if (status === "candidate") {
    events.push({
      kind: "course_completed",
      occurredOn: course,
      decisionNo: null,
      details: { certificateNo: member.courseCertificateNo },
    });
    return { member, events, membershipFrom: addDays(course, -90) };
  }
  const decidedOn =
    status === "probationary" ? addDays(today, -random.int(60, 400)) : admissionFor(random, birthDate, today);
  const ceremonyOn = addDays(decidedOn, random.int(5, 25));
  Object.assign(member, {
    admissionDecisionNo: `${random.int(10, 480)}-QĐ/${cell.type === "grassroots_cell" ? "ĐUK" : "ĐU"}`,
    admissionDecidedOn: decidedOn,
    firstAdmissionDecidedOn: decidedOn,
    ceremonyOn,
    ceremonyPlace: cell.name,
  });
  events.push({
    kind: "admission",
    occurredOn: decidedOn,
    decisionNo: member.admissionDecisionNo,
    details: { ceremonyOn },
  });
  if (status === "full") addFullLife(random, member, events, today);
  return { member, events, membershipFrom: decidedOn };
}

function addFullLife(
  random: Random,
  member: GeneratedMember["member"],
  events: GeneratedMember["events"],
  today: string,
) {
  const fullOn = addMonths(member.ceremonyOn as string, 12);
  member.fullMembershipOn = fullOn;
  events.push({
    kind: "full_membership",
    occurredOn: addDays(fullOn, random.int(3, 25)),
    decisionNo: `${random.int(10, 480)}-QĐ/ĐU`,
    details: { fullFrom: fullOn },
  });
  member.cardNumber = `${random.int(10, 99)}.${random.int(100, 999)}.${String(random.int(0, 999)).padStart(3, "0")}${member.id.slice(0, 2)}`;
  events.push({
    kind: "card_issued",
    occurredOn: addDays(fullOn, random.int(30, 200)),
    decisionNo: null,
    details: { cardNumber: member.cardNumber, reason: "first" },
  });
  const roll = random.next();
  if (roll < 0.03) {
    member.isExempt = true;
    events.push({
      kind: "exemption",
      occurredOn: addDays(today, -random.int(30, 900)),
      decisionNo: `${random.int(1, 60)}-NQ/CB`,
      details: {},
    });
  } else if (roll < 0.04) {
    member.status = "left";
    member.exitReason = "died";
    member.exitedOn = addDays(today, -random.int(30, 700));
    events.push({ kind: "death", occurredOn: member.exitedOn, decisionNo: null, details: {} });
  } else if (roll < 0.045) {
    member.status = "left";
    member.exitReason = "struck_off";
    member.exitedOn = addDays(today, -random.int(30, 700));
    events.push({
      kind: "struck_off",
      occurredOn: member.exitedOn,
      decisionNo: `${random.int(1, 90)}-QĐ/ĐU`,
      details: { ground: 1 },
    });
  }
  events.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
}

function birthFor(random: Random, status: string, today: string): string {
  const age = status === "full" ? random.int(27, 62) : random.int(23, 40);
  return addDays(addMonths(today, -12 * age), -random.int(0, 360));
}

function admissionFor(random: Random, birthDate: string, today: string): string {
  const at = addMonths(birthDate, 12 * random.int(21, 38) + random.int(0, 11));
  const latest = addMonths(today, -14);
  return at < latest ? at : addDays(latest, -random.int(0, 200));
}
