import type { Figure, FigureQuery, IndicatorInfo } from "@dangvu/contract";
import { requireCan } from "../../access/require";
import type { Ctx } from "../../context";
import { RuleViolation } from "../../errors";

/** The indicators the modules provide, in the order the modules list them, labelled in the request's language. */
export function listIndicators(ctx: Ctx): IndicatorInfo[] {
  return [...ctx.registry.indicators.values()].map((i) => ({
    id: i.id,
    group: i.group,
    label: i.label[ctx.lang],
    unit: i.unit,
  }));
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
