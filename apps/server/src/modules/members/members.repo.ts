import type { MemberListQuery } from "@dangvu/contract";
import { and, asc, eq, isNull, or, type SQL, sql } from "drizzle-orm";
import { inResolvedScope } from "../../access/scope";
import type { Db } from "../../db/database";
import { memberEvents, members, partyCards, transfers } from "../../db/schema";
import { rowsOf, unaccentJs } from "../../db/sql";
import { addMonths } from "../../rules/dates";
import { currentUnitNameSql, unitRanksSql, unitsByNameSql } from "../org";
import { onMemberListSql } from "./members-shared.repo";

export type MemberRow = typeof members.$inferSelect;

/** The condition of a members list (scope, unit, filters), built by `memberConditions`. */
export type MemberWhere = SQL;

export interface ListedMember {
  id: string;
  fullName: string;
  sex: string;
  birthDate: string;
  orgUnitId: string;
  orgUnitName: string;
  status: string;
  isExempt: boolean;
  temporaryElsewhere: boolean;
  citizenId: string | null;
  cardNumber: string | null;
  admissionDecidedOn: string | null;
  firstAdmissionDecidedOn: string | null;
  fullMembershipOn: string | null;
  exitedOn: string | null;
  partyGaps: [string, string][];
  version: number;
}

const orderings: Record<MemberListQuery["sort"], SQL> = {
  name: sql`m.name_sort_key collate "C", m.id`,
  birthDate: sql`m.birth_date, m.id`,
  admission: sql`m.first_admission_decided_on nulls last, m.id`,
  unit: sql`su.rank nulls last, m.name_sort_key collate "C", m.id`,
};

/**
 * The conditions of a member list: the scope (resolved to its units), and the filters. A number searches citizen IDs
 * only where the user may see them in full (`idScope`), so a masked ID can never be found out by guessing.
 */
export function memberConditions(
  scope: string[] | "all",
  filter: MemberListQuery,
  today: string,
  idScope: string[] | "all" = [],
): MemberWhere {
  const parts: SQL[] = [inResolvedScope(sql`m.org_unit_id`, scope)];
  parts.push(statusCondition(filter.status));
  if (filter.q) parts.push(searchCondition(filter.q, scope !== "all" && scope.length <= smallScopeUnits, idScope));
  if (filter.sex) parts.push(sql`m.sex = ${filter.sex}`);
  if (filter.ageMin !== undefined) parts.push(sql`m.birth_date <= ${addMonths(today, -12 * filter.ageMin)}::date`);
  if (filter.ageMax !== undefined) parts.push(sql`m.birth_date > ${addMonths(today, -12 * (filter.ageMax + 1))}::date`);
  // Party age filters go by the first admission decision; periods outside the Party are not subtracted here. Only a
  // member recognised as full has a party age.
  if (filter.partyAgeMin !== undefined || filter.partyAgeMax !== undefined)
    parts.push(sql`m.full_membership_on is not null`);
  if (filter.partyAgeMin !== undefined)
    parts.push(sql`m.first_admission_decided_on <= ${addMonths(today, -12 * filter.partyAgeMin)}::date`);
  if (filter.partyAgeMax !== undefined)
    parts.push(sql`m.first_admission_decided_on > ${addMonths(today, -12 * (filter.partyAgeMax + 1))}::date`);
  if (filter.ethnicity) parts.push(sql`m.ethnicity = ${filter.ethnicity}`);
  if (filter.generalEducation) parts.push(sql`m.general_education = ${filter.generalEducation}`);
  if (filter.politicalTheoryLevel) parts.push(sql`m.political_theory_level = ${filter.politicalTheoryLevel}`);
  return sql.join(parts, sql` and `);
}

function statusCondition(status: MemberListQuery["status"]): SQL {
  switch (status) {
    case undefined:
      return sql`m.status <> 'left'`;
    case "active":
      return onMemberListSql(sql`m.status`);
    case "exempt":
      return sql`m.is_exempt and ${onMemberListSql(sql`m.status`)}`;
    case "temporary_elsewhere":
      return sql`(m.temporary_org_name is not null or m.temporary_org_unit_id is not null) and m.status <> 'left'`;
    default:
      return sql`m.status = ${status}`;
  }
}

/**
 * Up to this many units, a scope holds few enough members that reading them by unit and checking the name is
 * faster than the trigram index, whose common trigrams ("ng", "an") cost tens of milliseconds at 200,000 members.
 */
const smallScopeUnits = 300;

/** A search of four or more digits (dots and spaces allowed) looks for a number, not a name. */
export function isNumberSearch(q: string): boolean {
  return /^[0-9.\s]{4,}$/.test(q.trim());
}

