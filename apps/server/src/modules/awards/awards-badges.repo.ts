import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { inResolvedScope } from "../../access/scope";
import type { Db, Tx } from "../../db/database";
import { awardDecisions, partyBadges } from "../../db/schema";
import { rowsOf } from "../../db/sql";
import { badgeFactsSql } from "../members";
import { lastUnitNameSql } from "../org";

/** A member's record as the badge lists read it. */
export interface BadgeFactsRow {
  id: string;
  fullName: string;
  nameSortKey: string;
  birthDate: string;
  homeTown: string | null;
  orgUnitId: string;
  orgUnitName: string;
  status: string;
  exitReason: string | null;
  exitedOn: string | null;
  firstAdmissionDecidedOn: string | null;
  admissionDecidedOn: string | null;
  ceremonyOn: string | null;
  fullMembershipOn: string | null;
  cardNumber: string | null;
  partyGaps: [string, string][];
}

const factColumns = sql`m.id, m.full_name as "fullName", m.name_sort_key as "nameSortKey", m.birth_date as "birthDate",
  m.home_town as "homeTown", m.org_unit_id as "orgUnitId", ${lastUnitNameSql(sql`m.org_unit_id`)} as "orgUnitName",
  m.status, m.exit_reason as "exitReason", m.exited_on as "exitedOn",
  m.first_admission_decided_on as "firstAdmissionDecidedOn", m.admission_decided_on as "admissionDecidedOn",
  m.ceremony_on as "ceremonyOn", m.full_membership_on as "fullMembershipOn", m.card_number as "cardNumber",
  m.party_gaps as "partyGaps"`;

/** The units a list covers: resolved scope ids, or "all". */
export type Units = string[] | "all";

/** Resolved scope ids, "all", or a subquery of unit ids (the reminders' units). */
const inUnits = (units: Units | SQL) =>
  units === "all" || Array.isArray(units)
    ? inResolvedScope(sql`m.org_unit_id`, units)
    : sql`m.org_unit_id in (${units})`;

/**
 * The members of the units in `units` who may be on an award date's list: full
 * members admitted by `admittedBy`, and members who died in (`diedAfter`, `diedBy`].
 */
export async function candidateFacts(
  db: Db,
  units: Units | SQL,
  admittedBy: string,
  diedAfter: string,
  diedBy: string,
): Promise<BadgeFactsRow[]> {
  const result = await db.execute(sql`select ${factColumns} from ${badgeFactsSql()} m
    where ${inUnits(units)} and m.full_membership_on is not null and (
      (m.status = 'full' and m.first_admission_decided_on::date <= ${admittedBy}::date)
      or (m.status = 'left' and m.exit_reason = 'died' and m.exited_on::date > ${diedAfter}::date
        and m.exited_on::date <= ${diedBy}::date))`);
  return rowsOf<BadgeFactsRow>(result).map(fixGaps);
}

/** The records of the given members. */
export async function factsOf(db: Db, memberIds: readonly string[]): Promise<BadgeFactsRow[]> {
  if (memberIds.length === 0) return [];
  const ids = sql`${`{${memberIds.join(",")}}`}::uuid[]`;
  const result = await db.execute(sql`select ${factColumns} from ${badgeFactsSql()} m where m.id = any(${ids})`);
  return rowsOf<BadgeFactsRow>(result).map(fixGaps);
}

function fixGaps(row: BadgeFactsRow): BadgeFactsRow {
  const gaps = typeof row.partyGaps === "string" ? JSON.parse(row.partyGaps) : row.partyGaps;
  return { ...row, partyGaps: gaps ?? [] };
}

export interface BadgeRow {
  id: string;
  memberId: string;
  fullName: string;
  orgUnitId: string;
  orgUnitName: string;
  milestone: number;
  kind: string;
  awardDate: string;
  badgeNumber: string;
  note: string | null;
  decisionId: string;
  decisionNumber: string;
  signedOn: string;
}

const badgeColumns = sql`b.id, b.member_id as "memberId", m.full_name as "fullName", m.org_unit_id as "orgUnitId",
  ${lastUnitNameSql(sql`m.org_unit_id`)} as "orgUnitName", b.milestone, b.kind, b.award_date::text as "awardDate",
  b.badge_number as "badgeNumber", b.note, b.decision_id as "decisionId", d.number as "decisionNumber",
  d.signed_on::text as "signedOn"
  from party_badges b join award_decisions d on d.id = b.decision_id join ${badgeFactsSql()} m on m.id = b.member_id`;

