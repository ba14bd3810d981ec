import type { FastifyInstance } from "fastify";
import { badgeRoutes } from "./awards-badges.routes";
import { commendationRoutes } from "./awards-commendations.routes";

/** The awards module's endpoints under /api/awards. */
export async function awardsRoutes(app: FastifyInstance): Promise<void> {
  await badgeRoutes(app);
  await commendationRoutes(app);
}