/** Digits search the card number and, where allowed, the citizen ID; anything else the name, without accents. */
function searchCondition(q: string, byUnitFirst: boolean, idScope: string[] | "all"): SQL {
  const text = q.trim();
  if (isNumberSearch(text)) {
    const digits = text.replace(/[\s.]/g, "");
    const byId = sql`(m.citizen_id = ${digits} and ${inResolvedScope(sql`m.org_unit_id`, idScope)})`;
    return sql`(${byId} or m.card_number = ${text} or replace(m.card_number, '.', '') = ${digits})`;
  }
  // Concatenating an empty string keeps the planner off the trigram index when the scope is small.
  const name = byUnitFirst ? sql`(m.name_search || '')` : sql`m.name_search`;
  return sql`${name} like ${`%${unaccentJs(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`;
}

const listedColumns = sql`m.id, m.full_name as "fullName", m.sex, m.birth_date::text as "birthDate", m.org_unit_id as "orgUnitId",
  coalesce(${currentUnitNameSql(sql`m.org_unit_id`)}, '') as "orgUnitName", m.status, m.is_exempt as "isExempt",
  (m.temporary_org_name is not null or m.temporary_org_unit_id is not null) as "temporaryElsewhere",
  m.citizen_id as "citizenId", m.card_number as "cardNumber", m.admission_decided_on::text as "admissionDecidedOn",
  m.first_admission_decided_on::text as "firstAdmissionDecidedOn", m.exited_on::text as "exitedOn",
  m.full_membership_on::text as "fullMembershipOn", m.party_gaps as "partyGaps", m.version`;

/**
 * One page of members and the total, sorted the Vietnamese way by default. `units` (the scope's units) lets a page
 * sorted by unit walk the scope's units in name order, reading each one's members through the unit index, and stop
 * once the page is full, instead of sorting every member of a large scope.
 */
export async function listMembers(
  db: Db,
  where: MemberWhere,
  filter: MemberListQuery,
  units: string[] | "all" = "all",
): Promise<{ rows: ListedMember[]; total: number }> {
  const offset = (filter.page - 1) * filter.pageSize;
  const page = rowsOf<ListedMember>(await db.execute(pageQuery(where, filter, offset, units)));
  // A short page that is not empty tells the total without counting (most searches by name fit on one page).
  if (page.length > 0 && page.length < filter.pageSize) return { rows: page, total: offset + page.length };
  const count = await db.execute(sql`select count(*)::int as n from members m where ${where}`);
  return { rows: page, total: rowsOf<{ n: number }>(count)[0]?.n ?? 0 };
}

function pageQuery(where: MemberWhere, filter: MemberListQuery, offset: number, units: string[] | "all"): SQL {
  const limit = sql`limit ${filter.pageSize} offset ${offset}`;
  // Members who have left may stand in a unit since dissolved (one with members cannot be): those lists rank units
  // over every member, as the walk over today's units would miss them.
  if (filter.sort === "unit" && filter.status !== "left")
    return sql`select ${listedColumns} from ${unitsByNameSql()} su
      cross join lateral (select * from members m where m.org_unit_id = su.id and ${where}
        order by m.name_sort_key collate "C", m.id limit ${offset + filter.pageSize}) m
      where ${inResolvedScope(sql`su.id`, units)}
      order by su.name_sort_key collate "C", su.id, m.name_sort_key collate "C", m.id ${limit}`;
  const ranks = filter.sort === "unit" ? sql`left join ${unitRanksSql()} su on su.id = m.org_unit_id` : sql``;
  return sql`select ${listedColumns} from members m ${ranks} where ${where} order by ${orderings[filter.sort]} ${limit}`;
}

export async function findMember(db: Db, id: string): Promise<MemberRow | undefined> {
  const [row] = await db.select().from(members).where(eq(members.id, id));
  return row;
}

export async function findByCitizenId(db: Db, citizenId: string): Promise<{ id: string } | undefined> {
  const [row] = await db.select({ id: members.id }).from(members).where(eq(members.citizenId, citizenId));
  return row;
}

export async function cardInUse(db: Db, cardNumber: string): Promise<boolean> {
  const [row] = await db
    .select({ id: partyCards.id })
    .from(partyCards)
    .where(eq(partyCards.cardNumber, cardNumber))
    .union(db.select({ id: members.id }).from(members).where(eq(members.cardNumber, cardNumber)));
  return Boolean(row);
}

export function listEvents(db: Db, memberId: string) {
  return db
    .select()
    .from(memberEvents)
    .where(eq(memberEvents.memberId, memberId))
    .orderBy(asc(memberEvents.occurredOn), asc(memberEvents.createdAt));
}

export function listCards(db: Db, memberId: string) {
  return db.select().from(partyCards).where(eq(partyCards.memberId, memberId)).orderBy(asc(partyCards.issuedOn));
}

export async function openTransfer(db: Db, memberId: string) {
  const [row] = await db
    .select()
    .from(transfers)
    .where(and(eq(transfers.memberId, memberId), eq(transfers.status, "open")));
  return row;
}

export async function lastEventOn(db: Db, memberId: string): Promise<string | null> {
  const result = await db.execute(
    sql`select max(occurred_on)::text as d from member_events where member_id = ${memberId} and kind <> 'created'`,
  );
  return rowsOf<{ d: string | null }>(result)[0]?.d ?? null;
}

/** How many events of a kind the member has (re-admission happens only once). */
export async function countEvents(db: Db, memberId: string, kind: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(memberEvents)
    .where(and(eq(memberEvents.memberId, memberId), eq(memberEvents.kind, kind)));
  return row?.n ?? 0;
}

/** Members whose open transfer points into a set of units (the receiving side may see them). */
export function transfersInto(db: Db, memberId: string) {
  return db
    .select({ toOrgUnitId: transfers.toOrgUnitId })
    .from(transfers)
    .where(and(eq(transfers.memberId, memberId), eq(transfers.status, "open"), or(isNull(transfers.closedOn))));
}
