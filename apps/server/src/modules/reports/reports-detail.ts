import type { ReportDetail, ReportValue } from "@dangvu/contract";
import type { Ctx } from "../../context";
import { enteredById, isEntered } from "./reports.entered";
import { dueOn } from "./reports.periods";
import * as repo from "./reports.repo";
import { nextStatus, tableIndicators } from "./reports.rules";
import { type ReportContext, sourceOf } from "./reports-context";
import { breakdownFigures, childrenFigures, computeFigures, dayOf, enteredTotal } from "./reports-figures";

/**
 * The figures a report states now: frozen once submitted; in a draft, the last computed ones (taken from the records
 * afresh when `fresh`, and always before the first save) and the live children's part.
 */
export async function figuresOf(
  ctx: Ctx,
  report: ReportContext,
  fresh = false,
): Promise<Map<string, repo.StoredValue>> {
  const stored = report.row ? await repo.valuesOf(ctx.db, report.row.id) : new Map<string, repo.StoredValue>();
  if (report.row && (report.status === "submitted" || report.status === "approved")) return stored;
  const source = sourceOf(ctx, report);
  const computed = report.row?.computedAt && !fresh ? undefined : await computeFigures(source);
  const children = await childrenFigures(source);
  const values = new Map<string, repo.StoredValue>();
  for (const id of tableIndicators(report.sections)) {
    if (isEntered(id)) {
      const own = stored.get(id)?.own ?? null;
      values.set(id, { own, total: enteredTotal(own, children.get(id)) });
    } else
      values.set(id, { own: null, total: computed ? (computed.get(id) ?? null) : (stored.get(id)?.total ?? null) });
  }
  return values;
}

function reportValue(ctx: Ctx, id: string, stored: repo.StoredValue | undefined): ReportValue {
  const entered = enteredById.get(id);
  const indicator = ctx.registry.indicators.get(id);
  const total = stored?.total ?? null;
  const own = stored?.own ?? null;
  return {
    indicator: id,
    label: (entered ?? indicator)?.label[ctx.lang] ?? id,
    kind: entered ? "entered" : "computed",
    unit: indicator?.unit ?? "count",
    value: total,
    own: entered ? own : null,
    children: entered ? (total === null ? null : total - (own ?? 0)) : null,
  };
}

/** The report as the screens and documents show it, with what the actor may do to it. */
export async function toDetail(ctx: Ctx, report: ReportContext): Promise<ReportDetail> {
  const [figures, breakdowns, actions, childUnits] = await Promise.all([
    figuresOf(ctx, report),
    breakdownFigures(sourceOf(ctx, report)),
    report.row ? repo.actionsOf(ctx.db, report.row.id) : Promise.resolve([]),
    repo.childCount(ctx.db, report.unit.id, dayOf(sourceOf(ctx, report))),
  ]);
  const editor = report.held.has("report.write");
  const approver = Boolean(report.approverHeld?.has("report.approve"));
  const allowed = (step: Parameters<typeof nextStatus>[1], who: boolean) =>
    who && Boolean(nextStatus(report.status, step));
  const row = report.row;
  return {
    id: row?.id ?? null,
    templateId: report.templateId,
    templateVersionId: report.version.id,
    templateName: report.version.name,
    orgUnitId: report.unit.id,
    orgUnitName: report.unit.name,
    parentUnitId: report.unit.parentId,
    parentUnitName: report.unit.parentName,
    childUnits,
    period: report.period.key,
    periodLabel: report.period.label,
    from: report.period.from,
    to: report.period.to,
    dueOn: row?.dueOn ?? dueOf(report),
    status: report.status,
    version: row?.version ?? 0,
    computedAt: (row?.computedAt ?? (row ? null : ctx.now))?.toISOString() ?? null,
    submittedAt: row?.submittedAt?.toISOString() ?? null,
    approvedAt: row?.approvedAt?.toISOString() ?? null,
    documentNumber: row?.documentNumber ?? null,
    sections: report.sections,
    rules: report.rules,
    values: tableIndicators(report.sections).map((id) => reportValue(ctx, id, figures.get(id))),
    breakdowns,
    narrative: row?.narrative ?? {},
    history: actions.map((a) => ({
      action: a.action as ReportDetail["history"][number]["action"],
      comment: a.comment,
      at: a.at.toISOString(),
      byName: a.byName,
    })),
    can: {
      edit: allowed("edit", editor),
      submit: allowed("submit", editor),
      approve: allowed("approve", approver),
      return: allowed("return", approver),
      reopen: allowed("reopen", approver),
    },
  };
}

/** The report's due date from its template version. */
export function dueOf(report: ReportContext): string {
  return dueOn(report.period, report.version.dueOffsetDays);
}
