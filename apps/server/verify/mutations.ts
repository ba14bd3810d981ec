import fc from "fast-check";
import { hostileArbitrary, hostileFor, hostileStrings, hostileTexts, prototypeBodies, wrongTypes } from "./hostile";
import { encodeText, type MultipartPart, type RequestSpec } from "./http";
import type { Endpoint, JsonSchema } from "./openapi";

/** A change to a valid request that makes it one a server must refuse (or accept) without failing. */
export type Mutation = (valid: RequestSpec) => RequestSpec;

type Path = (string | number)[];
interface Leaf {
  path: Path;
  schema: JsonSchema;
}

/** How many random combinations fast-check draws per endpoint, on top of the catalogue. */
const randomRuns = 40;

/**
 * Every bad input for an endpoint, from its own schemas: each field (present or optional, nested in objects and
 * arrays) given each hostile value of its type, each required field left out, extra and prototype keys, bodies of
 * the wrong shape, hostile path and query values, broken uploads, and random combinations drawn by fast-check.
 */
export function mutationsFor(endpoint: Endpoint, valid: RequestSpec): Mutation[] {
  return [
    ...pathMutations(endpoint),
    ...queryMutations(endpoint.query),
    ...(endpoint.method === "GET" ? [] : bodyMutations(endpoint, valid)),
    ...(endpoint.upload ? uploadMutations(endpoint.upload.field, valid) : []),
  ];
}

function pathMutations(endpoint: Endpoint): Mutation[] {
  const texts = [
    ...hostileStrings.filter((t) => t.length < 1000),
    "not-a-uuid",
    "00000000-0000-0000-0000-000000000000",
  ];
  return endpoint.params.flatMap((_param, index) =>
    texts.map(
      (text): Mutation =>
        (valid) => ({ ...valid, url: replaceSegment(endpoint.path, valid.url, index, text) }),
    ),
  );
}

function replaceSegment(template: string, url: string, paramIndex: number, text: string): string {
  const templateParts = template.split("/");
  const parts = url.split("/");
  const positions = templateParts.flatMap((part, i) => (part.startsWith(":") ? [i] : []));
  const at = positions[paramIndex];
  if (at !== undefined) parts[at] = encodeText(text);
  return parts.join("/");
}

function queryMutations(query: JsonSchema | undefined): Mutation[] {
  const properties = Object.entries(query?.properties ?? {});
  const hostile = properties.flatMap(([name, schema]) =>
    hostileTexts(schema).map(
      (text): Mutation =>
        (valid) => ({ ...valid, query: { ...valid.query, [name]: text } }),
    ),
  );
  const missing = (query?.required ?? []).map(
    (name): Mutation =>
      (valid) => {
        const { [name]: _dropped, ...rest } = valid.query ?? {};
        return { ...valid, query: rest };
      },
  );
  const extra: Mutation = (valid) => ({ ...valid, query: { ...valid.query, __proto__: "x", constructor: "y" } });
  return [...hostile, ...missing, extra];
}

function bodyMutations(endpoint: Endpoint, valid: RequestSpec): Mutation[] {
  const body = isObject(valid.body) ? valid.body : {};
  const schema = endpoint.body ?? { type: "object", properties: {} };
  const leaves = leavesOf(schema, body, []);
  const fieldValues = leaves.flatMap((leaf) => hostileFor(leaf.schema).map((value) => setting([[leaf.path, value]])));
  const missing = requiredPaths(schema, body, []).map((path) => removing(path));
  const shapes = [[], "text", null, 42, { ...body, zzExtra: "x" }].map(
    (root): Mutation =>
      (v) => ({ ...v, body: root }),
  );
  const raw = prototypeBodies(body).map(
    (text): Mutation =>
      (v) => ({ ...v, body: undefined, rawJson: text }),
  );
  return [...fieldValues, ...missing, ...shapes, ...raw, ...randomMutations(leaves)];
}

/** Random combinations of one to three fields, each given a value fast-check draws for its schema. */
function randomMutations(leaves: Leaf[]): Mutation[] {
  if (leaves.length === 0) return [];
  const change = fc
    .constantFrom(...leaves)
    .chain((leaf) => hostileArbitrary(leaf.schema).map((value) => [leaf.path, value] as [Path, unknown]));
  const changes = fc.array(change, { minLength: 1, maxLength: 3 });
  return fc.sample(changes, { numRuns: randomRuns, seed: 20261123 }).map((pairs) => setting(pairs));
}

