import type { FastifyInstance } from "fastify";

/** Routes under /api/inspection (filled in by issue 11's work). */
export async function programmeRoutes(_root: FastifyInstance): Promise<void> {}
