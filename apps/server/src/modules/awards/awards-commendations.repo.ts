import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { inResolvedScope } from "../../access/scope";
import type { Db } from "../../db/database";
import { awardDecisions, commendations } from "../../db/schema";
import { rowsOf } from "../../db/sql";
import { memberSummariesSql } from "../members";
import { lastUnitNameSql } from "../org";

export type CommendationRow = typeof commendations.$inferSelect;
export type DecisionRow = typeof awardDecisions.$inferSelect;

/** A commendation with the names lists show: the member, the units, the campaign, its decision. */
export interface ListedCommendation extends CommendationRow {
  memberName: string | null;
  orgUnitName: string;
  proposingUnitName: string;
  campaignName: string | null;
  decisionNumber: string | null;
  decisionSignedOn: string | null;
  decisionSignerName: string | null;
  decidingUnitId: string | null;
  decidingUnitName: string | null;
}

const listedSelect = sql`select c.id, c.form, c.recipient_type as "recipientType", c.member_id as "memberId",
  c.org_unit_id as "orgUnitId", c.proposing_unit_id as "proposingUnitId", c.campaign_id as "campaignId", c.year,
  c.basis, c.reason, c.status, c.proposed_on::text as "proposedOn", c.decision_id as "decisionId",
  c.refusal_reason as "refusalReason", c.version, c.created_at as "createdAt",
  m.full_name as "memberName", ${lastUnitNameSql(sql`c.org_unit_id`)} as "orgUnitName",
  ${lastUnitNameSql(sql`c.proposing_unit_id`)} as "proposingUnitName", k.name as "campaignName",
  d.number as "decisionNumber", d.signed_on::text as "decisionSignedOn", d.signer_name as "decisionSignerName",
  d.deciding_unit_id as "decidingUnitId",
  case when d.id is null then null else ${lastUnitNameSql(sql`d.deciding_unit_id`)} end as "decidingUnitName"
  from commendations c left join ${memberSummariesSql()} m on m.id = c.member_id
  left join award_campaigns k on k.id = c.campaign_id left join award_decisions d on d.id = c.decision_id`;

/** What a list of commendations is narrowed to: the units in scope (of the recipient), and the filters asked. */
export interface CommendationFilter {
  scope: string[] | "all";
  memberId?: string;
  status?: string;
  recipientType?: string;
  form?: string;
  year?: number;
}

function whereOf(f: CommendationFilter): SQL {
  const parts: SQL[] = [inResolvedScope(sql`c.org_unit_id`, f.scope)];
  if (f.memberId) parts.push(sql`c.member_id = ${f.memberId}`);
  if (f.status) parts.push(sql`c.status = ${f.status}`);
  if (f.recipientType) parts.push(sql`c.recipient_type = ${f.recipientType}`);
  if (f.form) parts.push(sql`c.form = ${f.form}`);
  if (f.year) parts.push(sql`c.year = ${f.year}`);
  return sql.join(parts, sql` and `);
}

/** One page of commendations matching the filter, the latest first, with the total. */
export async function listCommendations(
  db: Db,
  filter: CommendationFilter,
  page: { page: number; pageSize: number },
): Promise<{ rows: ListedCommendation[]; total: number }> {
  const where = whereOf(filter);
  const offset = (page.page - 1) * page.pageSize;
  const [rows, count] = await Promise.all([
    db.execute(sql`${listedSelect} where ${where}
      order by coalesce(d.signed_on, c.proposed_on) desc, c.created_at desc, c.id limit ${page.pageSize} offset ${offset}`),
    db.execute(sql`select count(*)::int as n from commendations c where ${where}`),
  ]);
  return { rows: rowsOf<ListedCommendation>(rows), total: rowsOf<{ n: number }>(count)[0]?.n ?? 0 };
}

export async function listedByIds(db: Db, ids: readonly string[]): Promise<ListedCommendation[]> {
  if (ids.length === 0) return [];
  const result = await db.execute(
    sql`${listedSelect} where c.id = any(${`{${ids.join(",")}}`}::uuid[]) order by m.name_sort_key, c.created_at`,
  );
  return rowsOf<ListedCommendation>(result);
}

export async function findCommendation(db: Db, id: string): Promise<CommendationRow | undefined> {
  const [row] = await db.select().from(commendations).where(eq(commendations.id, id));
  return row;
}

export function findCommendations(db: Db, ids: readonly string[]): Promise<CommendationRow[]> {
  return db
    .select()
    .from(commendations)
    .where(inArray(commendations.id, [...ids]));
}

export async function insertCommendation(db: Db, row: typeof commendations.$inferInsert) {
  await db.insert(commendations).values(row);
}

/** A proposal (not refused) of the same form, periodic basis and year for the same recipient: a second is a duplicate. */
export async function sameProposal(db: Db, row: CommendationRow | typeof commendations.$inferInsert) {
  // Only the periodic commendations are once a year; a unit may praise the same member ad hoc or in campaigns again.
  if (row.basis !== "year_excellent" && row.basis !== "five_years_excellent") return undefined;
  const recipient = row.memberId
    ? eq(commendations.memberId, row.memberId)
    : and(eq(commendations.recipientType, "org"), eq(commendations.orgUnitId, row.orgUnitId));
  const year = row.year == null ? sql`${commendations.year} is null` : eq(commendations.year, row.year);
  const [found] = await db
    .select({ id: commendations.id })
    .from(commendations)
    .where(
      and(
        recipient,
        year,
        eq(commendations.form, row.form),
        eq(commendations.basis, row.basis),
        sql`${commendations.status} <> 'refused'`,
      ),
    )
    .limit(1);
  return found;
}

/** Changes a proposal if it still has the version read; false when someone changed it meanwhile. */
export async function updateCommendation(
  db: Db,
  id: string,
  version: number,
  changes: Partial<CommendationRow>,
): Promise<boolean> {
  const rows = await db
    .update(commendations)
    .set({ ...changes, version: sql`${commendations.version} + 1` })
    .where(and(eq(commendations.id, id), eq(commendations.version, version), eq(commendations.status, "proposed")))
    .returning({ id: commendations.id });
  return rows.length === 1;
}

export async function decisionNumberTaken(db: Db, number: string): Promise<boolean> {
  const result = await db.execute(sql`select 1 from award_decisions where lower(number) = lower(${number}) limit 1`);
  return rowsOf(result).length > 0;
}

export async function insertDecision(db: Db, row: DecisionRow) {
  await db.insert(awardDecisions).values(row);
}

/** The member's cell and name as other modules see them; undefined when no such member. */
export async function memberCell(db: Db, memberId: string) {
  const result = await db.execute(
    sql`select m.id, m.full_name as "fullName", m.org_unit_id as "orgUnitId", m.status from ${memberSummariesSql()} m
      where m.id = ${memberId}`,
  );
  return rowsOf<{ id: string; fullName: string; orgUnitId: string; status: string }>(result)[0];
}
