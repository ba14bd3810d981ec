import type { FastifyInstance } from "fastify";

/** The ratings module's endpoints under /api/ratings and the member's own under /api/me/ratings. */
export async function ratingsRoutes(_app: FastifyInstance): Promise<void> {}
