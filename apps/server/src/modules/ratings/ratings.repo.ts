import type { AssessmentListQuery, OrgUnitType } from "@dangvu/contract";
import { and, eq, getTableColumns, type SQL, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/database";
import { ratingAssessments, reviewCycles } from "../../db/schema";

export { announcedYearsOfMember, latestOfMember, memberInCycle } from "./ratings-member.repo";

import { rowsOf } from "../../db/sql";
import { memberSummariesSql } from "../members";
import { currentUnitsSql, lastUnitNameSql } from "../org";

export type CycleRow = typeof reviewCycles.$inferSelect & { orgUnitName: string };
export type AssessmentInsert = typeof ratingAssessments.$inferInsert;
export type AssessmentRow = typeof ratingAssessments.$inferSelect & {
  subjectName: string;
  orgUnitName: string;
  decidedByUnitName: string | null;
};

export async function insertCycle(tx: Tx, row: typeof reviewCycles.$inferInsert) {
  await tx.insert(reviewCycles).values(row);
}

export async function insertAssessments(tx: Tx, rows: AssessmentInsert[]) {
  for (let i = 0; i < rows.length; i += 500) await tx.insert(ratingAssessments).values(rows.slice(i, i + 500));
}

const cycleColumns = sql`c.id, c.org_unit_id as "orgUnitId", ${lastUnitNameSql(sql`c.org_unit_id`)} as "orgUnitName",
  c.kind, c.year, c.quarter, c.name, c.reference_date::text as "referenceDate", c.self_due_on::text as "selfDueOn",
  c.proposal_due_on::text as "proposalDueOn", c.decision_due_on::text as "decisionDueOn", c.status, c.version,
  c.created_at as "createdAt"`;

export async function findCycle(db: Db, id: string): Promise<CycleRow | undefined> {
  return rowsOf<CycleRow>(await db.execute(sql`select ${cycleColumns} from review_cycles c where c.id = ${id}`))[0];
}

/** An open cycle of a unit for the same kind and period (year and quarter; the day for a term or an ad hoc one). */
export async function openCycleLike(
  db: Db,
  c: { orgUnitId: string; kind: string; year: number; quarter: number | null; referenceDate: string },
) {
  const period =
    c.kind === "year" || c.kind === "quarter"
      ? sql`c.year = ${c.year} and c.quarter is not distinct from ${c.quarter}::int`
      : sql`c.reference_date = ${c.referenceDate}::date`;
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`select c.id from review_cycles c where c.org_unit_id = ${c.orgUnitId} and c.kind = ${c.kind}
      and c.status = 'open' and ${period} limit 1`),
  );
  return rows[0];
}

/**
 * Cycles a reader sees: those run in `visible` (a subquery of unit ids), and those run above it that review a subject
 * in it. Newest first.
 */
export async function listCycles(db: Db, visible: SQL, filter: { year?: number; page: number; pageSize: number }) {
  const where = sql`(c.org_unit_id in (${visible}) or exists (select 1 from rating_assessments a
      where a.cycle_id = c.id and a.org_unit_id in (${visible})))
    ${filter.year ? sql`and c.year = ${filter.year}` : sql``}`;
  const [items, total] = await Promise.all([
    db.execute(sql`select ${cycleColumns} from review_cycles c where ${where}
      order by c.reference_date desc, c.created_at desc limit ${filter.pageSize} offset ${(filter.page - 1) * filter.pageSize}`),
    db.execute(sql`select count(*)::int as n from review_cycles c where ${where}`),
  ]);
  return { items: rowsOf<CycleRow>(items), total: rowsOf<{ n: number }>(total)[0]?.n ?? 0 };
}

/** Whether a cycle reviews a subject in a unit's subtree. */
export async function cycleReviewsIn(db: Db, cycleId: string, units: SQL): Promise<boolean> {
  const rows = rowsOf<{ found: boolean }>(
    await db.execute(sql`select exists (select 1 from rating_assessments a where a.cycle_id = ${cycleId}
      and a.org_unit_id in (${units})) as found`),
  );
  return Boolean(rows[0]?.found);
}

/** Counts of a cycle's assessments in `visible` by subject type and status, and the exclusions by reason. */
export async function cycleCounts(db: Db, cycleId: string, visible: SQL) {
  const result = await db.execute(sql`select subject_type as "subjectType", status, excluded_reason as reason,
      count(*)::int as n, count(*) filter (where status = 'decided' and announced_at is null)::int as unannounced
    from rating_assessments where cycle_id = ${cycleId} and org_unit_id in (${visible})
    group by subject_type, status, excluded_reason`);
  return rowsOf<{ subjectType: string; status: string; reason: string | null; n: number; unannounced: number }>(result);
}

