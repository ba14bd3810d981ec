import type { TestActor } from "../test/harness";
import { DbWatch, refusalProblem } from "./db-watch";
import { child, type FixtureObject, makers } from "./fixtures";
import { describeRequest, type Reply, type RequestSpec, send } from "./http";
import { leakedMarkers } from "./leaks";
import { type Expectation, expectation, holds, usesRelation } from "./model";
import { type Endpoint, isWrite } from "./openapi";
import type { Failure, Tally } from "./report";
import { Unclassified, validRequest } from "./requests";
import { aLinkedActor, allRoles, type Marker, type Relation, type Role, relations, type World } from "./world";

export type Standing = Map<string, Record<Relation, FixtureObject>>;

interface Cell {
  endpoint: Endpoint;
  role: Role;
  relation?: Relation;
  /** The unit a list is narrowed to (`within`), when it is. */
  within?: string;
}

/**
 * The access matrix: every endpoint × every role × every relation its metadata makes meaningful, each answer
 * compared with the access model, refused writes checked to leave the database as it was, and every answer
 * searched for the objects the actor may not see.
 */
export async function runMatrix(world: World, endpoints: Endpoint[], standing: Standing, tally: Tally) {
  const watch = new DbWatch(world);
  for (const endpoint of endpoints) {
    const access = endpoint.access;
    if (!access) {
      tally.fail({ pass: "access", endpoint: endpoint.key, problem: `cannot classify: ${endpoint.accessProblem}` });
      continue;
    }
    const row = tally.row(endpoint, access);
    for (const cell of cellsOf(world, endpoint)) {
      try {
        await checkCell(world, standing, watch, cell, tally);
      } catch (error) {
        if (!(error instanceof Unclassified)) throw error;
        tally.fail({ pass: "access", endpoint: endpoint.key, problem: `cannot classify: ${error.message}` });
        break;
      }
    }
    if (row.allowed > 0 && row.succeeded === 0)
      tally.fail({ pass: "access", endpoint: endpoint.key, problem: "never succeeded: its sample request is refused" });
  }
}

function cellsOf(world: World, endpoint: Endpoint): Cell[] {
  const access = endpoint.access;
  if (!access) return [];
  const cells: Cell[] = [];
  for (const role of allRoles) {
    if (!usesRelation(access) && !("public" in access && needsObject(endpoint))) {
      cells.push({ endpoint, role });
      continue;
    }
    for (const relation of relations) cells.push({ endpoint, role, relation, within: world.units[relation] });
    const within = "list" in access ? access.within : undefined;
    if (within && !endpoint.query?.required?.includes(within)) cells.push({ endpoint, role });
  }
  return cells;
}

function needsObject(endpoint: Endpoint): boolean {
  return endpoint.params.length > 0;
}

async function checkCell(world: World, standing: Standing, watch: DbWatch, cell: Cell, tally: Tally) {
  const { endpoint, role, relation } = cell;
  const access = endpoint.access;
  if (!access) return;
  const expected = expectation(access, role, relation);
  const write = isWrite(endpoint);
  const object = await objectFor(world, standing, cell, write && expected === "allowed");
  const actor = await actorFor(world, endpoint, role, write);
  const spec = await validRequest(world, endpoint, object, "list" in access ? cell.within : undefined);
  if (write) await watch.settle();
  const reply = await send(world.app, actor, spec);
  const changed = write ? await watch.changed() : [];
  const problem = judge(expected, reply, endpoint.download) ?? refusalProblem(endpoint.key, reply.status, changed);
  const leaks = !write && reply.status < 300 ? leakedMarkers(reply, markersFor(world, cell, object)) : [];
  tally.count(endpoint, expected, reply.status, relation !== undefined);
  if (problem) tally.fail(failure(cell, spec, reply, problem));
  if (leaks.length > 0) tally.fail(failure(cell, spec, reply, `${leakOf(leaks)}: ${names(leaks)}`));
}

