import { bulkInsert } from "../db/bulk";
import type { Db } from "../db/database";
import { residenceCommentRequests, residenceRegistrations } from "../db/schema";
import { addDays } from "../rules/dates";
import type { GeneratedMember } from "./members";
import type { Random } from "./random";

type RegistrationRow = typeof residenceRegistrations.$inferInsert;
type RequestRow = typeof residenceCommentRequests.$inferInsert;

const streets = ["Trần Hưng Đạo", "Lê Lợi", "Nguyễn Trãi", "Hai Bà Trưng", "Lý Thường Kiệt", "Quang Trung", "Bà Triệu"];
const signers = ["Nguyễn Văn Sơn", "Trần Thị Hương", "Lê Văn Bình", "Phạm Thị Nga", "Đỗ Văn Thắng"];
const comments = {
  good: "Đồng chí gương mẫu chấp hành chủ trương của Đảng, pháp luật của Nhà nước và quy định của địa phương; tham gia đầy đủ sinh hoạt tổ dân phố.",
  fair: "Đồng chí chấp hành tốt quy định nơi cư trú; đôi khi chưa tham gia đầy đủ các buổi sinh hoạt của tổ dân phố.",
  needs_improvement:
    "Đồng chí ít tham gia sinh hoạt nơi cư trú; đề nghị chi bộ nhắc nhở để đồng chí thực hiện tốt hơn.",
};

/**
 * Residence registrations for most working members (Quy định 213), and last year's comments: most received, by
 * link or on paper, some still overdue. Members already out of the Party or exempt from activity are skipped.
 */
export async function seedDemoResidence(db: Db, random: Random, generated: GeneratedMember[], today: string) {
  const lastYear = Number(today.slice(0, 4)) - 1;
  const registrations: RegistrationRow[] = [];
  const requests: RequestRow[] = [];
  for (const { member } of generated) {
    if (!isWorking(member)) continue;
    // Bác Tư of the guided journeys is always registered in the normal case, so his yearly comment can be requested;
    // chị Hà, whose probation has just ended, has not registered yet, so her secretary's follow-up list is never empty.
    const journey = member.fullName === "Hoàng Văn Tư";
    const registers = random.chance(0.85);
    if (member.fullName === "Trần Thị Thu Hà" || (!registers && !journey)) continue;
    const registration = aRegistration(random, member.id, lastYear);
    if (journey) registration.case = "normal";
    registrations.push(registration);
    if (registration.case === "normal") requests.push(lastYearRequest(random, registration, lastYear));
  }
  await bulkInsert(db, residenceRegistrations, registrations);
  await bulkInsert(db, residenceCommentRequests, requests);
}

function isWorking(member: GeneratedMember["member"]): boolean {
  return (member.status === "full" || member.status === "probationary") && !member.isExempt && !member.exitedOn;
}

function aRegistration(random: Random, memberId: string, lastYear: number): RegistrationRow {
  const residenceCase = random.weighted([
    ["normal", 92],
    ["introduced_exempt", 6],
    ["not_introduced", 2],
  ] as const);
  const group = random.int(1, 25);
  return {
    id: random.uuid(),
    memberId,
    address: `Số ${random.int(1, 250)} đường ${random.pick(streets)}, tổ dân phố ${group}`,
    residenceOrgName: `Chi bộ tổ dân phố số ${group}`,
    registeredOn: `${lastYear - random.int(1, 6)}-0${random.int(1, 9)}-${10 + random.int(0, 18)}`,
    case: residenceCase,
  };
}

function lastYearRequest(random: Random, registration: RegistrationRow, lastYear: number): RequestRow {
  const requestedOn = `${lastYear}-10-${10 + random.int(0, 10)}`;
  const base = {
    id: random.uuid(),
    memberId: registration.memberId,
    registrationId: registration.id as string,
    year: lastYear,
    requestedOn,
    dueOn: `${lastYear}-11-30`,
    expiresAt: new Date(`${addDays(requestedOn, 60)}T00:00:00+07:00`),
  };
  if (random.chance(0.12)) return { ...base, status: "requested" };
  const assessment = random.weighted([
    ["good", 80],
    ["fair", 17],
    ["needs_improvement", 3],
  ] as const);
  return {
    ...base,
    status: "received",
    assessment,
    commentText: comments[assessment],
    signerName: random.pick(signers),
    signerPosition: `Bí thư ${registration.residenceOrgName}`,
    receivedOn: addDays(requestedOn, random.int(7, 40)),
    via: random.chance(0.6) ? "link" : "paper",
  };
}