/** The badges of the given members, oldest award first. */
export async function badgesOfMembers(db: Db, memberIds: readonly string[]): Promise<BadgeRow[]> {
  if (memberIds.length === 0) return [];
  const ids = sql`${`{${memberIds.join(",")}}`}::uuid[]`;
  const result = await db.execute(
    sql`select ${badgeColumns} where b.member_id = any(${ids}) order by b.award_date, b.milestone, b.kind = 'reissue', b.created_at`,
  );
  return rowsOf<BadgeRow>(result);
}

/** Badge numbers among `numbers` already given (case-insensitive). */
export async function takenBadgeNumbers(db: Db, numbers: readonly string[]): Promise<string[]> {
  if (numbers.length === 0) return [];
  const lower = numbers.map((n) => n.toLowerCase());
  const rows = await db
    .select({ number: partyBadges.badgeNumber })
    .from(partyBadges)
    .where(inArray(sql`lower(${partyBadges.badgeNumber})`, lower));
  return rows.map((r) => r.number);
}

/** Whether a decision (of any kind) already has this number. */
export async function decisionNumberTaken(db: Db, number: string): Promise<boolean> {
  const rows = await db
    .select({ id: awardDecisions.id })
    .from(awardDecisions)
    .where(eq(sql`lower(${awardDecisions.number})`, number.toLowerCase()));
  return rows.length > 0;
}

export async function insertDecision(tx: Tx, row: typeof awardDecisions.$inferInsert): Promise<void> {
  await tx.insert(awardDecisions).values(row);
}

export async function insertBadges(tx: Tx, rows: (typeof partyBadges.$inferInsert)[]): Promise<void> {
  await tx.insert(partyBadges).values(rows);
}

export interface DecisionRow {
  id: string;
  number: string;
  signedOn: string;
  signerName: string | null;
  orgUnitId: string;
  orgUnitName: string;
}

/**
 * Badge decisions with at least one badge of a member in `units`, optionally with
 * badges on an award date, newest first; and the total.
 */
export async function listDecisions(
  db: Db,
  units: Units,
  awardDate: string | undefined,
  page: { page: number; pageSize: number },
): Promise<{ rows: DecisionRow[]; total: number }> {
  const onDate = awardDate ? sql`and b.award_date = ${awardDate}::date` : sql``;
  const where = sql`d.kind = 'badge' and exists (select 1 from party_badges b join ${badgeFactsSql()} m
    on m.id = b.member_id where b.decision_id = d.id and ${inUnits(units)} ${onDate})`;
  const result = await db.execute(sql`select d.id, d.number, d.signed_on::text as "signedOn",
    d.signer_name as "signerName", d.deciding_unit_id as "orgUnitId",
    ${lastUnitNameSql(sql`d.deciding_unit_id`)} as "orgUnitName", count(*) over ()::int as total
    from award_decisions d where ${where}
    order by d.signed_on desc, d.number limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}`);
  const rows = rowsOf<DecisionRow & { total: number }>(result);
  const total = rows[0]?.total ?? (await countDecisions(db, where));
  return { rows: rows.map(({ total: _t, ...row }) => row), total };
}

async function countDecisions(db: Db, where: SQL): Promise<number> {
  const result = await db.execute(sql`select count(*)::int as n from award_decisions d where ${where}`);
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}

/** The badges of the given decisions, for members in `units`, in unit then name order. */
export async function badgesOfDecisions(db: Db, decisionIds: readonly string[], units: Units): Promise<BadgeRow[]> {
  if (decisionIds.length === 0) return [];
  const ids = sql`${`{${decisionIds.join(",")}}`}::uuid[]`;
  const result = await db.execute(
    sql`select ${badgeColumns} where b.decision_id = any(${ids}) and ${inUnits(units)}
      order by "orgUnitName", m.name_sort_key collate "C", b.milestone`,
  );
  return rowsOf<BadgeRow>(result);
}

/** One badge decision. */
export async function findDecision(db: Db, id: string): Promise<DecisionRow | undefined> {
  const result = await db.execute(sql`select d.id, d.number, d.signed_on::text as "signedOn",
    d.signer_name as "signerName", d.deciding_unit_id as "orgUnitId",
    ${lastUnitNameSql(sql`d.deciding_unit_id`)} as "orgUnitName" from award_decisions d where d.id = ${id}`);
  return rowsOf<DecisionRow>(result)[0];
}

/** A decision's deciding unit (for the audit trail). */
export async function decisionUnit(db: Db, id: string): Promise<string | undefined> {
  const [row] = await db
    .select({ unit: awardDecisions.decidingUnitId })
    .from(awardDecisions)
    .where(and(eq(awardDecisions.id, id), eq(awardDecisions.kind, "badge")));
  return row?.unit;
}
