import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Actor } from "../access/actor";
import type { Ctx } from "../context";
import { vietnamDate } from "../context";
import type { Db } from "../db/database";
import { Forbidden, Unauthorized } from "../errors";
import { languageOf } from "../i18n";
import { loadActor, sessionCookie, sessionIdOf } from "../modules/users";
import type { Registry } from "../platform/module";

declare module "fastify" {
  interface FastifyRequest {
    ctx: Ctx;
  }
  interface FastifyContextConfig {
    public?: boolean;
  }
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Builds `request.ctx` for every API request: the signed-in actor from the session cookie, the clock and the
 * language. Routes not marked `config.public` need a session (401); writes need the session's CSRF token (403).
 */
export function registerAuthHook(app: FastifyInstance, db: Db, clock: () => Date, registry: Registry) {
  app.decorateRequest("ctx", null as unknown as Ctx);
  app.addHook("onRequest", async (request) => {
    if (!request.url.startsWith("/api/")) return;
    const now = clock();
    const actor = await actorOf(request, db, now);
    request.ctx = {
      db,
      actor: actor as Actor,
      now,
      today: vietnamDate(now),
      lang: languageOf(request.headers["accept-language"]),
      registry,
      transaction: (fn) => db.transaction(fn),
    };
    // Public routes, the API docs, and unknown routes (answered 404 by the not-found handler) need no session.
    if (request.routeOptions.config?.public || !request.routeOptions.url || request.url.startsWith("/api/docs")) return;
    if (!actor) throw new Unauthorized();
    if (!safeMethods.has(request.method) && request.headers["x-csrf-token"] !== actor.csrfToken) {
      throw new Forbidden("auth.csrf");
    }
  });
}

async function actorOf(request: FastifyRequest, db: Db, now: Date): Promise<Actor | null> {
  const token = request.cookies[sessionCookie];
  if (!token) return null;
  return loadActor(db, sessionIdOf(token), now);
}
