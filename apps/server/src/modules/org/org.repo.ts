import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import { versionInForce } from "../../access/scope";
import type { Db } from "../../db/database";
import { orgUnitEvents, orgUnits, orgUnitVersions } from "../../db/schema";
import { rowsOf, unaccentJs } from "../../db/sql";
import type { Registry, UnitCountName } from "../../platform/module";

export interface UnitState {
  id: string;
  versionId: string;
  name: string;
  type: string;
  parentId: string | null;
  validFrom: string;
  validTo: string | null;
  establishedOn: string;
  dissolvedOn: string | null;
  /** The place name of the unit's documents, its own (not inherited). */
  locality: string | null;
  version: number;
}

export interface TreeRow {
  id: string;
  name: string;
  type: string;
  parentId: string | null;
  version: number;
  childCount: number;
  memberCount: number;
}

/** The counts the modules keep of a unit's records (members …), as the registry gathered them. */
export type UnitCounts = Registry["unitCounts"];

/** A unit's count from the module that keeps those records; 0 in an app built without that module. */
function unitCountSql(counts: UnitCounts, name: UnitCountName, unit: SQL, asOf: string | undefined): SQL {
  const count = counts.get(name);
  return count ? count(unit, asOf) : sql`0`;
}

const stateColumns = sql`v.org_unit_id as "id", v.id as "versionId", v.name, v.type, v.parent_id as "parentId",
  v.valid_from::text as "validFrom", v.valid_to::text as "validTo", u.established_on::text as "establishedOn",
  u.dissolved_on::text as "dissolvedOn", u.locality, u.version`;

/** The units of a scope as they stood on a date, with their numbers of child units and members, in Vietnamese order. */
export async function listTree(
  db: Db,
  counts: UnitCounts,
  scope: SQL,
  asOf: string | undefined,
  q?: string,
): Promise<TreeRow[]> {
  const nameFilter = q ? sql`and vi_unaccent(v.name) like ${`%${unaccentJs(q)}%`}` : sql``;
  const result = await db.execute(sql`
    select v.org_unit_id as "id", v.name, v.type, v.parent_id as "parentId", u.version,
      (select count(*)::int from org_unit_versions c where c.parent_id = v.org_unit_id and ${versionInForce(asOf, "c")}) as "childCount",
      ${unitCountSql(counts, "members", sql`v.org_unit_id`, asOf)} as "memberCount"
    from org_unit_versions v join org_units u on u.id = v.org_unit_id
    where ${versionInForce(asOf)} and v.org_unit_id in (${scope}) ${nameFilter}
    order by v.name_sort_key collate "C", v.name collate "C"`);
  return rowsOf<TreeRow>(result);
}

/** A unit's state on a date; without a date, its open state, or its last one if it was dissolved. */
export async function findUnitState(db: Db, id: string, asOf?: string): Promise<UnitState | undefined> {
  const when = asOf ? versionInForce(asOf) : sql`true`;
  const result = await db.execute(sql`select ${stateColumns}
    from org_unit_versions v join org_units u on u.id = v.org_unit_id
    where v.org_unit_id = ${id} and ${when} order by v.valid_from desc limit 1`);
  return rowsOf<UnitState>(result)[0];
}

/** The ancestors of a unit on a date (today when absent), from the top down, the unit itself last. */
export async function pathOf(db: Db, id: string, asOf?: string): Promise<{ id: string; name: string }[]> {
  const result = await db.execute(sql`with recursive up(id, name, parent_id, depth) as (
      select v.org_unit_id, v.name, v.parent_id, 0 from org_unit_versions v where v.org_unit_id = ${id} and ${versionInForce(asOf)}
      union all
      select v.org_unit_id, v.name, v.parent_id, up.depth + 1 from org_unit_versions v join up on v.org_unit_id = up.parent_id
      where ${versionInForce(asOf)} and up.depth < 50
    ) select id, name from up order by depth desc`);
  return rowsOf<{ id: string; name: string }>(result);
}

/** The current child units of a unit. */
export async function currentChildren(db: Db, id: string): Promise<UnitState[]> {
  const result = await db.execute(sql`select ${stateColumns}
    from org_unit_versions v join org_units u on u.id = v.org_unit_id
    where v.parent_id = ${id} and v.valid_to is null order by v.name_sort_key collate "C"`);
  return rowsOf<UnitState>(result);
}

/** Parent pointers of the whole current tree, for cycle checks. */
export async function currentParentMap(db: Db): Promise<Map<string, string | null>> {
  const rows = await db
    .select({ id: orgUnitVersions.orgUnitId, parentId: orgUnitVersions.parentId })
    .from(orgUnitVersions)
    .where(isNull(orgUnitVersions.validTo));
  return new Map(rows.map((r) => [r.id, r.parentId]));
}

