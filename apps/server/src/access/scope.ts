import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/database";
import { rowsOf } from "../db/sql";
import type { Actor } from "./actor";
import { cachesOf } from "./caches";
import { ancestorsIn, type CurrentTree, subtreesIn } from "./tree-cache";

/** The condition on `org_unit_versions v` for the version in force on a date (or the open one). */
export function versionInForce(asOf: string | undefined, alias = "v"): SQL {
  const v = sql.raw(alias);
  return asOf
    ? sql`${v}.valid_from <= ${asOf}::date and (${v}.valid_to is null or ${v}.valid_to > ${asOf}::date)`
    : sql`${v}.valid_to is null`;
}

/**
 * A subquery of the unit ids an actor may see: the subtrees of the units of their grants that carry
 * `permission`, as the tree stood on `asOf` (today when absent). Lists filter with it in SQL, never after loading.
 */
export function scopeUnitIds(actor: Actor, permission: string, asOf?: string): SQL {
  const roots = actor.grants.filter((g) => g.permissions.has(permission)).map((g) => g.orgUnitId);
  if (roots.length === 0) return sql`select null::uuid as id where false`;
  const rootList = sql.join(
    roots.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return sql`with recursive scope(id) as (
      select unnest(array[${rootList}])
      union
      select v.org_unit_id from org_unit_versions v join scope s on v.parent_id = s.id where ${versionInForce(asOf)}
    ) select id from scope`;
}

/** A subquery of a unit's id and all the units under it, on a date (today when absent). */
export function subtreeUnitIds(orgUnitId: string, asOf?: string): SQL {
  return sql`with recursive sub(id) as (
      select ${orgUnitId}::uuid
      union
      select v.org_unit_id from org_unit_versions v join sub s on v.parent_id = s.id where ${versionInForce(asOf)}
    ) select id from sub`;
}

/** Up to this many units, a subtree's records are read through the unit indexes; above, by scanning. */
const smallSubtree = 200;

/**
 * The condition that a unit column lies in a unit's subtree on a date, for figures over large tables. The planner
 * cannot see how many units a recursive query yields: for a small subtree (a cell, a base committee) the ids go in
 * as an array, so the unit indexes are used; for a large one (the committee) as a hashed set of units (`is true`
 * keeps it from becoming a join the planner would drive unit by unit through the index, 45 s at national scale),
 * so the table is scanned once. One small query decides which.
 */
export async function inSubtree(db: Db, column: SQL, orgUnitId: string, asOf: string): Promise<SQL> {
  return !(await subtreeIsLarge(db, orgUnitId, asOf))
    ? sql`${column} = any(array(${subtreeUnitIds(orgUnitId, asOf)}))`
    : sql`(${column} in (${subtreeUnitIds(orgUnitId, asOf)})) is true`;
}

/** Whether a unit's subtree on a date holds more units than records are best read through the unit indexes for. */
export async function subtreeIsLarge(db: Db, orgUnitId: string, asOf: string): Promise<boolean> {
  const units = sql`select id from (${subtreeUnitIds(orgUnitId, asOf)}) u limit ${smallSubtree + 1}`;
  const result = await db.execute(sql`select count(*)::int as n from (${units}) s`);
  return (rowsOf<{ n: number }>(result)[0]?.n ?? 0) > smallSubtree;
}

/**
 * The ids of a unit and all its ancestors on a date; empty when the unit did not exist then. Today's answer comes
 * from the server's copy of the tree; a unit it does not hold (just created on another server) is looked up.
 */
export async function ancestorsOrSelf(db: Db, orgUnitId: string, asOf?: string): Promise<Set<string>> {
  const tree = asOf === undefined ? await cachesOf(db)?.currentTree() : null;
  if (tree?.parents.has(orgUnitId)) return ancestorsIn(tree, orgUnitId);
  const result = await db.execute(sql`with recursive up(id, parent_id, depth) as (
      select v.org_unit_id, v.parent_id, 0 from org_unit_versions v where v.org_unit_id = ${orgUnitId} and ${versionInForce(asOf)}
      union all
      select v.org_unit_id, v.parent_id, up.depth + 1 from org_unit_versions v join up on v.org_unit_id = up.parent_id
      where ${versionInForce(asOf)} and up.depth < 50
    ) select id from up`);
  return new Set(rowsOf<{ id: string }>(result).map((row) => row.id));
}

/**
 * The scope resolved to a list of unit ids in one query, for lists over large tables: with the ids written into
 * the query the planner sees how small a subtree is and filters by unit first. "all" when a grant covers the top
 * of the tree, where no unit filter is needed at all.
 */
export async function resolveScope(
  db: Db,
  actor: Actor,
  permission: string,
  within?: string,
): Promise<string[] | "all"> {
  const roots = actor.grants.filter((g) => g.permissions.has(permission)).map((g) => g.orgUnitId);
  if (roots.length === 0) return [];
  const caches = cachesOf(db);
  const tree = await caches?.currentTree();
  if (caches && tree) {
    const key = `${within ?? ""}|${[...new Set(roots)].sort().join(",")}`;
    // Shared by the requests that ask the same: frozen, so that none can change another's scope.
    return caches.scope(key, () => {
      const scope = scopeFromTree(tree, roots, within);
      return scope === "all" ? scope : (Object.freeze(scope) as string[]);
    });
  }
  const rootList = sql.join(
    roots.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const units = within
    ? sql`(${scopeUnitIds(actor, permission)}) intersect (${subtreeUnitIds(within)})`
    : scopeUnitIds(actor, permission);
  const topCheck = within
    ? sql`false`
    : sql`exists (select 1 from org_unit_versions where valid_to is null and parent_id is null and org_unit_id in (${rootList}))`;
  const result = await db.execute(
    sql`select ${topCheck} as "all", (select coalesce(array_agg(id), '{}') from (${units}) u) as ids`,
  );
  const row = rowsOf<{ all: boolean; ids: string[] | string }>(result)[0];
  // A select without FROM always answers one row; none means something is wrong, and that never widens access.
  if (!row) throw new Error("resolveScope: the scope query answered no row");
  if (row.all) return "all";
  return typeof row.ids === "string" ? parsePgArray(row.ids) : row.ids;
}

/**
 * The units of `scopeUnitIds` (within a unit's subtree when given) as a subquery over a list resolved once, from the
 * server's copy of the tree: for a request that runs many queries over one scope (the reminders), none of them walks
 * the tree again. Without the copy, the recursive subquery itself.
 */
export async function scopeUnitList(db: Db, actor: Actor, permission: string, within?: string): Promise<SQL> {
  const tree = await cachesOf(db)?.currentTree();
  if (!tree)
    return within
      ? sql`(${scopeUnitIds(actor, permission)}) intersect (${subtreeUnitIds(within)})`
      : scopeUnitIds(actor, permission);
  const roots = actor.grants.filter((g) => g.permissions.has(permission)).map((g) => g.orgUnitId);
  return sql`select unnest(${`{${unitsFromTree(tree, roots, within).join(",")}}`}::uuid[]) as id`;
}

/** Every unit's current place in the tree, which the server's cache holds (access/caches.ts). */
export async function loadCurrentTree(db: Db): Promise<{ id: string; parentId: string | null }[]> {
  const result = await db.execute(
    sql`select org_unit_id as id, parent_id as "parentId" from org_unit_versions where valid_to is null`,
  );
  return rowsOf<{ id: string; parentId: string | null }>(result);
}

/** resolveScope's answer from the tree held in memory (the same rules as its query). */
function scopeFromTree(tree: CurrentTree, roots: string[], within: string | undefined): string[] | "all" {
  if (!within && roots.some((id) => tree.parents.has(id) && tree.parents.get(id) === null)) return "all";
  return unitsFromTree(tree, roots, within);
}

/** The units under the roots (themselves included), within a unit's subtree when one is given. */
function unitsFromTree(tree: CurrentTree, roots: string[], within: string | undefined): string[] {
  const units = subtreesIn(tree, roots);
  if (!within) return [...units];
  return [...subtreesIn(tree, [within])].filter((id) => units.has(id));
}

function parsePgArray(text: string): string[] {
  return text === "{}" ? [] : text.slice(1, -1).split(",");
}

/** The SQL condition that a unit column lies in a resolved scope. */
export function inResolvedScope(column: SQL, scope: string[] | "all"): SQL {
  if (scope === "all") return sql`true`;
  if (scope.length === 0) return sql`false`;
  return sql`${column} = any(${`{${scope.join(",")}}`}::uuid[])`;
}

/**
 * The units under a unit (itself included) with the dates each was under it, between `from` and `to`: rows
 * `(id, vf, vt)`, the unit being under it on d when vf <= d < vt. Figures for a period count each record by
 * where its unit stood on the record's own date, so a later merge or move never changes past figures.
 */
export function subtreeHistory(orgUnitId: string, from: string, to: string): SQL {
  return sql`with recursive sub(id, vf, vt, depth) as (
      select ${orgUnitId}::uuid, '-infinity'::date, 'infinity'::date, 0
      union all
      select v.org_unit_id, greatest(v.valid_from, s.vf), least(coalesce(v.valid_to, 'infinity'::date), s.vt), s.depth + 1
      from org_unit_versions v join sub s on v.parent_id = s.id
      where v.valid_from < s.vt and coalesce(v.valid_to, 'infinity'::date) > s.vf
        and v.valid_from <= ${to}::date and coalesce(v.valid_to, 'infinity'::date) >= ${from}::date and s.depth < 50
    ) select id, vf, vt from sub`;
}
