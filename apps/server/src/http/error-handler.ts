import type { ErrorBody } from "@dangvu/contract";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { DomainError } from "../errors";
import { fieldLabel, type Lang, languageOf, translate } from "../i18n";

interface Issue {
  instancePath: string;
  keyword: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** The one place where errors become HTTP responses `{ code, message, fields }`. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const lang = languageOf(request.headers["accept-language"]);
    if (error instanceof DomainError) return sendDomainError(reply, lang, error);
    if (hasZodFastifySchemaValidationErrors(error))
      return sendValidation(reply, lang, error.validation, error.validationContext);
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE")
      return send(reply, 413, "request.tooLarge", translate(lang, "request.tooLarge"));
    if (
      error.code === "FST_ERR_CTP_INVALID_JSON_BODY" ||
      error.code === "FST_ERR_CTP_EMPTY_JSON_BODY" ||
      error.statusCode === 400
    ) {
      return send(reply, 400, "request.malformed", translate(lang, "request.malformed"));
    }
    if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE")
      return send(reply, 415, "request.malformed", translate(lang, "request.malformed"));
    if (error.statusCode === 429)
      return send(reply, 429, "auth.tooManyRequests", translate(lang, "auth.tooManyRequests"));
    if (error.statusCode === 413) return send(reply, 413, "request.tooLarge", translate(lang, "request.tooLarge"));
    // Any other refusal a plugin raises about the request itself (a bad content type, a limit), with its status.
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
      return send(reply, error.statusCode, "request.invalid", translate(lang, "request.invalid"));
    logServerError(request, error);
    return send(reply, 500, "server.error", translate(lang, "server.error", { requestId: request.id }));
  });
}

/**
 * Logs an unexpected error with the request id and the route pattern (`/api/members/:id`), never the URL with its
 * query string, the body, or the values a database message quotes: logs must not become a copy of personal data.
 */
export function logServerError(request: FastifyRequest, error: Error) {
  request.log.error(
    { method: request.method, route: request.routeOptions.url ?? "(no route)", error: describeError(error) },
    "server error",
  );
}

const databaseFields = ["code", "constraint", "table", "column", "routine", "schema"] as const;

function describeError(error: Error): Record<string, unknown> {
  const message = redactQuoted(error.message ?? "");
  const frames = (error.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  const described: Record<string, unknown> = {
    type: error.constructor?.name ?? error.name,
    message,
    stack: [`${error.name}: ${message}`, ...frames].join("\n"),
  };
  for (const field of databaseFields) {
    const value = (error as unknown as Record<string, unknown>)[field];
    if (typeof value === "string" || typeof value === "number") described[field] = value;
  }
  if (error.cause instanceof Error) described.cause = describeError(error.cause);
  return described;
}

/** PostgreSQL quotes the offending value in its messages (`invalid input syntax for type uuid: "…"`). */
function redactQuoted(text: string): string {
  return text.replace(/"[^"]*"/g, '"…"').replace(/'[^']*'/g, "'…'");
}

/**
 * Logger options: server errors are always logged (level "error"); with `requests`, every request too. Requests are
 * logged by method and route pattern, never by their URL, which may hold names and ID numbers in its query string
 * or a public link's token in its path.
 */
export function loggerOptions(requests: boolean, stream?: { write(line: string): void }) {
  return {
    level: requests ? "info" : "error",
    ...(stream ? { stream } : {}),
    serializers: {
      req: (request: FastifyRequest) => ({ method: request.method, route: request.routeOptions?.url ?? "(no route)" }),
    },
  };
}

export function sendDomainError(reply: FastifyReply, lang: Lang, error: DomainError) {
  const fields: Record<string, string> = {};
  for (const [name, code] of Object.entries(error.fields)) fields[name] = translate(lang, code, error.params);
  const message = translate(lang, error.code, error.params);
  return reply.status(error.status).send({ ...error.extra, code: error.code, message, fields } satisfies ErrorBody);
}

function sendValidation(reply: FastifyReply, lang: Lang, issues: Issue[], context: string | undefined) {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.instancePath.replace(/^\//, "").replaceAll("/", ".") || (context ?? "body");
    fields[path] ??= `${fieldLabel(lang, path)} ${issueMessage(lang, issue)}`;
  }
  const details = Object.values(fields).join("; ");
  return reply
    .status(400)
    .send({ code: "validation.failed", message: translate(lang, "validation.failed", { details }), fields });
}

function issueMessage(lang: Lang, issue: Issue): string {
  if (issue.message && translate(lang, issue.message) !== issue.message) return translate(lang, issue.message);
  if (issue.keyword === "invalid_type" && issue.message?.includes("undefined"))
    return translate(lang, "field.required");
  const byKeyword: Record<string, string> = {
    invalid_type: "field.invalidType",
    invalid_value: "field.invalidValue",
    invalid_union: "field.invalidValue",
    invalid_format: "field.invalidValue",
    too_small: "field.tooSmall",
    too_big: "field.tooBig",
    unrecognized_keys: "field.unknown",
  };
  return translate(lang, byKeyword[issue.keyword] ?? "field.invalidValue");
}

function send(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.status(status).send({ code, message, fields: {} } satisfies ErrorBody);
}

/** 404 for unknown API routes, the web app for everything else. */
export function notFoundHandler(hasWeb: boolean) {
  return (request: FastifyRequest, reply: FastifyReply) => {
    const lang = languageOf(request.headers["accept-language"]);
    if (request.url.startsWith("/api/") || request.url.startsWith("/assets/") || !hasWeb || request.method !== "GET") {
      return send(reply, 404, "route.notFound", translate(lang, "route.notFound"));
    }
    // The member's handbook is its own small page; everything else is the desk app.
    const page =
      request.url === "/m" || request.url.startsWith("/m/") || request.url.startsWith("/m?") ? "m.html" : "index.html";
    return reply.type("text/html").sendFile(page);
  };
}
