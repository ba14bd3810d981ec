import { type SQL, sql } from "drizzle-orm";
import { subtreeHistory } from "../../access/scope";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";
import type { IndicatorQuery } from "../../platform/module";

/** Which subjects of cases a figure counts: of inspections or supervisions (or one kind), organisations or members. */
export interface CaseCount {
  work: "inspection" | "supervision";
  kind?: string;
  subjects: "organisations" | "members";
}

async function count(db: Db, query: IndicatorQuery, body: SQL): Promise<number> {
  const { orgUnitId, from, to } = query;
  const result = await db.execute(sql`with sub as (${subtreeHistory(orgUnitId, from, to)}) ${body}`);
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}

/** Whether the unit in `unit` stood in the report unit's subtree on `day` (`sub` is its history). */
const stoodIn = (unit: SQL, day: SQL) =>
  sql`exists (select 1 from sub s where s.id = ${unit} and s.vf <= ${day} and ${day} < s.vt)`;

/**
 * Subjects of the cases decided in a period (by the decision's date) by a body of a unit then in the subtree: one
 * per subject, a member of a committee counted as a member.
 */
export function countCaseSubjects(db: Db, query: IndicatorQuery, what: CaseCount): Promise<number> {
  const kind = what.kind ? sql`c.kind = ${what.kind}` : sql`c.kind like ${`${what.work}_%`}`;
  const type = what.subjects === "organisations" ? sql`cs.type = 'organisation'` : sql`cs.type <> 'organisation'`;
  return count(
    db,
    query,
    sql`select count(*)::int as n from inspection_cases c join inspection_case_subjects cs on cs.case_id = c.id
      where c.decided_on between ${query.from}::date and ${query.to}::date and ${kind} and ${type}
        and ${stoodIn(sql`c.org_unit_id`, sql`c.decided_on`)}`,
  );
}

/**
 * Letters received in a period by a unit then in the subtree (`received`, whatever became of them), or resolved in
 * it by that unit with a result (`resolved`, by the result's date; letters forwarded to another body are not).
 */
export function countLetters(db: Db, query: IndicatorQuery, what: "received" | "resolved"): Promise<number> {
  const day = what === "received" ? sql`l.received_on` : sql`l.result_on`;
  const filter = what === "received" ? sql`true` : sql`l.status = 'resolved'`;
  return count(
    db,
    query,
    sql`select count(*)::int as n from inspection_letters l
      where ${day} between ${query.from}::date and ${query.to}::date and ${filter}
        and ${stoodIn(sql`l.org_unit_id`, day)}`,
  );
}

/** Which discipline decisions a figure counts: on organisations or members, of one form. */
export interface DisciplineCount {
  subjectType: "organisation" | "member";
  form?: string;
}

/**
 * Discipline decided in a period (by the decision's date) on organisations or members, counted where the subject
 * (the organisation, or the member's cell) stood on that day.
 */
export function countDiscipline(db: Db, query: IndicatorQuery, what: DisciplineCount): Promise<number> {
  const form = what.form ? sql`d.form = ${what.form}` : sql`true`;
  return count(
    db,
    query,
    sql`select count(*)::int as n from discipline_actions d
      where d.status = 'decided' and d.decided_on between ${query.from}::date and ${query.to}::date
        and d.subject_type = ${what.subjectType} and ${form} and ${stoodIn(sql`d.subject_unit_id`, sql`d.decided_on`)}`,
  );
}
