import { randomUUID } from "node:crypto";
import type { CreateMemberInput } from "@dangvu/contract";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { memberEvents, members, memberships, partyCards, transfers } from "../../db/schema";
import { viNameSortKey } from "../../db/vi-sort";

export async function insertMember(db: Db, row: typeof members.$inferInsert) {
  await db.insert(members).values(row);
}

/** The row of a new member record, from what a form or an import row gives. */
export function newMemberRow(id: string, input: CreateMemberInput, now: Date): typeof members.$inferInsert {
  return {
    ...profileOf(input),
    id,
    nameSortKey: viNameSortKey(input.fullName),
    orgUnitId: input.orgUnitId,
    status: input.status,
    admissionDecisionNo: input.admissionDecisionNo ?? null,
    admissionDecidedOn: input.admissionDecidedOn ?? null,
    firstAdmissionDecidedOn: input.admissionDecidedOn ?? null,
    ceremonyOn: input.ceremonyOn ?? null,
    ceremonyPlace: input.ceremonyPlace ?? null,
    fullMembershipOn: input.fullMembershipOn ?? null,
    cardNumber: input.cardNumber ?? null,
    createdAt: now,
  };
}

function profileOf(input: CreateMemberInput) {
  return {
    fullName: input.fullName,
    birthName: input.birthName ?? null,
    sex: input.sex,
    birthDate: input.birthDate,
    birthPlace: input.birthPlace ?? null,
    homeTown: input.homeTown ?? null,
    ethnicity: input.ethnicity ?? null,
    religion: input.religion ?? null,
    citizenId: input.citizenId ?? null,
    generalEducation: input.generalEducation ?? null,
    professionalQualification: input.professionalQualification ?? null,
    academicTitle: input.academicTitle ?? null,
    politicalTheoryLevel: input.politicalTheoryLevel ?? "none",
    occupation: input.occupation ?? null,
    jobTitle: input.jobTitle ?? null,
    phone: input.phone ?? null,
    address: input.address ?? null,
    fileNumber: input.fileNumber ?? null,
  };
}

/** Updates a member if the version is still `expected`, bumping it; false when someone else changed it first. */
export async function updateMember(
  db: Db,
  id: string,
  expected: number,
  changes: Partial<typeof members.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(members)
    .set({ ...changes, version: sql`${members.version} + 1` })
    .where(and(eq(members.id, id), eq(members.version, expected)))
    .returning({ id: members.id });
  return rows.length === 1;
}

export async function insertEvent(db: Db, event: Omit<typeof memberEvents.$inferInsert, "id">) {
  await db.insert(memberEvents).values({ id: randomUUID(), ...event });
}

export async function openMembership(
  db: Db,
  memberId: string,
  orgUnitId: string,
  kind: "official" | "temporary",
  from: string,
) {
  await db.insert(memberships).values({ id: randomUUID(), memberId, orgUnitId, kind, validFrom: from });
}

/** Ends the member's open memberships of a kind (all kinds when omitted) on a date. */
export async function closeMemberships(db: Db, memberId: string, on: string, kind?: "official" | "temporary") {
  const open = and(
    eq(memberships.memberId, memberId),
    isNull(memberships.validTo),
    kind ? eq(memberships.kind, kind) : undefined,
  );
  await db.update(memberships).set({ validTo: on }).where(open);
}

export async function insertCard(db: Db, memberId: string, cardNumber: string, issuedOn: string, reason: string) {
  await db
    .update(partyCards)
    .set({ endedOn: issuedOn })
    .where(and(eq(partyCards.memberId, memberId), isNull(partyCards.endedOn)));
  await db.insert(partyCards).values({ id: randomUUID(), memberId, cardNumber, issuedOn, reason });
}

export async function insertTransfer(db: Db, row: Omit<typeof transfers.$inferInsert, "id">) {
  await db.insert(transfers).values({ id: randomUUID(), ...row });
}

export async function closeTransfer(db: Db, id: string, status: "received" | "returned" | "closed", on: string) {
  await db.update(transfers).set({ status, closedOn: on }).where(eq(transfers.id, id));
}

/** Moves every member of a merged unit to the unit that absorbed it, from the merge date. */
export async function moveAllMembers(db: Db, fromUnitId: string, toUnitId: string, on: string) {
  await db.execute(sql`insert into memberships (id, member_id, org_unit_id, kind, valid_from)
    select gen_random_uuid(), member_id, ${toUnitId}, kind, ${on}::date from memberships
    where org_unit_id = ${fromUnitId} and valid_to is null`);
  await db.execute(
    sql`update memberships set valid_to = ${on}::date where org_unit_id = ${fromUnitId} and valid_to is null and valid_from < ${on}::date`,
  );
  await db.execute(sql`delete from memberships where org_unit_id = ${fromUnitId} and valid_to is null`);
  await db
    .update(members)
    .set({ orgUnitId: toUnitId, version: sql`${members.version} + 1` })
    .where(eq(members.orgUnitId, fromUnitId));
  await db.update(members).set({ temporaryOrgUnitId: toUnitId }).where(eq(members.temporaryOrgUnitId, fromUnitId));
}

/** Members still on a unit's lists (candidates included), which block its dissolution. */
export async function countActiveMembers(db: Db, orgUnitId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(members)
    .where(and(eq(members.orgUnitId, orgUnitId), sql`${members.status} <> 'left'`));
  return row?.n ?? 0;
}
