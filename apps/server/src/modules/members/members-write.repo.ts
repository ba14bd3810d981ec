import { randomUUID } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { viNameSortKey } from "../../db/vi-sort";
import { memberEvents, members, memberships, partyCards, transfers } from "../../db/schema";

export async function insertMember(db: Db, row: Omit<typeof members.$inferInsert, "nameSortKey">) {
  await db.insert(members).values({ ...row, nameSortKey: viNameSortKey(row.fullName) });
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
