import { Dashboard, DashboardQuery } from "@dangvu/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { getDashboard } from "./reports-dashboard.service";

const tags = ["reports"];

/** The reports dashboard of a unit's subtree for a period. */
export async function reportDashboardRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/reports/dashboard",
    {
      config: { access: { permission: "report.read", target: "orgUnit" } },
      schema: { tags, querystring: DashboardQuery, response: { 200: Dashboard } },
    },
    (req) => getDashboard(req.ctx, req.query),
  );
}
