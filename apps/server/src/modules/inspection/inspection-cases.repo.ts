import type { CaseListQuery } from "@dangvu/contract";
import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../access/actor";
import { subtreeUnitIds } from "../../access/scope";
import type { Db, Tx } from "../../db/database";
import {
  disciplineActions,
  inspectionCaseDocuments,
  inspectionCaseSteps,
  inspectionCaseSubjects,
  inspectionCases,
  type StoredSubject,
} from "../../db/schema";
import { rowsOf } from "../../db/sql";
import { memberSummariesSql } from "../members";
import { lastUnitNameSql } from "../org";
import { confidentialScope } from "./inspection-scope.repo";

export type CaseRow = typeof inspectionCases.$inferSelect;
export type CaseInsert = typeof inspectionCases.$inferInsert;

export async function findCase(db: Db, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(inspectionCases).where(eq(inspectionCases.id, id));
  return row;
}

export async function insertCase(tx: Tx, row: CaseInsert, subjects: readonly StoredSubject[]): Promise<void> {
  await tx.insert(inspectionCases).values(row);
  await tx.insert(inspectionCaseSubjects).values(
    subjects.map((s, position) => ({
      caseId: row.id,
      position,
      type: s.type,
      orgUnitId: s.orgUnitId,
      memberId: s.memberId,
    })),
  );
}

/** Changes a case if it is still at `version`; false when someone changed it first. */
export async function updateCase(tx: Tx, id: string, version: number, patch: Partial<CaseInsert>): Promise<boolean> {
  const rows = await tx
    .update(inspectionCases)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(inspectionCases.id, id), eq(inspectionCases.version, version)))
    .returning({ id: inspectionCases.id });
  return rows.length === 1;
}

export async function insertStep(tx: Tx, row: typeof inspectionCaseSteps.$inferInsert): Promise<void> {
  await tx.insert(inspectionCaseSteps).values(row);
}

/** The subjects of some cases, in their order, by case. */
export async function subjectsOf(db: Db, caseIds: readonly string[]): Promise<Map<string, StoredSubject[]>> {
  const map = new Map<string, StoredSubject[]>();
  if (caseIds.length === 0) return map;
  const rows = await db
    .select()
    .from(inspectionCaseSubjects)
    .where(inArray(inspectionCaseSubjects.caseId, [...caseIds]))
    .orderBy(asc(inspectionCaseSubjects.caseId), asc(inspectionCaseSubjects.position));
  for (const r of rows) {
    const list = map.get(r.caseId) ?? [];
    list.push({ type: r.type, orgUnitId: r.orgUnitId, memberId: r.memberId });
    map.set(r.caseId, list);
  }
  return map;
}

export function stepsOf(db: Db, caseId: string) {
  return db
    .select()
    .from(inspectionCaseSteps)
    .where(eq(inspectionCaseSteps.caseId, caseId))
    .orderBy(asc(inspectionCaseSteps.on), asc(inspectionCaseSteps.createdAt));
}

/** A case's documents, without their content. */
export function documentsOf(db: Db, caseId: string) {
  const d = inspectionCaseDocuments;
  return db
    .select({
      id: d.id,
      fileName: d.fileName,
      mimeType: d.mimeType,
      size: d.size,
      uploadedAt: d.uploadedAt,
      uploadedByName: d.uploadedByName,
    })
    .from(d)
    .where(eq(d.caseId, caseId))
    .orderBy(asc(d.uploadedAt));
}

export async function findDocument(db: Db, caseId: string, documentId: string) {
  const [row] = await db
    .select()
    .from(inspectionCaseDocuments)
    .where(and(eq(inspectionCaseDocuments.caseId, caseId), eq(inspectionCaseDocuments.id, documentId)));
  return row;
}

export async function insertDocument(tx: Tx, row: typeof inspectionCaseDocuments.$inferInsert): Promise<void> {
  await tx.insert(inspectionCaseDocuments).values(row);
}

