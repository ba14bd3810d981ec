import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/database";
import { reportActions, reports, reportValues } from "../../db/schema";
import { rowsOf } from "../../db/sql";
import { unitsOnSql } from "../org";

export type ReportRow = typeof reports.$inferSelect;
export type ReportInsert = typeof reports.$inferInsert;
export type ReportActionRow = typeof reportActions.$inferSelect;

/** A stored figure: what the unit typed (entered figures) and the figure the report states. */
export interface StoredValue {
  own: number | null;
  total: number | null;
}

export async function findReport(
  db: Db | Tx,
  templateId: string,
  orgUnitId: string,
  period: string,
): Promise<ReportRow | undefined> {
  const [row] = await db
    .select()
    .from(reports)
    .where(and(eq(reports.templateId, templateId), eq(reports.orgUnitId, orgUnitId), eq(reports.period, period)));
  return row;
}

export async function findReportById(db: Db, id: string): Promise<ReportRow | undefined> {
  const [row] = await db.select().from(reports).where(eq(reports.id, id));
  return row;
}

/** Creates a report; false when the unit's report for the period was created meanwhile (two first saves at once). */
export async function insertReport(tx: Tx, row: ReportInsert): Promise<boolean> {
  const created = await tx.insert(reports).values(row).onConflictDoNothing().returning({ id: reports.id });
  return created.length === 1;
}

/** Applies changes to the report at the version the caller read; false when someone changed it meanwhile. */
export async function updateReport(
  tx: Tx,
  id: string,
  version: number,
  changes: Partial<ReportInsert>,
): Promise<boolean> {
  const updated = await tx
    .update(reports)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(reports.id, id), eq(reports.version, version)))
    .returning({ id: reports.id });
  return updated.length === 1;
}

export async function valuesOf(db: Db | Tx, reportId: string): Promise<Map<string, StoredValue>> {
  const rows = await db.select().from(reportValues).where(eq(reportValues.reportId, reportId));
  return new Map(rows.map((r) => [r.indicator, { own: r.own, total: r.total }]));
}

/** Writes the given figures of a report, replacing those it held for the same indicators. */
export async function saveValues(tx: Tx, reportId: string, values: Map<string, StoredValue>): Promise<void> {
  if (values.size === 0) return;
  const rows = [...values].map(([indicator, v]) => ({ reportId, indicator, own: v.own, total: v.total }));
  await tx
    .insert(reportValues)
    .values(rows)
    .onConflictDoUpdate({
      target: [reportValues.reportId, reportValues.indicator],
      set: { own: sql`excluded.own`, total: sql`excluded.total` },
    });
}

export async function insertAction(tx: Tx, row: typeof reportActions.$inferInsert): Promise<void> {
  await tx.insert(reportActions).values(row);
}

export async function actionsOf(db: Db, reportId: string): Promise<ReportActionRow[]> {
  return db.select().from(reportActions).where(eq(reportActions.reportId, reportId)).orderBy(asc(reportActions.at));
}

/** A unit under another on a day, with its report for a period key on any template (the latest status first). */
export interface ChildReport {
  orgUnitId: string;
  orgUnitName: string;
  reportId: string | null;
  templateId: string | null;
  status: string | null;
}

/**
 * The units directly under a unit as the tree stood on `day`, each with its report for the period key: an approved
 * one when it has one (the one whose figures count), otherwise its most advanced. Units without a report appear
 * with nulls, in the order of their names.
 */
export async function childReports(db: Db, parentId: string, period: string, day: string): Promise<ChildReport[]> {
  const result = await db.execute(sql`select u.id as "orgUnitId", u.name as "orgUnitName",
      r.id as "reportId", r.template_id as "templateId", r.status
    from ${unitsOnSql(day)} u
    left join lateral (select id, template_id, status from reports where org_unit_id = u.id and period = ${period}
      order by (status = 'approved') desc, (status = 'submitted') desc, updated_at desc limit 1) r on true
    where u.parent_id = ${parentId}::uuid
    order by u.name_sort_key collate "C"`);
  return rowsOf<ChildReport>(result);
}

/** The sums of the given figures over approved reports (the children's part of entered figures). */
export async function sumApproved(
  db: Db | Tx,
  reportIds: string[],
  indicators: string[],
): Promise<Map<string, number>> {
  if (reportIds.length === 0 || indicators.length === 0) return new Map();
  const rows = await db
    .select({ indicator: reportValues.indicator, total: sql<number>`sum(${reportValues.total})::float8` })
    .from(reportValues)
    .innerJoin(reports, eq(reports.id, reportValues.reportId))
    .where(
      and(
        inArray(reportValues.reportId, reportIds),
        inArray(reportValues.indicator, indicators),
        eq(reports.status, "approved"),
      ),
    )
    .groupBy(reportValues.indicator);
  return new Map(rows.map((r) => [r.indicator, Number(r.total)]));
}

/** One figure of each of the given reports (the drill-down of an entered figure). */
export async function figureOfReports(
  db: Db,
  reportIds: string[],
  indicator: string,
): Promise<Map<string, number | null>> {
  if (reportIds.length === 0) return new Map();
  const rows = await db
    .select({ reportId: reportValues.reportId, total: reportValues.total })
    .from(reportValues)
    .where(and(inArray(reportValues.reportId, reportIds), eq(reportValues.indicator, indicator)));
  return new Map(rows.map((r) => [r.reportId, r.total]));
}

/** A unit as it stood on a day: name, type and the unit above; undefined when it did not exist then. */
export interface UnitOn {
  id: string;
  name: string;
  type: string;
  parentId: string | null;
  parentName: string | null;
}

export async function unitOn(db: Db, id: string, day: string): Promise<UnitOn | undefined> {
  const result = await db.execute(sql`select u.id, u.name, u.type, u.parent_id as "parentId", p.name as "parentName"
    from ${unitsOnSql(day)} u left join ${unitsOnSql(day)} p on p.id = u.parent_id where u.id = ${id}::uuid`);
  return rowsOf<UnitOn>(result)[0];
}

/** How many units stood directly under a unit on a day. */
export async function childCount(db: Db, parentId: string, day: string): Promise<number> {
  const result = await db.execute(
    sql`select count(*)::int as n from ${unitsOnSql(day)} u where u.parent_id = ${parentId}::uuid`,
  );
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}
