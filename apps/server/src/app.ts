import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { Health } from "@dangvu/contract";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { type Caches, openCaches } from "./access/caches";
import { loadCurrentTree } from "./access/scope";
import type { TrustProxy } from "./config";
import type { Db } from "./db/database";
import { registerAuthHook, registerPublic } from "./http/auth-hook";
import { registerCompression } from "./http/compression";
import { loggerOptions, notFoundHandler, registerErrorHandler } from "./http/error-handler";
import { rateLimitSettings } from "./http/rate-limits";
import { webFileOptions } from "./http/web-files";
import { buildRegistry, type Registry } from "./platform/module";
import { serverModules } from "./server-modules";

export { serverModules } from "./server-modules";

export interface AppOptions {
  db: Db;
  clock?: () => Date;
  webDist?: string;
  secureCookies?: boolean;
  /** Log every request (true), only server errors (absent: the default), or nothing (false, for tests). */
  logger?: boolean;
  /** Where log lines go instead of stdout (tests read them). */
  logStream?: { write(line: string): void };
  loginRateLimit?: number;
  /** Proxies trusted to tell the client's address (X-Forwarded-For); none by default. */
  trustProxy?: TrustProxy;
  /** Check every response against its zod schema (tests and development); production just serialises. */
  checkResponses?: boolean;
}

export type App = FastifyInstance;

declare module "fastify" {
  interface FastifyInstance {
    registry: Registry;
    caches: Caches;
  }
}

/** Builds the whole application from its modules; used by the server and by the tests. */
export async function buildApp(options: AppOptions): Promise<App> {
  const clock = options.clock ?? (() => new Date());
  const app = Fastify({
    logger: options.logger === false ? false : loggerOptions(options.logger === true, options.logStream),
    // Request ids that stay unique across restarts and app servers, to find a 500 in the logs.
    genReqId: () => randomBytes(6).toString("hex"),
    bodyLimit: 256 * 1024,
    trustProxy: options.trustProxy ?? false,
    // Every schema is zod, compiled by the compilers set below; naming them here keeps Fastify from loading its
    // JSON-schema compilers (ajv, fast-json-stringify) at each start only to have them replaced. (The factories'
    // declared types are ajv's.)
    schemaController: {
      compilersFactory: { buildValidator: () => validatorCompiler, buildSerializer: () => serializerCompiler },
    } as unknown as FastifyServerOptions["schemaController"],
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(
    options.checkResponses === false ? () => (data) => JSON.stringify(data) : serializerCompiler,
  );
  registerErrorHandler(app);
  registerCompression(app);
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", "data:"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(rateLimit, rateLimitSettings(options.db));
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1, fields: 5 } });
  await app.register(swagger, {
    openapi: { info: { title: "Đảng Vụ API", version: "0.1.0", description: "REST API của Đảng Vụ" } },
    // Each route's access metadata goes into the OpenAPI as `x-access` (and an upload field as `x-upload`), where
    // `npm run verify` reads it; a route without it stays unclassified there, and the suite fails.
    transform: (document) => {
      const result = jsonSchemaTransform(document);
      const { access, upload, public: isPublic } = document.route.config ?? {};
      if (result.schema?.hide) return result;
      const extensions = { "x-access": isPublic ? { public: true } : access, "x-upload": upload };
      return { ...result, schema: { ...result.schema, ...extensions } };
    },
  });
  // The API's description is public, as /api/openapi.json is: it holds no data.
  await registerPublic(app, (scope) =>
    scope.register(swaggerUi, { routePrefix: "/api/docs", uiConfig: { docExpansion: "list" } }),
  );
  const modules = serverModules(options);
  const registry = buildRegistry(modules);
  app.decorate("registry", registry);
  // The signed-in actors and the tree kept between requests, emptied by the database's change notices.
  const caches = await openCaches(options.db, () => loadCurrentTree(options.db));
  app.addHook("onClose", () => caches.close());
  app.decorate("caches", caches.caches);
  registerAuthHook(app, options.db, clock, registry, caches.caches);

  app.get("/api/health", { config: { public: true }, schema: { response: { 200: Health } } }, async () => ({
    status: "ok" as const,
  }));
  app.get("/api/openapi.json", { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  for (const module of modules) await module.routes(app);

  const hasWeb = Boolean(options.webDist && fs.existsSync(`${options.webDist}/index.html`));
  if (hasWeb && options.webDist) {
    // The web app's files are public (the sign-in page is one of them); `sendFile` for the not-found handler's pages.
    // Both send the files compressed at build time, with long caching for the hashed ones (http/web-files.ts).
    const files = webFileOptions(options.webDist);
    await app.register(fastifyStatic, { ...files, serve: false });
    await registerPublic(app, (scope) =>
      scope.register(fastifyStatic, { ...files, wildcard: false, decorateReply: false }),
    );
  }
  app.setNotFoundHandler(notFoundHandler(hasWeb));
  await app.ready();
  return app;
}