/** The discipline files opened from a case. */
export async function disciplineIdsOf(db: Db, caseId: string): Promise<string[]> {
  const rows = await db
    .select({ id: disciplineActions.id })
    .from(disciplineActions)
    .where(eq(disciplineActions.caseId, caseId))
    .orderBy(asc(disciplineActions.createdAt));
  return rows.map((r) => r.id);
}

/** Whether a unit already used a decision number in a year (numbers restart each year). */
export async function decisionTaken(
  db: Db | Tx,
  orgUnitId: string,
  decisionNo: string,
  year: number,
): Promise<boolean> {
  const result = await db.execute(sql`select 1 from inspection_cases where org_unit_id = ${orgUnitId}
    and lower(decision_no) = lower(${decisionNo}) and extract(year from decided_on) = ${year} limit 1`);
  return rowsOf(result).length > 0;
}

/** The programme item a case carries out: its programme's unit, and whether a case already carries it out. */
export async function programmeItem(db: Db, itemId: string) {
  const result = await db.execute(sql`select p.org_unit_id, p.year,
      exists (select 1 from inspection_cases c where c.programme_item_id = i.id) as taken
    from inspection_programme_items i join inspection_programmes p on p.id = i.programme_id where i.id = ${itemId}`);
  return rowsOf<{ org_unit_id: string; year: number; taken: boolean }>(result)[0];
}

export interface CaseListRow {
  id: string;
  org_unit_id: string;
  org_unit_name: string;
  body: string;
  kind: string;
  title: string;
  decision_no: string;
  decided_on: string;
  due_on: string | null;
  state: string;
  step_due_on: string | null;
  total: number;
}

const sorts: Record<string, SQL> = {
  decidedOn: sql`c.decided_on asc, c.created_at asc`,
  "-decidedOn": sql`c.decided_on desc, c.created_at desc`,
  stepDueOn: sql`c.step_due_on asc nulls last, c.decided_on desc`,
  title: sql`vi_sort_key(c.title) collate "C" asc, c.decided_on desc`,
};

/** One page of cases matching `where`, with the total, and the inspecting unit's current name. */
export async function listCases(db: Db, where: SQL, sort: string, page: number, pageSize: number) {
  const result =
    await db.execute(sql`select c.id, c.org_unit_id, ${lastUnitNameSql(sql`c.org_unit_id`)} as org_unit_name,
      c.body, c.kind, c.title, c.decision_no, c.decided_on::text, c.due_on::text, c.state, c.step_due_on::text,
      count(*) over ()::int as total
    from inspection_cases c where ${where} order by ${sorts[sort] ?? sorts["-decidedOn"]} limit ${pageSize} offset ${(page - 1) * pageSize}`);
  return rowsOf<CaseListRow>(result);
}

/** The condition of a list's filters, in SQL over `inspection_cases c`: the reader's confidential scope first. */
export function caseFilterSql(actor: Actor, query: Omit<CaseListQuery, "page" | "pageSize">, today: string): SQL {
  const where: SQL[] = [confidentialScope(actor, sql`c.org_unit_id`, sql`c.shared_with_roles`)];
  if (query.orgUnitId) where.push(sql`c.org_unit_id in (${subtreeUnitIds(query.orgUnitId)})`);
  if (query.year)
    where.push(sql`c.decided_on between ${`${query.year}-01-01`}::date and ${`${query.year}-12-31`}::date`);
  if (query.kind) where.push(sql`c.kind = ${query.kind}`);
  if (query.state) where.push(sql`c.state = ${query.state}`);
  if (query.overdue) {
    const late = sql`(c.state <> 'closed' and (c.step_due_on < ${today}::date
      or (c.due_on < ${today}::date and c.state <> 'notified')))`;
    where.push(query.overdue === "true" ? late : sql`not ${late}`);
  }
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(sql`(c.title ilike ${like} or c.decision_no ilike ${like} or exists (
      select 1 from inspection_case_subjects s left join ${memberSummariesSql()} m on m.id = s.member_id
      where s.case_id = c.id and (m.full_name ilike ${like}
        or (s.member_id is null and ${lastUnitNameSql(sql`s.org_unit_id`)} ilike ${like}))))`);
  }
  return sql.join(where, sql` and `);
}
