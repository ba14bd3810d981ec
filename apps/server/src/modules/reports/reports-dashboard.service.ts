import type {
  Dashboard,
  DashboardChild,
  DashboardCompleteness,
  DashboardFigure,
  DashboardQuery,
  OrgUnitType,
} from "@dangvu/contract";
import { requireCan } from "../../access/require";
import type { Ctx } from "../../context";
import { BadRequest, NotFound, RuleViolation } from "../../errors";
import { type Period, previousPeriod } from "./reports.periods";
import { completeness } from "./reports-completeness.service";
import * as repo from "./reports-dashboard.repo";
import {
  changeOf,
  childIndicators,
  countedUntil,
  dashboardIndicators,
  dashboardPeriod,
  monthsOfYear,
  readablePath,
} from "./reports-dashboard.rules";
import { listTemplates, versionInForce } from "./reports-templates.repo";

type Span = { from: string; to: string };

/**
 * The dashboard of a unit's subtree for a period (the current month by default): its key figures beside the previous
 * period's, its child units as they stood at the period's end with three figures each for the drill-down, and the
 * admissions month by month through the year, and the reporting rates of the templates of the period's type. Every
 * figure is computed from the records by the modules' indicators.
 */
export async function getDashboard(ctx: Ctx, query: DashboardQuery): Promise<Dashboard> {
  const period = dashboardPeriod(query.period, ctx.today);
  if (!period)
    throw new BadRequest(
      "report.dashboardPeriodInvalid",
      { period: query.period ?? "" },
      { period: "report.dashboardPeriod" },
    );
  const asOf = countedUntil(period, ctx.today);
  await requireCan(ctx, "report.read", query.orgUnitId, asOf === ctx.today ? undefined : asOf);
  if (period.from > ctx.today)
    throw new RuleViolation("report.dashboardFuture", { period: period.key }, { period: "report.dashboardFuture" });
  const unit = await repo.unitOn(ctx.db, query.orgUnitId, asOf);
  if (!unit) throw new NotFound();
  const previous = previousPeriod(period);
  const current = { from: period.from, to: asOf };
  return {
    unit: { id: query.orgUnitId, name: unit.name, type: unit.type as OrgUnitType },
    path: readablePath(await repo.pathOn(ctx.db, query.orgUnitId, asOf), readRoots(ctx)),
    period: describe(period),
    previous: describe(previous),
    asOf,
    figures: await keyFigures(ctx, query.orgUnitId, current, previous),
    children: await children(ctx, query.orgUnitId, current),
    admissionsByMonth: await admissionsByMonth(ctx, query.orgUnitId, period),
    completeness: await reportingRates(ctx, query.orgUnitId, period),
  };
}

const describe = (p: Period) => ({ key: p.key, type: p.type, from: p.from, to: p.to });

/** The units where the actor's grants carry report.read (the tops of what they may read). */
function readRoots(ctx: Ctx): Set<string> {
  return new Set(ctx.actor.grants.filter((g) => g.permissions.has("report.read")).map((g) => g.orgUnitId));
}

/** One indicator for a unit and span; null when the app has no module providing it. */
async function figure(ctx: Ctx, id: string, orgUnitId: string, span: Span): Promise<number | null> {
  const indicator = ctx.registry.indicators.get(id);
  return indicator ? indicator.compute(ctx.db, { orgUnitId, ...span }) : null;
}

async function keyFigures(ctx: Ctx, orgUnitId: string, current: Span, previous: Span): Promise<DashboardFigure[]> {
  const figures: DashboardFigure[] = [];
  for (const id of dashboardIndicators) {
    const indicator = ctx.registry.indicators.get(id);
    if (!indicator) continue;
    const value = await figure(ctx, id, orgUnitId, current);
    const before = await figure(ctx, id, orgUnitId, previous);
    figures.push({
      indicator: id,
      label: indicator.label[ctx.lang],
      unit: indicator.unit,
      value,
      previous: before,
      change: changeOf(value, before),
    });
  }
  return figures;
}

async function children(ctx: Ctx, orgUnitId: string, span: Span): Promise<DashboardChild[]> {
  const rows = await repo.childrenOn(ctx.db, orgUnitId, span.to);
  const result: DashboardChild[] = [];
  for (const child of rows) {
    result.push({
      orgUnitId: child.id,
      name: child.name,
      type: child.type as OrgUnitType,
      childCount: child.childCount,
      members: await figure(ctx, childIndicators.members, child.id, span),
      admitted: await figure(ctx, childIndicators.admitted, child.id, span),
      meetingsHeld: await figure(ctx, childIndicators.meetingsHeld, child.id, span),
    });
  }
  return result;
}

async function admissionsByMonth(ctx: Ctx, orgUnitId: string, period: Period): Promise<Dashboard["admissionsByMonth"]> {
  const months = monthsOfYear(period, ctx.today);
  const values: Dashboard["admissionsByMonth"] = [];
  for (const month of months)
    values.push({ month: month.key, value: await figure(ctx, childIndicators.admitted, orgUnitId, month) });
  return values;
}

/** The reporting rates of each template of the period's type on which units of the subtree report. */
async function reportingRates(ctx: Ctx, orgUnitId: string, period: Period): Promise<DashboardCompleteness[]> {
  const rates: DashboardCompleteness[] = [];
  for (const template of await listTemplates(ctx.db)) {
    if (template.periodType !== period.type) continue;
    const version = await versionInForce(ctx.db, template.id, period.to);
    if (!version) continue;
    const rate = await completeness(ctx, { templateId: template.id, period: period.key, orgUnitId });
    if (rate.expected === 0) continue;
    const { dueOn, expected, submitted, onTime, approved } = rate;
    rates.push({ templateId: template.id, templateName: version.name, dueOn, expected, submitted, onTime, approved });
  }
  return rates;
}
