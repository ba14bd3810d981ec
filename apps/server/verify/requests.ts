import { randomUUID } from "node:crypto";
import type { FixtureObject } from "./fixtures";
import type { RequestSpec } from "./http";
import type { Endpoint, JsonSchema } from "./openapi";
import { samples } from "./samples";
import type { World } from "./world";

/** What a sample may change in the request built from the schema. */
export interface SampleParts {
  query?: Record<string, string>;
  body?: Record<string, unknown>;
  multipart?: RequestSpec["multipart"];
}

export interface SampleContext {
  world: World;
  endpoint: Endpoint;
  object?: FixtureObject;
  /** Fields the request names its object by (`id`, `orgUnitId`, `memberId` …). */
  fields: Record<string, string>;
}

export class Unclassified extends Error {}

/**
 * A request the endpoint should accept: path parameters and fields named like the object's values filled from it,
 * other required fields from their schema, then what the endpoint's sample adds (versions, unique names, files).
 */
export async function validRequest(
  world: World,
  endpoint: Endpoint,
  object?: FixtureObject,
  within?: string,
): Promise<RequestSpec> {
  const fields = { ...(object?.fields ?? {}) };
  const url = endpoint.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = fields[name];
    if (value === undefined) throw new Unclassified(`no value for the path parameter :${name}`);
    return value;
  });
  const context: SampleContext = { world, endpoint, object, fields };
  const extra = (await samples[endpoint.key]?.(context)) ?? {};
  const query = { ...exampleQuery(endpoint.query, fields, world), ...(extra.query ?? {}) };
  const access = endpoint.access;
  if (access && "list" in access && access.within) {
    if (within) query[access.within] = within;
    else if (!endpoint.query?.required?.includes(access.within)) delete query[access.within];
  }
  const spec: RequestSpec = { method: endpoint.method, url, query };
  if (extra.multipart) spec.multipart = extra.multipart;
  else if (endpoint.body) spec.body = { ...asObject(example(endpoint.body, "", fields, world)), ...(extra.body ?? {}) };
  else if (extra.body) spec.body = extra.body;
  return spec;
}

function exampleQuery(schema: JsonSchema | undefined, fields: Record<string, string>, world: World) {
  const query: Record<string, string> = {};
  // A list asks for its largest page, so that a row from outside the scope cannot hide on a later one.
  const pageSize = schema?.properties?.pageSize?.maximum;
  if (pageSize !== undefined) query.pageSize = String(pageSize);
  for (const name of schema?.required ?? []) {
    const property = schema?.properties?.[name] ?? {};
    query[name] = String(example(property, name, fields, world));
  }
  return query;
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** A plausible value for a schema: the object's own value when the field is named like one, else a simple valid one. */
export function example(schema: JsonSchema, name: string, fields: Record<string, string>, world: World): unknown {
  if (name && fields[name] !== undefined) return fields[name];
  const branch = schema.anyOf?.[0] ?? schema.oneOf?.[0] ?? schema.allOf?.[0];
  if (branch) return example(branch, name, fields, world);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === "object") return exampleObject(schema, fields, world);
  if (type === "array") {
    const items = schema.items ?? {};
    return Array.from({ length: schema.minItems ?? 0 }, () => example(items, "", fields, world));
  }
  if (type === "integer" || type === "number") return schema.minimum ?? 1;
  if (type === "boolean") return false;
  return exampleString(schema, name, world);
}

function exampleObject(schema: JsonSchema, fields: Record<string, string>, world: World) {
  const value: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (schema.required?.includes(key) || fields[key] !== undefined) value[key] = example(property, key, fields, world);
  }
  return value;
}

function exampleString(schema: JsonSchema, name: string, world: World): string {
  if (schema.format === "uuid") return randomUUID();
  if (schema.format === "date-time") return world.now.toISOString();
  if (schema.pattern?.includes("\\d{4}-\\d{2}-\\d{2}")) return world.today;
  const text = `Mẫu ${name || "văn bản"}`;
  return text.padEnd(schema.minLength ?? 0, "x").slice(0, schema.maxLength ?? text.length);
}
