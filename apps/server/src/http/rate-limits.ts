import type { FastifyRequest } from "fastify";

/**
 * Searches are limited per session, not per address: a signed-in user behind the office's one address must not
 * slow the others, and a script that guesses values through the search box is stopped whatever address it uses.
 * A person paging and typing stays far below it. Kept in memory: each app server counts its own.
 */
export const searchRateLimit = {
  max: 300,
  timeWindow: "1 minute",
  keyGenerator: (request: FastifyRequest) => `session:${request.ctx?.actor?.sessionId ?? request.ip}`,
};
