import type { CaseKind, CaseListItem, CaseListQuery, CasePage, CaseState, InspectingBody } from "@dangvu/contract";
import { type SQL, sql } from "drizzle-orm";
import { subtreeUnitIds } from "../../access/scope";
import type { Ctx } from "../../context";
import { memberSummariesSql } from "../members";
import { lastUnitNameSql } from "../org";
import { confidentialScope, requireListWithin } from "./inspection.access";
import { isOverdue } from "./inspection.rules";
import * as repo from "./inspection-cases.repo";
import { subjectNames, subjectViews } from "./inspection-subjects";

export type CaseFilter = Omit<CaseListQuery, "page" | "pageSize">;

/**
 * The cases the actor may read (their inspection committee's, and those shared with their role), narrowed to a
 * unit's subtree, a year, a kind, a state, the late ones, or a word of the title, decision number or subject.
 */
export async function listCases(ctx: Ctx, query: CaseListQuery): Promise<CasePage> {
  const rows = await repo.listCases(ctx.db, await caseFilter(ctx, query), query.sort, query.page, query.pageSize);
  return { items: await listItems(ctx, rows), total: rows[0]?.total ?? 0 };
}

/** The condition of a list's filters, in SQL over `inspection_cases c`. */
export async function caseFilter(ctx: Ctx, query: CaseFilter): Promise<SQL> {
  await requireListWithin(ctx, query.orgUnitId);
  const where: SQL[] = [confidentialScope(ctx.actor, sql`c.org_unit_id`, sql`c.shared_with_roles`)];
  if (query.orgUnitId) where.push(sql`c.org_unit_id in (${subtreeUnitIds(query.orgUnitId)})`);
  if (query.year)
    where.push(sql`c.decided_on between ${`${query.year}-01-01`}::date and ${`${query.year}-12-31`}::date`);
  if (query.kind) where.push(sql`c.kind = ${query.kind}`);
  if (query.state) where.push(sql`c.state = ${query.state}`);
  if (query.overdue) {
    const late = sql`(c.state <> 'closed' and (c.step_due_on < ${ctx.today}::date
      or (c.due_on < ${ctx.today}::date and c.state <> 'notified')))`;
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

/** List rows with their subjects' names and whether they are late. */
export async function listItems(ctx: Ctx, rows: repo.CaseListRow[]): Promise<CaseListItem[]> {
  const stored = await repo.subjectsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const all = rows.flatMap((r) => (stored.get(r.id) ?? []).map((s) => ({ caseId: r.id, s })));
  const views = await subjectViews(
    ctx.db,
    all.map((a) => a.s),
  );
  const items: CaseListItem[] = [];
  for (const r of rows) {
    const mine = views.filter((_, i) => all[i]?.caseId === r.id);
    const state = r.state as CaseState;
    items.push({
      id: r.id,
      orgUnitId: r.org_unit_id,
      orgUnitName: r.org_unit_name,
      body: r.body as InspectingBody,
      kind: r.kind as CaseKind,
      title: r.title,
      decisionNo: r.decision_no,
      decidedOn: r.decided_on,
      dueOn: r.due_on,
      state,
      stepDueOn: r.step_due_on,
      overdue: isOverdue({ state, stepDueOn: r.step_due_on, dueOn: r.due_on }, ctx.today),
      subjectNames: subjectNames(mine),
    });
  }
  return items;
}
