import { type SQL, sql } from "drizzle-orm";
import { subtreeUnitIds } from "../../access/scope";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";
import { currentUnitsSql, unitsOnSql } from "../org";

/** An expected report of a completeness table: the unit, the unit above, and the report's state if it exists. */
export interface ExpectedReport {
  orgUnitId: string;
  orgUnitName: string;
  parentName: string | null;
  status: string | null;
  dueOn: string | null;
  submittedAt: Date | null;
  approvedAt: Date | null;
}

const list = (values: readonly string[]): SQL =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/**
 * The units of a subtree, as it stood on `day`, whose type must report on a template, each with its report for the
 * period if there is one; ordered by the unit above, then by name.
 */
export async function expectedReports(
  db: Db,
  q: { templateId: string; period: string; orgUnitId: string; day: string; types: readonly string[] },
): Promise<ExpectedReport[]> {
  if (q.types.length === 0) return [];
  const result = await db.execute(sql`select u.id as "orgUnitId", u.name as "orgUnitName", p.name as "parentName",
      r.status, r.due_on as "dueOn", r.submitted_at as "submittedAt", r.approved_at as "approvedAt"
    from ${unitsOnSql(q.day)} u
    left join ${unitsOnSql(q.day)} p on p.id = u.parent_id
    left join reports r on r.template_id = ${q.templateId}::uuid and r.org_unit_id = u.id and r.period = ${q.period}
    where u.id in (${subtreeUnitIds(q.orgUnitId, q.day)}) and u.type in (${list(q.types)})
    order by coalesce(p.name_sort_key, '') collate "C", u.name_sort_key collate "C"`);
  return rowsOf<ExpectedReport & { submittedAt: Date | string | null; approvedAt: Date | string | null }>(result).map(
    (r) => ({ ...r, submittedAt: toDate(r.submittedAt), approvedAt: toDate(r.approvedAt) }),
  );
}

const toDate = (v: Date | string | null) => (v === null ? null : new Date(v));

/** The state of one unit's reports on a template for some periods. */
export async function statusesOf(
  db: Db,
  templateId: string,
  orgUnitId: string,
  periods: readonly string[],
): Promise<Map<string, string>> {
  if (periods.length === 0) return new Map();
  const result = await db.execute(sql`select period, status from reports
    where template_id = ${templateId}::uuid and org_unit_id = ${orgUnitId}::uuid and period in (${list(periods)})`);
  return new Map(rowsOf<{ period: string; status: string }>(result).map((r) => [r.period, r.status]));
}

/** Today's name and type of the given units (those that still exist). */
export async function unitsToday(
  db: Db,
  ids: readonly string[],
): Promise<{ id: string; name: string; type: string }[]> {
  if (ids.length === 0) return [];
  const result = await db.execute(sql`select u.id, u.name, u.type from ${currentUnitsSql()} u
    where u.id in (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )}) order by u.name_sort_key collate "C"`);
  return rowsOf<{ id: string; name: string; type: string }>(result);
}

/** Today's units directly under the given ones, with their name and type. */
export async function childrenToday(
  db: Db,
  parentIds: readonly string[],
): Promise<{ id: string; name: string; type: string }[]> {
  if (parentIds.length === 0) return [];
  const result = await db.execute(sql`select u.id, u.name, u.type from ${currentUnitsSql()} u
    where u.parent_id in (${sql.join(
      parentIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )}) order by u.name_sort_key collate "C"`);
  return rowsOf<{ id: string; name: string; type: string }>(result);
}

/** A submitted report waiting for a unit above to review it. */
export interface WaitingReport {
  templateId: string;
  periodType: string;
  templateName: string;
  orgUnitId: string;
  orgUnitName: string;
  period: string;
  dueOn: string;
}

/**
 * Submitted reports waiting for the given units: those of the units directly under them, of the units under their
 * sub-committees (đảng ủy bộ phận, run by the base committee's office), and their own at the top of the tree.
 */
export async function waitingFor(db: Db, approverUnitIds: readonly string[]): Promise<WaitingReport[]> {
  if (approverUnitIds.length === 0) return [];
  const ids = sql.join(
    approverUnitIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const result = await db.execute(sql`select r.template_id as "templateId", t.period_type as "periodType",
      tv.name as "templateName", r.org_unit_id as "orgUnitId", u.name as "orgUnitName", r.period, r.due_on as "dueOn"
    from reports r
    join ${currentUnitsSql()} u on u.id = r.org_unit_id
    join report_templates t on t.id = r.template_id
    join report_template_versions tv on tv.id = r.template_version_id
    where r.status = 'submitted' and (u.parent_id in (${ids}) or (u.parent_id is null and u.id in (${ids}))
      or u.parent_id in (select s.id from ${currentUnitsSql()} s where s.type = 'sub_committee' and s.parent_id in (${ids})))
    order by r.due_on, u.name_sort_key collate "C" limit 500`);
  return rowsOf<WaitingReport>(result);
}
