import { type SQL, sql } from "drizzle-orm";
import { cellTypes } from "./org.rules";

/**
 * SQL the org module lends to other modules, so that they never name its tables: each is a fragment to embed in
 * their own statements. (The access layer's scope subqueries, under every module, are the platform's own.)
 */

/**
 * The units as they stand today, as a relation to join or select from, with the columns `id`, `name`, `type`,
 * `parent_id` and `name_sort_key` (Vietnamese order: sort by it `collate "C"`); a dissolved unit is not in it. Postgres folds it into the query, as if the table were joined.
 */
export function currentUnitsSql(): SQL {
  return sql`(select org_unit_id as id, name, type, parent_id, name_sort_key from org_unit_versions where valid_to is null)`;
}

/** A unit's current name (a scalar subquery, null for a dissolved unit): evaluated only for the rows of a page. */
export function currentUnitNameSql(unitId: SQL): SQL {
  return sql`(select cu.name from org_unit_versions cu where cu.org_unit_id = ${unitId} and cu.valid_to is null limit 1)`;
}

/**
 * The current units `(id, rank)` ranked by name the Vietnamese way, read in the order of their sort-key index, so
 * that a list sorted by unit ranks each unit once instead of computing a key for every row.
 */
export function unitRanksSql(): SQL {
  return sql`(select org_unit_id as id, row_number() over (order by name_sort_key collate "C", org_unit_id) as rank
    from org_unit_versions where valid_to is null)`;
}

/** The current units `(id, name_sort_key)`, to be read in the order of their sort-key index (a list sorted by unit). */
export function unitsByNameSql(): SQL {
  return sql`(select org_unit_id as id, name_sort_key from org_unit_versions where valid_to is null)`;
}

/** The name a unit last had: its current one, or the one it had when it was dissolved (a scalar subquery). */
export function lastUnitNameSql(unitId: SQL): SQL {
  return sql`(select lv.name from org_unit_versions lv where lv.org_unit_id = ${unitId} order by lv.valid_from desc limit 1)`;
}

/** The condition that a unit type is a cell (`isCell` of org.rules, in SQL; the types are constants). */
export function isCellSql(type: SQL): SQL {
  return sql`${type} in (${sql.raw(cellTypes.map((t) => `'${t}'`).join(", "))})`;
}

/**
 * The units as they stood on a day, with the columns `id`, `name`, `type`, `parent_id` (a unit that did not exist
 * that day is not in it): for figures of a past period, which follow the tree of the period.
 */
export function unitsOnSql(day: string): SQL {
  return sql`(select org_unit_id as id, name, type, parent_id, name_sort_key from org_unit_versions
    where valid_from <= ${day}::date and (valid_to is null or valid_to > ${day}::date))`;
}