function setting(pairs: [Path, unknown][]): Mutation {
  return (valid) => {
    const body = structuredClone(isObject(valid.body) ? valid.body : {});
    for (const [path, value] of pairs) setAt(body, path, value);
    return { ...valid, body };
  };
}

function removing(path: Path): Mutation {
  return (valid) => {
    const body = structuredClone(isObject(valid.body) ? valid.body : {});
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], body);
    if (isObject(parent)) delete parent[String(path.at(-1))];
    return { ...valid, body };
  };
}

function setAt(root: Record<string, unknown>, path: Path, value: unknown) {
  let node: Record<string | number, unknown> = root;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== "object" || node[key] === null) node[key] = typeof key === "number" ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  const last = path.at(-1);
  if (last !== undefined) node[last] = value;
}

/** The fields of a schema, following the valid value into objects, arrays and the union branch it took. */
function leavesOf(schema: JsonSchema, value: unknown, path: Path): Leaf[] {
  const resolved = branchFor(schema, value);
  const self = path.length ? [{ path, schema: resolved }] : [];
  if (resolved.properties) {
    const object = isObject(value) ? value : {};
    const children = Object.entries(resolved.properties).flatMap(([key, child]) =>
      leavesOf(child, object[key], [...path, key]),
    );
    return [...self, ...children];
  }
  if (resolved.items && Array.isArray(value) && value.length > 0)
    return [...self, ...leavesOf(resolved.items, value[0], [...path, 0])];
  return self;
}

function requiredPaths(schema: JsonSchema, value: unknown, path: Path): Path[] {
  const resolved = branchFor(schema, value);
  if (!resolved.properties || !isObject(value)) return [];
  return Object.keys(value).flatMap((key) => {
    const child = resolved.properties?.[key];
    const own = resolved.required?.includes(key) ? [[...path, key]] : [];
    return child ? [...own, ...requiredPaths(child, value[key], [...path, key])] : own;
  });
}

/** The member of a union (anyOf/oneOf) the value fits: the one whose properties hold all of its keys. */
function branchFor(schema: JsonSchema, value: unknown): JsonSchema {
  const branches = schema.anyOf ?? schema.oneOf;
  if (!branches) return schema;
  const keys = isObject(value) ? Object.keys(value) : [];
  const fits = branches.filter((b) => b.properties && keys.every((k) => k in (b.properties ?? {})));
  const byConst = fits.find((b) => Object.entries(b.properties ?? {}).some(([k, p]) => matchesConst(p, value, k)));
  return byConst ?? fits[0] ?? branches.find((b) => b.type !== "null") ?? schema;
}

function matchesConst(property: JsonSchema, value: unknown, key: string): boolean {
  const actual = isObject(value) ? value[key] : undefined;
  return property.const === actual || (property.enum?.length === 1 && property.enum[0] === actual);
}

function uploadMutations(field: string, valid: RequestSpec): Mutation[] {
  const file = valid.multipart?.find((p) => p.name === field) ?? {
    name: field,
    value: "%PDF-1.4\n",
    fileName: "a.pdf",
  };
  const fields = isObject(valid.body)
    ? Object.entries(valid.body).map(([name, v]) => ({ name, value: String(v) }))
    : [];
  const parts =
    (list: MultipartPart[]): Mutation =>
    (v) => ({ ...v, body: undefined, multipart: list });
  const names = ["a\u0000b.pdf", "\u202efdp.exe", `${"x".repeat(300)}.pdf`, "../../x.pdf", "", "\ud800.pdf"];
  return [
    parts([...fields, file]),
    parts([...fields, file, { name: "extra", value: "x" }]),
    parts([...fields, file, { ...file, name: "second" }]),
    parts([...fields, file, file]),
    parts([...fields, { ...file, name: "other" }]),
    parts([...fields, { name: "extra", value: "x" }]),
    parts([...fields, { ...file, value: Buffer.alloc(0) }]),
    ...names.map((fileName) => parts([...fields, { ...file, fileName }])),
    ...fields.flatMap((f) =>
      [...hostileStrings, ...wrongTypes.map(String)].map((text) =>
        parts([...fields.filter((o) => o.name !== f.name), { name: f.name, value: text }, file]),
      ),
    ),
  ];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