function judge(expected: Expectation, reply: Reply, download: boolean): string | undefined {
  if (reply.status >= 500) return `server error ${reply.status}`;
  if (expected === "allowed") {
    if (download && reply.status < 300 && reply.contentType.includes("json")) return "declared a file, answered JSON";
    if (reply.status < 300 || reply.status === 422) return undefined;
    return `expected success, got ${reply.status}`;
  }
  return reply.status === expected ? undefined : `expected ${expected}, got ${reply.status}`;
}

/** The object a request acts on: a fresh one for a write that should succeed, else the standing one. */
async function objectFor(world: World, standing: Standing, cell: Cell, fresh: boolean) {
  const kind = kindOf(cell.endpoint, standing);
  if (!kind) return undefined;
  const relation = cell.relation ?? "own";
  const unitId = world.units[relation];
  const access = cell.endpoint.access;
  if (access && "of" in access && access.of === "parent") {
    const below = await child(world, unitId);
    const make = makers[kind];
    return kind === "orgUnit" || !make ? below : make(world, below.fields.id ?? unitId);
  }
  if (!fresh || kind === "orgUnit") return standing.get(kind)?.[relation];
  const make = makers[kind];
  if (!make) throw new Unclassified(`no fixture for the object kind "${kind}"`);
  return make(world, unitId);
}

/** The kind the route names in its metadata, or the one whose objects carry the path's parameters (a token). */
function kindOf(endpoint: Endpoint, standing: Standing): string | undefined {
  const access = endpoint.access;
  if (access && "target" in access && access.target) {
    if (!makers[access.target]) throw new Unclassified(`no fixture for the object kind "${access.target}"`);
    return access.target;
  }
  if (endpoint.params.length === 0) return undefined;
  for (const [kind, objects] of standing) if (endpoint.params.every((p) => p in objects.own.fields)) return kind;
  throw new Unclassified(`no object kind has the path parameters ${endpoint.params.join(", ")}`);
}

/** The role's actor; a write on one's own things (log out, change password) gets a fresh one, not to lose it. */
async function actorFor(world: World, endpoint: Endpoint, role: Role, write: boolean): Promise<TestActor | null> {
  if (role === "none") return null;
  const access = endpoint.access;
  if (write && access && "self" in access && !access.target) return aLinkedActor(world, role);
  return world.actors.get(role) ?? null;
}

/**
 * Outside the scope nothing may show; a list of what the role may not read at all shows nothing of it either. A
 * public link shows the one object it was issued for (the member a residence cell comments on), and nothing else.
 * The inspection committee's confidential records show to no role without `inspection.read`, in any answer of any
 * endpoint (lists, exports, search, history, reports), even inside its own subtree (issue 11).
 */
function markersFor(world: World, cell: Cell, object: FixtureObject | undefined): Marker[] {
  const access = cell.endpoint.access;
  const blind = access && "list" in access && !holds(cell.role, access.permission);
  const issuedFor = access && "public" in access ? object?.unitId : undefined;
  const confidentialBlind = !holds(cell.role, "inspection.read");
  return world.markers.filter(
    (m) =>
      (m.outside && m.unitId !== issuedFor) || (blind && m.kind !== "orgUnit") || (m.confidential && confidentialBlind),
  );
}

function leakOf(leaks: Marker[]): string {
  const confidential = leaks.every((m) => m.confidential && !m.outside);
  return confidential ? "shows the inspection committee's confidential records" : "shows what is outside its scope";
}

function names(markers: Marker[]): string {
  return [...new Set(markers.map((m) => `${m.kind} ${m.value}`))].slice(0, 5).join(", ");
}

function failure(cell: Cell, spec: RequestSpec, reply: Reply, problem: string): Failure {
  return {
    pass: "access",
    endpoint: cell.endpoint.key,
    role: cell.role,
    relation: cell.relation ?? (cell.within ? undefined : "—"),
    problem,
    request: describeRequest(spec),
    answer: `${reply.status} ${reply.contentType.includes("json") ? reply.text.slice(0, 200) : reply.contentType}`,
  };
}
