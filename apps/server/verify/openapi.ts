import type { App } from "../src/app";

/** A JSON schema as the OpenAPI document holds it (OpenAPI 3.0 flavour). */
export interface JsonSchema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  nullable?: boolean;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
}

/** The access a route declares (`x-access`), as the verify suite understands it. */
export type Access =
  | { public: true }
  | { permission: string; target: string; of?: "parent" }
  | { permission: string; list: true; within?: string }
  | { permission: string; anywhere: true }
  | { self: true; target?: string }
  | { signedIn: true };

export interface Endpoint {
  /** `METHOD /path/:param`, as the samples name it. */
  key: string;
  method: string;
  path: string;
  params: string[];
  access?: Access;
  /** Why the access metadata could not be read, when it could not. */
  accessProblem?: string;
  query?: JsonSchema;
  body?: JsonSchema;
  upload?: { field: string };
  /** The success answer is a file (its content type is not JSON). */
  download: boolean;
}

interface Operation {
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, unknown> }>;
  "x-access"?: unknown;
  "x-upload"?: { field: string };
}

/** Every endpoint the running app documents at /api/openapi.json, with its access metadata. */
export async function readEndpoints(app: App): Promise<Endpoint[]> {
  const res = await app.inject({ method: "GET", url: "/api/openapi.json" });
  if (res.statusCode !== 200) throw new Error(`/api/openapi.json answered ${res.statusCode}`);
  const doc = res.json() as { paths: Record<string, Record<string, Operation>> };
  const endpoints: Endpoint[] = [];
  for (const [openapiPath, operations] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      endpoints.push(toEndpoint(method.toUpperCase(), openapiPath.replace(/\{(\w+)\}/g, ":$1"), operation));
    }
  }
  return endpoints;
}

function toEndpoint(method: string, path: string, operation: Operation): Endpoint {
  const parameters = operation.parameters ?? [];
  const queryParams = parameters.filter((p) => p.in === "query");
  const success = Object.entries(operation.responses ?? {}).find(([status]) => status.startsWith("2"))?.[1];
  const types = Object.keys(success?.content ?? {});
  const { access, problem } = parseAccess(operation["x-access"]);
  return {
    key: `${method} ${path}`,
    method,
    path,
    params: parameters.filter((p) => p.in === "path").map((p) => p.name),
    access,
    accessProblem: problem,
    query: queryParams.length
      ? {
          type: "object",
          properties: Object.fromEntries(queryParams.map((p) => [p.name, p.schema])),
          required: queryParams.filter((p) => p.required).map((p) => p.name),
        }
      : undefined,
    body: operation.requestBody?.content?.["application/json"]?.schema,
    upload: operation["x-upload"],
    download: types.length > 0 && !types.includes("application/json"),
  };
}

function parseAccess(raw: unknown): { access?: Access; problem?: string } {
  if (raw === undefined) return { problem: "no x-access metadata" };
  if (typeof raw !== "object" || raw === null) return { problem: `x-access is not an object: ${JSON.stringify(raw)}` };
  const a = raw as Record<string, unknown>;
  const permission = typeof a.permission === "string" ? a.permission : undefined;
  if (a.public === true) return { access: { public: true } };
  if (a.signedIn === true) return { access: { signedIn: true } };
  if (a.self === true) return { access: { self: true, target: a.target as string | undefined } };
  if (permission && typeof a.target === "string")
    return { access: { permission, target: a.target, of: a.of === "parent" ? "parent" : undefined } };
  if (permission && a.list === true)
    return { access: { permission, list: true, within: a.within as string | undefined } };
  if (permission && a.anywhere === true) return { access: { permission, anywhere: true } };
  return { problem: `x-access not understood: ${JSON.stringify(raw)}` };
}

/** Writes change state; everything else only reads. */
export function isWrite(endpoint: Endpoint): boolean {
  return endpoint.method !== "GET" && endpoint.method !== "HEAD";
}
