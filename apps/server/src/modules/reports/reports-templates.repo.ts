import { and, asc, desc, eq, inArray, isNotNull, lte, sql } from "drizzle-orm";
import { remembered } from "../../access/caches";
import type { Db } from "../../db/database";
import { reports, reportTemplates, reportTemplateVersions } from "../../db/schema";
import { rowsOf } from "../../db/sql";
import { currentUnitsSql } from "../org";

export type TemplateRow = typeof reportTemplates.$inferSelect;
export type TemplateVersionRow = typeof reportTemplateVersions.$inferSelect;

/** A template's identity: its code and period type, fixed for its life; undefined when there is no such template. */
export async function findTemplate(
  db: Db,
  id: string,
): Promise<Pick<TemplateRow, "id" | "code" | "periodType"> | undefined> {
  const [row] = await db
    .select({ id: reportTemplates.id, code: reportTemplates.code, periodType: reportTemplates.periodType })
    .from(reportTemplates)
    .where(eq(reportTemplates.id, id));
  return row;
}

/** The template with this code, if any (codes are unique). */
export async function findTemplateByCode(db: Db, code: string): Promise<TemplateRow | undefined> {
  const [row] = await db.select().from(reportTemplates).where(eq(reportTemplates.code, code));
  return row;
}

/** The version of a template in force on a day: the latest whose `validFrom` is on or before it; undefined if none. */
export function versionInForce(db: Db, templateId: string, day: string): Promise<TemplateVersionRow | undefined> {
  return remembered(db, `template-version:${templateId}:${day}`, () => readVersionInForce(db, templateId, day));
}

async function readVersionInForce(db: Db, templateId: string, day: string): Promise<TemplateVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(reportTemplateVersions)
    .where(and(eq(reportTemplateVersions.templateId, templateId), lte(reportTemplateVersions.validFrom, day)))
    .orderBy(desc(reportTemplateVersions.validFrom))
    .limit(1);
  return row;
}

/** One version by its id, undefined when there is none. */
export async function findVersion(db: Db, versionId: string): Promise<TemplateVersionRow | undefined> {
  const [row] = await db.select().from(reportTemplateVersions).where(eq(reportTemplateVersions.id, versionId));
  return row;
}

/** Every template, by code. */
export function listTemplates(db: Db): Promise<TemplateRow[]> {
  return remembered(db, "templates", () => db.select().from(reportTemplates).orderBy(asc(reportTemplates.code)));
}

/** Every version of every template (or of one), oldest first. */
export function listVersions(db: Db, templateId?: string): Promise<TemplateVersionRow[]> {
  return db
    .select()
    .from(reportTemplateVersions)
    .where(templateId ? eq(reportTemplateVersions.templateId, templateId) : undefined)
    .orderBy(asc(reportTemplateVersions.templateId), asc(reportTemplateVersions.validFrom));
}

/** Whether a report on this version has been submitted (now submitted, approved, or returned after a submission). */
export async function versionInUse(db: Db, versionId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.templateVersionId, versionId), isNotNull(reports.submittedAt)))
    .limit(1);
  return Boolean(row);
}

/** The versions, among these, that some submitted report uses. */
export async function versionsInUse(db: Db, versionIds: string[]): Promise<Set<string>> {
  if (versionIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ id: reports.templateVersionId })
    .from(reports)
    .where(and(isNotNull(reports.submittedAt), inArray(reports.templateVersionId, versionIds)));
  return new Set(rows.map((r) => r.id));
}

export async function insertTemplate(db: Db, row: typeof reportTemplates.$inferInsert) {
  await db.insert(reportTemplates).values(row);
}

export async function insertVersion(db: Db, row: typeof reportTemplateVersions.$inferInsert) {
  await db.insert(reportTemplateVersions).values(row);
}

/** Writes an edit of a version when its `version` is still `expected`; false when someone else edited it first. */
export async function updateVersion(
  db: Db,
  id: string,
  expected: number,
  changes: Partial<typeof reportTemplateVersions.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(reportTemplateVersions)
    .set({ ...changes, version: sql`${reportTemplateVersions.version} + 1` })
    .where(and(eq(reportTemplateVersions.id, id), eq(reportTemplateVersions.version, expected)))
    .returning({ id: reportTemplateVersions.id });
  return rows.length === 1;
}

/** The unit at the top of the tree today (catalogue-wide records such as templates are located there for audit). */
export async function topUnitId(db: Db): Promise<string | undefined> {
  const result = await db.execute(sql`select id from ${currentUnitsSql()} u where parent_id is null limit 1`);
  return rowsOf<{ id: string }>(result)[0]?.id;
}
