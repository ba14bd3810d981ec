import type { FastifyInstance } from "fastify";

/** The awards module's endpoints under /api/awards. */
export async function awardsRoutes(_app: FastifyInstance): Promise<void> {}
