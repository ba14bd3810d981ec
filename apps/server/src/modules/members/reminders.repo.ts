import { type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../access/actor";
import { scopeUnitList } from "../../access/scope";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";
import { currentUnitsSql, isCellSql } from "../org";
import { onMemberListSql } from "./members-shared.repo";

/** A subquery of the unit ids whose reminders are listed. */
export type ReminderUnits = SQL;

export interface ReminderMember {
  id: string;
  fullName: string;
  orgUnitId: string;
  orgUnitName: string;
  admissionDecidedOn: string | null;
  decisionReceivedOn: string | null;
  firstAdmissionDecidedOn: string | null;
  ceremonyOn: string | null;
  fullMembershipOn: string | null;
  exitedOn: string | null;
  partyGaps: [string, string][];
}

/** The actor's scope for member records, within a unit's subtree when one is given. */
export function reminderUnits(db: Db, actor: Actor, orgUnitId?: string): Promise<ReminderUnits> {
  return scopeUnitList(db, actor, "member.read", orgUnitId);
}

async function membersWhere(db: Db, units: ReminderUnits, condition: SQL): Promise<ReminderMember[]> {
  const result =
    await db.execute(sql`select m.id, m.full_name as "fullName", m.org_unit_id as "orgUnitId", coalesce(u.name, '') as "orgUnitName",
      m.admission_decided_on::text as "admissionDecidedOn", m.first_admission_decided_on::text as "firstAdmissionDecidedOn",
      m.decision_received_on::text as "decisionReceivedOn", m.full_membership_on::text as "fullMembershipOn",
      m.exited_on::text as "exitedOn", m.ceremony_on::text as "ceremonyOn", m.party_gaps as "partyGaps"
    from members m left join ${currentUnitsSql()} u on u.id = m.org_unit_id
    where m.org_unit_id in (${units}) and ${condition}`);
  return rowsOf<ReminderMember>(result);
}

/** Probationary members in the units. */
export function probationaryMembers(db: Db, units: ReminderUnits): Promise<ReminderMember[]> {
  return membersWhere(db, units, sql`m.status = 'probationary'`);
}

export interface DueTransfer {
  id: string;
  fullName: string;
  orgUnitId: string;
  orgUnitName: string;
  dueOn: string;
  kind: string;
  status: string;
  expectedReturnOn: string | null;
}

/**
 * Transfers from the units still open on `openDueBy` whose receiving cell is out of the reader's view (one in view
 * shows as incoming instead), and temporary ones received whose member should have
 * returned before `today` and is still away. The unit is the one the member left.
 */
export async function dueTransfers(
  db: Db,
  units: ReminderUnits,
  openDueBy: string,
  today: string,
): Promise<DueTransfer[]> {
  const result =
    await db.execute(sql`select m.id, m.full_name as "fullName", t.from_org_unit_id as "orgUnitId", coalesce(u.name, '') as "orgUnitName",
      t.due_on::text as "dueOn", t.kind, t.status, t.expected_return_on::text as "expectedReturnOn"
    from transfers t join members m on m.id = t.member_id
    left join ${currentUnitsSql()} u on u.id = t.from_org_unit_id
    where (t.from_org_unit_id in (${units}) or t.to_org_unit_id in (${units}))
      and ((t.status = 'open' and t.due_on <= ${openDueBy}::date and t.to_org_unit_id not in (${units}))
        or (t.status = 'received' and t.kind = 'temporary' and t.expected_return_on < ${today}::date and m.temporary_org_unit_id is not null))`);
  return rowsOf<DueTransfer>(result);
}

export interface IncomingTransfer {
  id: string;
  fullName: string;
  orgUnitId: string;
  orgUnitName: string;
  dueOn: string;
  kind: "official" | "temporary";
}

/** Open transfers into the units: the receiving cell records the reception when the member presents the letter. */
export async function incomingTransfers(db: Db, units: ReminderUnits): Promise<IncomingTransfer[]> {
  const result =
    await db.execute(sql`select m.id, m.full_name as "fullName", t.to_org_unit_id as "orgUnitId", coalesce(u.name, '') as "orgUnitName",
      t.due_on::text as "dueOn", t.kind
    from transfers t join members m on m.id = t.member_id
    left join ${currentUnitsSql()} u on u.id = t.to_org_unit_id
    where t.status = 'open' and t.to_org_unit_id in (${units})`);
  return rowsOf<IncomingTransfer>(result);
}

export interface AgedMember {
  id: string;
  fullName: string;
  orgUnitId: string;
  orgUnitName: string;
  sex: "male" | "female";
  birthDate: string;
}

/**
 * Members on the list of the current cells among the units born on or before a date, with no official transfer under
 * way: those who may have reached retirement age. Residence cells are outside the tree, so every cell here is a
 * workplace cell (design.md §2).
 */
export async function membersBornBy(db: Db, units: ReminderUnits, date: string): Promise<AgedMember[]> {
  const result =
    await db.execute(sql`select m.id, m.full_name as "fullName", m.org_unit_id as "orgUnitId", u.name as "orgUnitName",
      m.sex, m.birth_date::text as "birthDate"
    from members m join ${currentUnitsSql()} u on u.id = m.org_unit_id
    where m.org_unit_id in (${units}) and ${isCellSql(sql`u.type`)} and ${onMemberListSql(sql`m.status`)}
      and m.birth_date <= ${date}::date
      and not exists (select 1 from transfers t where t.member_id = m.id and t.status = 'open' and t.kind = 'official')`);
  return rowsOf<AgedMember>(result);
}

/** The current cells among the units, with their number of full members. */
export async function cellsWithFullCount(
  db: Db,
  units: ReminderUnits,
): Promise<{ orgUnitId: string; orgUnitName: string; fullCount: number }[]> {
  const result = await db.execute(sql`select v.id as "orgUnitId", v.name as "orgUnitName",
      (select count(*)::int from members m where m.org_unit_id = v.id and m.status = 'full') as "fullCount"
    from ${currentUnitsSql()} v where ${isCellSql(sql`v.type`)} and v.id in (${units})`);
  return rowsOf<{ orgUnitId: string; orgUnitName: string; fullCount: number }>(result);
}
