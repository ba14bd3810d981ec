import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { bulkInsert } from "../db/bulk";
import type { Db } from "../db/database";
import { memberEvents, members, memberships, partyCards, users } from "../db/schema";
import { viNameSortKey } from "../db/vi-sort";
import { addDays, addMonths } from "../rules/dates";
import { type GeneratedMember, generateMembers } from "./members";
import type { Random } from "./random";
import { chunks } from "./seed";
import type { GeneratedUnit } from "./tree";

/** Inserts generated members with their memberships, events and cards, in batches (demo and benchmark). */
export async function insertMembers(db: Db, generated: GeneratedMember[], now: Date) {
  for (const batch of chunks(generated, 5000)) {
    await bulkInsert(
      db,
      members,
      batch.map((g) => ({ ...g.member, nameSortKey: viNameSortKey(g.member.fullName), createdAt: now })),
    );
    await bulkInsert(
      db,
      memberships,
      batch.map((g) => ({
        id: randomUUID(),
        memberId: g.member.id,
        orgUnitId: g.member.orgUnitId,
        kind: "official",
        validFrom: g.membershipFrom,
        validTo: g.member.exitedOn,
      })),
    );
    await bulkInsert(
      db,
      memberEvents,
      batch.flatMap((g) =>
        g.events.map((e) => ({
          id: randomUUID(),
          memberId: g.member.id,
          kind: e.kind,
          occurredOn: e.occurredOn,
          decisionNo: e.decisionNo,
          orgUnitId: g.member.orgUnitId,
          details: e.details,
          createdAt: now,
        })),
      ),
    );
    await bulkInsert(
      db,
      partyCards,
      batch
        .filter((g) => g.member.cardNumber)
        .map((g) => ({
          id: randomUUID(),
          memberId: g.member.id,
          cardNumber: g.member.cardNumber as string,
          issuedOn: g.events.find((e) => e.kind === "card_issued")?.occurredOn ?? (g.member.fullMembershipOn as string),
          reason: "first",
        })),
    );
  }
}

/** The demo committee's members, with a few people the guided journeys rely on in the demo secretary's cell. */
export async function seedDemoMembers(
  db: Db,
  random: Random,
  units: GeneratedUnit[],
  demoCell: GeneratedUnit,
  today: string,
  now: Date,
): Promise<GeneratedMember[]> {
  const cells = units.filter((u) => u.type === "cell" || u.type === "grassroots_cell");
  const generated = generateMembers(random, cells, 4000, today);
  const journey = journeyMembers(random, generated, demoCell, today);
  await insertMembers(db, generated, now);
  await db.update(users).set({ memberId: journey.tu.member.id }).where(eq(users.username, "dangvien"));
  return generated;
}

/** Bác Tư (a member due his 40-year badge) and chị Hà (probation just ended) in the demo cell. */
function journeyMembers(random: Random, generated: GeneratedMember[], cell: GeneratedUnit, today: string) {
  const inCell = generated.filter(
    (g) => g.member.orgUnitId === cell.id && g.member.status === "full" && !g.member.isExempt,
  );
  const tu = inCell[0] as GeneratedMember;
  const admitted = addDays(addMonths(nextFebruary(today), -12 * 40), -10);
  Object.assign(tu.member, {
    fullName: "Hoàng Văn Tư",
    sex: "male",
    birthDate: addMonths(admitted, -12 * 25),
    admissionDecidedOn: admitted,
    firstAdmissionDecidedOn: admitted,
    ceremonyOn: addDays(admitted, 14),
    fullMembershipOn: addMonths(addDays(admitted, 14), 12),
  });
  tu.member.admissionDecisionNo = "37-QĐ/ĐU";
  const fullOn = tu.member.fullMembershipOn as string;
  tu.events = [
    { kind: "admission", occurredOn: admitted, decisionNo: "37-QĐ/ĐU", details: { ceremonyOn: addDays(admitted, 14) } },
    { kind: "full_membership", occurredOn: addDays(fullOn, 10), decisionNo: "52-QĐ/ĐU", details: { fullFrom: fullOn } },
    ...tu.events.filter((e) => e.kind !== "admission" && e.kind !== "full_membership" && e.occurredOn > fullOn),
  ];
  tu.membershipFrom = admitted;
  const ha = inCell[1] as GeneratedMember;
  const decided = addDays(addMonths(today, -12), -30);
  Object.assign(ha.member, {
    fullName: "Trần Thị Thu Hà",
    sex: "female",
    status: "probationary",
    admissionDecidedOn: decided,
    firstAdmissionDecidedOn: decided,
    ceremonyOn: addDays(decided, 20),
    fullMembershipOn: null,
    cardNumber: null,
    admissionDecisionNo: `${random.int(10, 99)}-QĐ/ĐU`,
  });
  ha.events = [
    {
      kind: "admission",
      occurredOn: decided,
      decisionNo: ha.member.admissionDecisionNo,
      details: { ceremonyOn: addDays(decided, 20) },
    },
  ];
  ha.membershipFrom = decided;
  return { tu, ha };
}

function nextFebruary(today: string): string {
  const year = Number(today.slice(0, 4));
  const thisYear = `${year}-02-03`;
  return thisYear > today ? thisYear : `${year + 1}-02-03`;
}
