import { addDays, addMonths } from "../rules/dates";
import type { GeneratedMember, PendingDecision } from "./members";
import type { Random } from "./random";

type Member = GeneratedMember["member"];
type Event = GeneratedMember["events"][number];

const origins = [
  "Đảng bộ xã Tân Phú",
  "Đảng bộ phường Sơn Thủy",
  "Đảng bộ Quân sự tỉnh",
  "Đảng bộ Trường Đại học Sư phạm Huế",
  "Chi bộ Công ty Điện lực Bình Sơn",
  "Đảng bộ phường Hòa Bình",
  "Đảng bộ Học viện Hành chính quốc gia",
];

/**
 * The events of a life in the Party, in the order the rules allow (domain.md §2.2–2.3): the course on the Party, the
 * admission decision at 18 or over, the decision received, the ceremony within 30 working days, full membership 12
 * months after the ceremony with its decision within 30 working days, the card after that. The decisions' numbers
 * are given later, in date order by the body that signs them (decisions.ts).
 */
export function admit(random: Random, m: Member, events: Event[], decidedOn: string, body: string) {
  const course = addDays(decidedOn, -random.int(60, 330));
  const receivedOn = addDays(decidedOn, random.int(2, 7));
  const ceremonyOn = addDays(receivedOn, random.int(5, 24));
  Object.assign(m, {
    courseCompletedOn: course,
    courseCertificateNo: `${random.int(12, 480)}-CN/TTCT`,
    admissionDecidedOn: decidedOn,
    firstAdmissionDecidedOn: decidedOn,
    decisionReceivedOn: receivedOn,
    ceremonyOn,
    // Bodies were renamed in 2025: an older ceremony names the hall, not today's name of the body.
    ceremonyPlace: `${random.pick(["Hội trường", "Phòng họp"])} ${decidedOn < "2025-03-01" ? "cơ quan" : body}`,
  });
  events.push({
    kind: "course_completed",
    occurredOn: course,
    decisionNo: null,
    details: { certificateNo: m.courseCertificateNo },
  });
  events.push({
    kind: "admission",
    occurredOn: decidedOn,
    decisionNo: null,
    pending: decision("QĐ"),
    details: { ceremonyOn, ceremonyPlace: m.ceremonyPlace, decisionReceivedOn: receivedOn },
  });
}

/** Full membership counts from the end of the 12 months (Điều lệ Đ5); the card follows within months. */
export function makeFull(random: Random, m: Member, events: Event[], today: string, cardNumber: () => string) {
  const fullFrom = addMonths(m.ceremonyOn as string, 12);
  m.status = "full";
  m.fullMembershipOn = fullFrom;
  events.push({
    kind: "full_membership",
    occurredOn: addDays(fullFrom, random.int(3, 25)),
    decisionNo: null,
    pending: decision("QĐ"),
    details: { fullFrom },
  });
  const issuedOn = addDays(fullFrom, random.int(40, 200));
  if (issuedOn >= today) return;
  m.cardNumber = cardNumber();
  events.push({
    kind: "card_issued",
    occurredOn: issuedOn,
    decisionNo: null,
    details: { cardNumber: m.cardNumber, reason: "first" },
  });
}

/** A member who came from another party organisation: the day the cell received the transfer letter. */
export function transferIn(random: Random, m: Member, events: Event[], from: string, to: string): string | null {
  if (to <= from) return null;
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  const on = addDays(from, random.int(0, days));
  events.push({
    kind: "transfer_in",
    occurredOn: on,
    decisionNo: null,
    details: { status: m.status, transferredFrom: random.pick(origins) },
  });
  return on;
}

/**
 * Now and then a member's life in the cell ends or pauses: exemption for illness, death, striking off for missed
 * meetings (domain.md §2.6). Each comes after every other event, and nothing follows it.
 */
export function lateTurns(random: Random, m: Member, events: Event[], today: string) {
  const last = [m.courseCompletedOn ?? "1900-01-01", ...events.map((e) => e.occurredOn)].sort().at(-1) as string;
  const from = addDays(last, 60);
  const to = addDays(today, -20);
  if (from >= to || m.status !== "full") return;
  const roll = random.next();
  const on = addDays(from, random.int(0, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)));
  if (roll < 0.012) {
    m.isExempt = true;
    events.push({ kind: "exemption", occurredOn: on, decisionNo: null, pending: decision("NQ"), details: {} });
  } else if (roll < 0.02) {
    Object.assign(m, { status: "left", exitReason: "died", exitedOn: on });
    events.push({ kind: "death", occurredOn: on, decisionNo: null, details: {} });
  } else if (roll < 0.024) {
    Object.assign(m, { status: "left", exitReason: "struck_off", exitedOn: on });
    events.push({
      kind: "struck_off",
      occurredOn: on,
      decisionNo: null,
      pending: decision("QĐ"),
      details: { ground: 1 },
    });
  }
}

/** A decision to number later: QĐ by the committee that decides (admission, recognition, striking off), NQ by the cell. */
function decision(type: "QĐ" | "NQ"): PendingDecision {
  return { type };
}
