import type { FastifyInstance } from "fastify";
import { caseRoutes } from "./inspection-cases.routes";
import { disciplineRoutes } from "./inspection-discipline.routes";
import { letterRoutes } from "./inspection-letters.routes";
import { programmeRoutes } from "./inspection-programmes.routes";
import { summaryRoutes } from "./inspection-summary.routes";

/** The inspection module's endpoints under /api/inspection. */
export async function inspectionRoutes(app: FastifyInstance): Promise<void> {
  await programmeRoutes(app);
  await caseRoutes(app);
  await letterRoutes(app);
  await disciplineRoutes(app);
  await summaryRoutes(app);
}
