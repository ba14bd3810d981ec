import type { Figure, FigureQuery, IndicatorInfo } from "@dangvu/contract";
import { requireCan } from "../../access/require";
import type { Ctx } from "../../context";
import { RuleViolation } from "../../errors";
import { enteredIndicators } from "./reports.entered";

/**
 * The indicators the modules provide, in the order the modules list them, then the entered ones (reports.entered.ts),
 * labelled in the request's language.
 */
export function listIndicators(ctx: Ctx): IndicatorInfo[] {
  const computed = [...ctx.registry.indicators.values()].map((i) => ({
    id: i.id,
    group: i.group,
    label: i.label[ctx.lang],
    unit: i.unit,
    kind: "computed" as const,
  }));
  const entered = enteredIndicators.map((e) => ({
    id: e.id,
    group: e.group,
    label: e.label[ctx.lang],
    unit: "count" as const,
    kind: "entered" as const,
  }));
  return [...computed, ...entered];
}

/** The value of one indicator for a unit's subtree over a period, computed from the records. */
export async function computeFigure(ctx: Ctx, query: FigureQuery): Promise<Figure> {
  await requireCan(ctx, "report.read", query.orgUnitId, query.to < ctx.today ? query.to : undefined);
  const indicator = ctx.registry.indicators.get(query.indicator);
  if (!indicator)
    throw new RuleViolation(
      "report.unknownIndicator",
      { id: query.indicator },
      { indicator: "report.unknownIndicator" },
    );
  const value = await indicator.compute(ctx.db, { orgUnitId: query.orgUnitId, from: query.from, to: query.to });
  return { ...query, value };
}
