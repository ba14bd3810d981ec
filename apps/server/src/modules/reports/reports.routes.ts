import { Figure, FigureQuery, IndicatorInfo } from "@dangvu/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import * as reports from "./reports.service";
import { reportDashboardRoutes } from "./reports-dashboard.routes";
import { reportFileRoutes } from "./reports-files.routes";
import { reportTemplateRoutes } from "./reports-templates.routes";
import { reportWorkflowRoutes } from "./reports-workflow.routes";

const tags = ["reports"];

export async function reportRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/reports/indicators",
    { config: { access: { signedIn: true } }, schema: { tags, response: { 200: z.array(IndicatorInfo) } } },
    async (req) => reports.listIndicators(req.ctx),
  );
  app.get(
    "/api/reports/figures",
    {
      config: { access: { permission: "report.read", target: "orgUnit" } },
      schema: { tags, querystring: FigureQuery, response: { 200: Figure } },
    },
    (req) => reports.computeFigure(req.ctx, req.query),
  );
  await reportDashboardRoutes(root);
  await reportTemplateRoutes(root);
  await reportWorkflowRoutes(root);
  await reportFileRoutes(root);
}
