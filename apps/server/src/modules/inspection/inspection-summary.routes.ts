import { InspectionSummary, InspectionSummaryQuery } from "@dangvu/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireCan } from "../../access/require";
import type { Ctx } from "../../context";
import { BadRequest } from "../../errors";
import { unitNames } from "../org";
import { inspectionIndicators } from "./inspection.indicators";

/**
 * The counts of inspection, supervision, letters and discipline of a unit's subtree in a period, for those who may
 * read its reports but not the inspection committee's records (base committee staff, cell secretaries): the report
 * figures themselves, through the registry (one home for each), and never a name, a title or an id of a record.
 */
export async function inspectionSummary(ctx: Ctx, query: InspectionSummaryQuery): Promise<InspectionSummary> {
  await requireCan(ctx, "report.read", query.orgUnitId);
  if (query.from > query.to) throw new BadRequest("inspection.summaryPeriod", {}, { from: "inspection.summaryPeriod" });
  const figures = [];
  for (const { id } of inspectionIndicators) {
    const indicator = ctx.registry.indicators.get(id);
    if (!indicator) continue;
    const value = await indicator.compute(ctx.db, query);
    figures.push({ indicator: id, label: indicator.label[ctx.lang], value });
  }
  const names = await unitNames(ctx.db, [query.orgUnitId]);
  return { ...query, orgUnitName: names.get(query.orgUnitId) ?? "", figures };
}

/** GET /api/inspection/summary: counts only. */
export async function summaryRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/inspection/summary",
    {
      config: { access: { permission: "report.read", list: true, within: "orgUnitId" } },
      schema: { tags: ["inspection"], querystring: InspectionSummaryQuery, response: { 200: InspectionSummary } },
    },
    (req) => inspectionSummary(req.ctx, req.query),
  );
}