const a = ratingAssessments;
const memberName = sql`(select ms.full_name from ${memberSummariesSql()} ms where ms.id = ${a.memberId})`;
const memberSortKey = sql`(select ms.name_sort_key from ${memberSummariesSql()} ms where ms.id = ${a.memberId})`;
const unitName = lastUnitNameSql(sql`${a.orgUnitId}`);
const assessmentColumns = {
  ...getTableColumns(ratingAssessments),
  subjectName: sql<string>`coalesce(${memberName}, ${unitName})`,
  orgUnitName: sql<string>`${unitName}`,
  decidedByUnitName: sql<string | null>`case when ${a.decidedByUnitId} is null then null
    else ${lastUnitNameSql(sql`${a.decidedByUnitId}`)} end`,
};

export async function findAssessment(db: Db | Tx, id: string): Promise<AssessmentRow | undefined> {
  const [row] = await db.select(assessmentColumns).from(a).where(eq(a.id, id));
  return row;
}

/** A cycle's assessments in `visible`, filtered, by unit name then Vietnamese name (members), one page. */
export async function listAssessments(db: Db, cycleId: string, visible: SQL, q: AssessmentListQuery, within?: SQL) {
  const where = and(
    eq(a.cycleId, cycleId),
    sql`${a.orgUnitId} in (${visible})`,
    within ? sql`${a.orgUnitId} in (${within})` : undefined,
    q.subjectType ? eq(a.subjectType, q.subjectType) : undefined,
    q.status ? eq(a.status, q.status) : undefined,
  );
  const [items, total] = await Promise.all([
    db
      .select(assessmentColumns)
      .from(a)
      .where(where)
      .orderBy(
        sql`vi_sort_key(${unitName}) collate "C"`,
        sql`${a.subjectType} desc`,
        sql`${memberSortKey} collate "C"`,
        a.id,
      )
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(a).where(where),
  ]);
  return { items, total: Number(total[0]?.n ?? 0) };
}

/** Updates an assessment if it still has the version read; false when someone changed it meanwhile. */
export async function updateAssessment(tx: Tx, id: string, version: number, changes: Partial<AssessmentInsert>) {
  const updated = await tx
    .update(ratingAssessments)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(ratingAssessments.id, id), eq(ratingAssessments.version, version)))
    .returning({ id: ratingAssessments.id });
  return updated.length > 0;
}

/** A unit and its ancestors today, nearest first, with their types (for the deciding body). */
export async function chainOf(db: Db, orgUnitId: string): Promise<{ id: string; type: OrgUnitType }[]> {
  const result = await db.execute(sql`with recursive up(id, type, parent_id, depth) as (
      select u.id, u.type, u.parent_id, 0 from ${currentUnitsSql()} u where u.id = ${orgUnitId}
      union all
      select u.id, u.type, u.parent_id, up.depth + 1 from ${currentUnitsSql()} u join up on u.id = up.parent_id
      where up.depth < 50
    ) select id, type from up order by depth`);
  return rowsOf<{ id: string; type: OrgUnitType }>(result);
}

/**
 * The organisations strictly below a unit (`units`: its subtree on the cycle's day), party groups aside, by their
 * type today: the organisations a cycle rates.
 */
export async function orgsBelow(db: Db, units: SQL, cycleUnitId: string) {
  const result = await db.execute(sql`select u.id from ${currentUnitsSql()} u
    where u.id in (${units}) and u.id <> ${cycleUnitId} and u.type <> 'party_group'`);
  return rowsOf<{ id: string }>(result).map((r) => r.id);
}

/**
 * Decided members of a cycle whose cell lies under a base organisation (`units`: its subtree), counted for the
 * quota: those rated good or better, and excellent. `except` leaves out the assessment being decided.
 */
export async function quotaCounts(db: Db | Tx, cycleId: string, units: SQL, except: string) {
  // Decisions of one cycle wait for each other, so two at once cannot both take the last excellent place.
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`rating-quota:${cycleId}`}))`);
  const result = await db.execute(sql`select
      count(*) filter (where decided_level in ('excellent', 'good'))::int as "goodOrBetter",
      count(*) filter (where decided_level = 'excellent')::int as excellent
    from rating_assessments where cycle_id = ${cycleId} and subject_type = 'member' and status = 'decided'
      and id <> ${except} and org_unit_id in (${units})`);
  return rowsOf<{ goodOrBetter: number; excellent: number }>(result)[0] ?? { goodOrBetter: 0, excellent: 0 };
}

/** Marks the cycle's decided assessments of one deciding body announced; how many. */
export async function announce(tx: Tx, cycleId: string, decidedBy: string, at: Date) {
  const updated = await tx.execute(sql`update rating_assessments set announced_at = ${at.toISOString()}::timestamptz,
      version = version + 1
    where cycle_id = ${cycleId} and decided_by_unit_id = ${decidedBy} and status = 'decided' and announced_at is null
    returning id`);
  return rowsOf<{ id: string }>(updated).map((r) => r.id);
}
