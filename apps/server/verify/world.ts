import type { RoleCode } from "@dangvu/contract";
import { eq, sql } from "drizzle-orm";
import { ancestorsOrSelf } from "../src/access/scope";
import { type App, buildApp } from "../src/app";
import { type Database, openPglite } from "../src/db/database";
import { users } from "../src/db/schema";
import { rowsOf } from "../src/db/sql";
import { prepareDatabase } from "../src/platform/bootstrap";
import { aMember, anOrgTree, type StandardTree } from "../test/builders";
import { anActor, type TestActor, testNow } from "../test/harness";
import { type Reply, type RequestSpec, send } from "./http";

export const roles: RoleCode[] = ["admin", "inspection", "grassroots_staff", "cell_secretary", "member"];
export type Role = RoleCode | "none";
export const allRoles: Role[] = [...roles, "none"];

/** Where an object stands relative to the unit of the actors' grants (baseA). */
export const relations = ["own", "descendant", "ancestor", "sibling"] as const;
export type Relation = (typeof relations)[number];

/** Something whose id or name must never appear in an answer to an actor who may not see its unit. */
export interface Marker {
  unitId: string;
  kind: string;
  value: string;
  /** Outside baseA's subtree: no actor of the suite may ever see it. */
  outside: boolean;
  /** The inspection committee's (issue 11): only a holder of `inspection.read` may see it, even inside its scope. */
  confidential?: true;
}

export interface World {
  app: App;
  database: Database;
  tree: StandardTree;
  units: Record<Relation, string>;
  actors: Map<RoleCode, TestActor>;
  /** An admin over the whole tree, who builds the fixtures through the API. */
  root: TestActor;
  /** An inspection committee actor over the whole tree, who builds its confidential records (the admin may not). */
  inspector: TestActor;
  markers: Marker[];
  today: string;
  now: Date;
}

/**
 * A fresh in-memory database, migrated, with the standard tree, one actor per role granted at baseA (each linked to
 * a member record there, for the handbook and check-in), and an admin at the top who builds the objects. `given`:
 * a migrated database and the app that serves it instead (the app servers of `--servers N`, cluster.ts).
 */
export async function buildWorld(given?: { database: Database; app: App }): Promise<World> {
  const database = given?.database ?? (await openPglite("memory://"));
  if (!given) await prepareDatabase(database);
  const app =
    given?.app ??
    (await buildApp({
      db: database.db,
      clock: () => testNow,
      checkResponses: true,
      loginRateLimit: 1_000_000,
      logger: false,
    }));
  const tree = await anOrgTree(database.db);
  const units = { own: tree.baseA, descendant: tree.cellA3, ancestor: tree.root, sibling: tree.baseB };
  const root = await anActor(database.db, { role: "admin", orgUnitId: tree.root });
  const inspector = await anActor(database.db, { role: "inspection", orgUnitId: tree.root });
  const world: World = {
    app,
    database,
    tree,
    units,
    actors: new Map(),
    root,
    inspector,
    markers: [],
    today: testNow.toISOString().slice(0, 10),
    now: testNow,
  };
  for (const role of roles) world.actors.set(role, await aLinkedActor(world, role));
  markUnits(world);
  return world;
}

/** An actor of a role at baseA whose login is linked to a member record of baseA. */
export async function aLinkedActor(world: World, role: RoleCode): Promise<TestActor> {
  const db = world.database.db;
  const actor = await anActor(db, { role, orgUnitId: world.units.own });
  const memberId = await aMember(db, { orgUnitId: world.units.own, fullName: `Phạm Văn ${tagOf(role)}` });
  await db.update(users).set({ memberId }).where(eq(users.id, actor.userId));
  return actor;
}

function tagOf(role: string): string {
  return role.replace(/_/g, " ");
}

// The units outside baseA's subtree beside it; the ancestor itself is left out, as every unit names its parent.
function markUnits(world: World) {
  const { baseB, cellB1, gcell } = world.tree;
  const names: Record<string, string> = {
    [baseB]: "Đảng bộ Sở Y tế",
    [cellB1]: "Chi bộ Phòng Nghiệp vụ Y",
    [gcell]: "Chi bộ Sở Tư pháp",
  };
  for (const [unitId, name] of Object.entries(names)) {
    world.markers.push(
      { unitId, kind: "orgUnit", value: unitId, outside: true },
      { unitId, kind: "orgUnit", value: name, outside: true },
    );
  }
}

let tagCounter = 0;
/** A word found nowhere else, to name an object so that its presence in an answer can be seen. */
export function uniqueTag(): string {
  tagCounter += 1;
  let n = tagCounter;
  let letters = "";
  for (let i = 0; i < 4; i++) {
    letters = String.fromCharCode(97 + (n % 26)) + letters;
    n = Math.floor(n / 26);
  }
  return `zq${letters}`;
}

/** Whether a unit lies in baseA's subtree (the actors' scope) today. */
export async function inScope(world: World, unitId: string): Promise<boolean> {
  return (await ancestorsOrSelf(world.database.db, unitId)).has(world.units.own);
}

/** Records an object's id and name as markers of its unit (kept only when the unit is outside the scope). */
export async function mark(world: World, unitId: string, kind: string, ...values: string[]) {
  const outside = !(await inScope(world, unitId));
  for (const value of values) world.markers.push({ unitId, kind, value, outside });
}

/** Records a confidential record's id and tags: no one without `inspection.read` may see them, in scope or not. */
export async function markConfidential(world: World, unitId: string, kind: string, ...values: string[]) {
  const outside = !(await inScope(world, unitId));
  for (const value of values) world.markers.push({ unitId, kind, value, outside, confidential: true });
}

/** Sends as the top admin and returns the JSON answer; a fixture that cannot be built stops the suite. */
export async function asRoot<T = Record<string, unknown>>(world: World, spec: RequestSpec): Promise<T> {
  const reply: Reply = await send(world.app, world.root, spec);
  if (reply.status >= 300)
    throw new Error(`fixture: ${spec.method} ${spec.url} answered ${reply.status} ${reply.text}`);
  return (reply.text ? JSON.parse(reply.text) : {}) as T;
}

/** Every business table, for the fingerprint of the database (not the rate limits' counters, which every limited
 * request moves on PostgreSQL). */
export async function tableNames(world: World): Promise<string[]> {
  const result = await world.database.db.execute(
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'rate_limit_hits'
        order by table_name`,
  );
  return rowsOf<{ name: string }>(result).map((r) => r.name);
}
