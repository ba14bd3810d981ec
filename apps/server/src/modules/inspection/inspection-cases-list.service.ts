import type { CaseKind, CaseListItem, CaseListQuery, CasePage, CaseState, InspectingBody } from "@dangvu/contract";
import type { Ctx } from "../../context";
import { requireListWithin } from "./inspection.access";
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

/** The condition of a list's filters over `inspection_cases c`, once the actor may list within the unit asked. */
export async function caseFilter(ctx: Ctx, query: CaseFilter) {
  await requireListWithin(ctx, query.orgUnitId);
  return repo.caseFilterSql(ctx.actor, query, ctx.today);
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
