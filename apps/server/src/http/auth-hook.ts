import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Actor } from "../access/actor";
import type { Caches } from "../access/caches";
import type { Permission } from "../access/roles";
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
    /** Answers without a session; set on the route itself, or by `registerPublic` for a whole plugin. */
    public?: boolean;
    /** May be cached (web app files, API docs); every other answer is `Cache-Control: no-store`. */
    cacheable?: boolean;
    /** Who may call the route; published in the OpenAPI as `x-access`, where `npm run verify` reads it. */
    access?: RouteAccess;
    /** The route takes a multipart upload with a file in this field (published as `x-upload`). */
    upload?: { field: string };
  }
}

/** The kinds of object a route acts on; the verify suite keeps one of each in every unit it checks. */
export type AccessTarget =
  | "orgUnit"
  | "position"
  | "user"
  | "grant"
  | "member"
  | "meeting"
  | "meetingDocument"
  | "meetingTask"
  | "notice"
  | "residenceRegistration"
  | "commentRequest"
  | "ratingCycle"
  | "ratingAssessment"
  | "commendation"
  | "awardCampaign"
  | "emulationModel"
  | "report"
  | "inspectionProgramme"
  | "inspectionProgrammeItem"
  | "inspectionCase"
  | "inspectionCaseDocument"
  | "inspectionLetter"
  | "discipline";

/**
 * The access a route needs, declared at the route (`config: { access }`) so that a new endpoint carries it:
 * - `{ permission, target }`: the permission at the unit of one object of that kind, named by the path's `:id`
 *   (or, for a create, by the body: the unit `orgUnitId`/`parentId`, the member `memberId`); outside every grant
 *   404, inside without the permission 403. `of: "parent"`: needed at the parent of the object's unit.
 * - `{ permission, list: true, within? }`: rows filtered in SQL to the units where the actor holds the permission;
 *   `within` names the query field that narrows the list to one unit's subtree (404 outside, 403 without it).
 * - `{ permission, anywhere: true }`: held through any grant (shared rules; imports, whose rows are checked one by one).
 * - `{ self: true }`: the signed-in user's own things (/api/me…); with `target`, their own part in that object
 *   (checking in to a meeting of their cell), 404 for any other.
 * - `{ signedIn: true }`: a catalogue any signed-in user reads, holding nothing of any unit.
 * Public routes say `public: true` instead.
 */
export type RouteAccess =
  | { permission: Permission; target: AccessTarget; of?: "parent" }
  | { permission: Permission; list: true; within?: string }
  | { permission: Permission; anywhere: true }
  | { self: true; target?: AccessTarget }
  | { signedIn: true };

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Builds `request.ctx` for every routed request: the signed-in actor from the session cookie, the clock and the
 * language. The decision goes by the route the request was matched to, never by its raw URL (`/%61pi/members` is
 * routed to `/api/members`): a route needs a session (401) unless it is marked `config.public`, and writes need the
 * session's CSRF token (403). The one request without a route is the not-found handler's: it reads nothing and
 * answers a fixed 404 or the web app's page, so it needs no session and gets no ctx.
 * Every answer is also marked `Cache-Control: no-store` (personal data must not stay in a browser's or a proxy's
 * cache), except the routes registered with `registerPublic` (web app files, API docs), which set their own.
 */
export function registerAuthHook(app: FastifyInstance, db: Db, clock: () => Date, registry: Registry, caches: Caches) {
  app.decorateRequest("ctx", null as unknown as Ctx);
  app.addHook("onRequest", async (request, reply) => {
    if (!request.routeOptions.config?.cacheable) reply.header("cache-control", "no-store");
    if (!request.routeOptions.url) return;
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
    if (request.routeOptions.config?.public) return;
    if (!actor) throw new Unauthorized();
    if (!safeMethods.has(request.method) && request.headers["x-csrf-token"] !== actor.csrfToken) {
      throw new Forbidden("auth.csrf");
    }
  });
  // A write's answer waits until its changes have reached this server's caches (a revoked grant or a sign-out holds
  // for the very next request; on PGlite they already have, on PostgreSQL one round trip on the listening connection).
  app.addHook("onSend", async (request) => {
    if (!safeMethods.has(request.method)) await caches.sync();
  });
}

/**
 * Registers plugins all of whose routes are public and may be cached (the API docs, the web app's files): each is
 * marked `config.public` where it is added, so the sign-in check needs no list of paths.
 */
export async function registerPublic(app: FastifyInstance, register: (scope: FastifyInstance) => PromiseLike<unknown>) {
  await app.register(async (scope) => {
    scope.addHook("onRoute", (route) => {
      route.config = { ...route.config, public: true, cacheable: true };
    });
    await register(scope);
  });
}

async function actorOf(request: FastifyRequest, db: Db, now: Date): Promise<Actor | null> {
  const token = request.cookies[sessionCookie];
  if (!token) return null;
  return loadActor(db, sessionIdOf(token), now);
}
