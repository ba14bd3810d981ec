import type { RateLimitPluginOptions } from "@fastify/rate-limit";
import type { FastifyRequest } from "fastify";
import type { Db } from "../db/database";
import { rateLimitStoreFor } from "../db/rate-limit-store";

/**
 * The rate-limit plugin's settings: no global limit (only the routes that declare one are limited: sign-in, member
 * search, the public links), counted in the database on PostgreSQL so that several app servers enforce one limit
 * together, and in memory on the embedded database, which has one server.
 */
export function rateLimitSettings(db: Db): RateLimitPluginOptions {
  return { global: false, store: rateLimitStoreFor(db) };
}

/**
 * Searches are limited per session, not per address: a signed-in user behind the office's one address must not
 * slow the others, and a script that guesses values through the search box is stopped whatever address it uses.
 * A person paging and typing stays far below it. Counted across every app server (see `rateLimitSettings`).
 */
export const searchRateLimit = {
  max: 300,
  timeWindow: "1 minute",
  keyGenerator: (request: FastifyRequest) => `session:${request.ctx?.actor?.sessionId ?? request.ip}`,
};