export async function insertUnit(
  db: Db,
  unit: { id: string; establishedOn: string; createdAt: Date },
  state: { name: string; type: string; parentId: string | null },
) {
  await db.insert(orgUnits).values(unit);
  await db
    .insert(orgUnitVersions)
    .values({ id: randomUUID(), orgUnitId: unit.id, ...state, validFrom: unit.establishedOn });
}

/**
 * Records a new state of a unit from `effectiveOn`: the open version is closed the day the new one starts.
 * A change on the day the open version began replaces that version's content (nothing was in force in between).
 */
export async function changeState(
  db: Db,
  current: UnitState,
  next: { name: string; type: string; parentId: string | null },
  effectiveOn: string,
) {
  if (effectiveOn === current.validFrom) {
    await db.update(orgUnitVersions).set(next).where(eq(orgUnitVersions.id, current.versionId));
    return;
  }
  await db.update(orgUnitVersions).set({ validTo: effectiveOn }).where(eq(orgUnitVersions.id, current.versionId));
  await db.insert(orgUnitVersions).values({ id: randomUUID(), orgUnitId: current.id, ...next, validFrom: effectiveOn });
}

/** Closes the open version of a unit and marks it dissolved. */
export async function dissolve(db: Db, current: UnitState, effectiveOn: string) {
  await db.update(orgUnitVersions).set({ validTo: effectiveOn }).where(eq(orgUnitVersions.id, current.versionId));
  await db.update(orgUnits).set({ dissolvedOn: effectiveOn }).where(eq(orgUnits.id, current.id));
}

/** Bumps a unit's version if it is still `expected`; false means someone changed it first. */
export async function bumpVersion(db: Db, id: string, expected: number): Promise<boolean> {
  const rows = await db
    .update(orgUnits)
    .set({ version: sql`${orgUnits.version} + 1` })
    .where(and(eq(orgUnits.id, id), eq(orgUnits.version, expected)))
    .returning({ id: orgUnits.id });
  return rows.length === 1;
}

export async function insertEvent(db: Db, event: Omit<typeof orgUnitEvents.$inferInsert, "id">) {
  await db.insert(orgUnitEvents).values({ id: randomUUID(), ...event });
}

export function listEvents(db: Db, orgUnitId: string) {
  return db
    .select()
    .from(orgUnitEvents)
    .where(eq(orgUnitEvents.orgUnitId, orgUnitId))
    .orderBy(desc(orgUnitEvents.effectiveOn), desc(orgUnitEvents.createdAt));
}

/** All dated versions of a unit, oldest first. */
export function listVersions(db: Db, orgUnitId: string) {
  return db
    .select()
    .from(orgUnitVersions)
    .where(eq(orgUnitVersions.orgUnitId, orgUnitId))
    .orderBy(asc(orgUnitVersions.validFrom));
}

/** Current (or last) names of units by id. */
export async function unitNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const result = await db.execute(sql`select distinct on (org_unit_id) org_unit_id as id, name from org_unit_versions
    where org_unit_id in (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )}) order by org_unit_id, valid_from desc`);
  return new Map(rowsOf<{ id: string; name: string }>(result).map((r) => [r.id, r.name]));
}

/** The current names of a unit and its parent, for the heading of a letter or a document (its last name if dissolved). */
export async function unitAndParentNames(
  db: Db,
  orgUnitId: string,
): Promise<{ name: string; parentName: string | null }> {
  const result = await db.execute(sql`select v.name, (select p.name from org_unit_versions p
      where p.org_unit_id = v.parent_id and p.valid_to is null limit 1) as "parentName"
    from org_unit_versions v where v.org_unit_id = ${orgUnitId} order by v.valid_from desc limit 1`);
  return rowsOf<{ name: string; parentName: string | null }>(result)[0] ?? { name: "", parentName: null };
}

/** Members and full members of one unit on a date. */
export async function memberCounts(
  db: Db,
  counts: UnitCounts,
  id: string,
  asOf?: string,
): Promise<{ members: number; full: number }> {
  const unit = sql`${id}::uuid`;
  const result = await db.execute(
    sql`select ${unitCountSql(counts, "members", unit, asOf)} as members, ${unitCountSql(counts, "fullMembers", unit, asOf)} as full`,
  );
  return rowsOf<{ members: number; full: number }>(result)[0] ?? { members: 0, full: 0 };
}

/** Name and parent of every unit in force on a date (today when absent): enough to write any unit's path in memory. */
export async function namesAndParents(
  db: Db,
  asOf?: string,
): Promise<Map<string, { name: string; parentId: string | null }>> {
  const result = await db.execute(
    sql`select v.org_unit_id as id, v.name, v.parent_id as "parentId" from org_unit_versions v where ${versionInForce(asOf)}`,
  );
  return new Map(
    rowsOf<{ id: string; name: string; parentId: string | null }>(result).map((r) => [
      r.id,
      { name: r.name, parentId: r.parentId },
    ]),
  );
}
