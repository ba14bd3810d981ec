import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/database";
import { orgUnits } from "../../db/schema";
import { rowsOf } from "../../db/sql";

/** What the org module lends to the papers other modules print: the issuing unit, its place, term and signer. */

export interface PaperUnit {
  name: string;
  type: string;
  parentName: string | null;
  /** The unit's own place name or, when it has none, its nearest ancestor's; null when none is set. */
  locality: string | null;
}

/** The unit as it last stood (name, type, parent's name) with the place name its papers are dated from. */
export async function paperUnit(db: Db | Tx, unitId: string): Promise<PaperUnit> {
  const result = await db.execute(sql`with recursive up(id, depth) as (
      select ${unitId}::uuid, 0
      union all
      select v.parent_id, up.depth + 1 from up join org_unit_versions v on v.org_unit_id = up.id and v.valid_to is null
      where v.parent_id is not null and up.depth < 50)
    select v.name, v.type,
      (select p.name from org_unit_versions p where p.org_unit_id = v.parent_id and p.valid_to is null limit 1) as "parentName",
      (select u.locality from up join org_units u on u.id = up.id where u.locality is not null order by up.depth limit 1) as locality
    from org_unit_versions v where v.org_unit_id = ${unitId} order by v.valid_from desc limit 1`);
  return rowsOf<PaperUnit>(result)[0] ?? { name: "", type: "", parentName: null, locality: null };
}

/** The term (nhiệm kỳ) of a unit in force on a date: from its start up to, not including, its end. */
export async function termOn(
  db: Db | Tx,
  unitId: string,
  on: string,
): Promise<{ id: string; name: string } | undefined> {
  const result = await db.execute(sql`select id, name from terms where org_unit_id = ${unitId}
    and starts_on <= ${on}::date and (ends_on is null or ends_on > ${on}::date) order by starts_on desc limit 1`);
  return rowsOf<{ id: string; name: string }>(result)[0];
}

/** Who signs for a unit on a date: its bí thư, or failing one its phó bí thư; undefined when neither is recorded. */
export async function signerOn(
  db: Db | Tx,
  unitId: string,
  on: string,
): Promise<{ kind: "secretary" | "deputy_secretary"; name: string } | undefined> {
  const result = await db.execute(sql`select kind, holder_name as name from committee_positions
    where org_unit_id = ${unitId} and kind in ('secretary', 'deputy_secretary')
      and starts_on <= ${on}::date and (ends_on is null or ends_on > ${on}::date)
    order by case kind when 'secretary' then 0 else 1 end, starts_on desc limit 1`);
  return rowsOf<{ kind: "secretary" | "deputy_secretary"; name: string }>(result)[0];
}

/** Sets a unit's place name if its version is still `expected`, bumping the version; false when it is stale. */
export async function setLocality(
  db: Db | Tx,
  id: string,
  expected: number,
  locality: string | null,
): Promise<boolean> {
  const rows = await db
    .update(orgUnits)
    .set({ locality, version: sql`${orgUnits.version} + 1` })
    .where(and(eq(orgUnits.id, id), eq(orgUnits.version, expected)))
    .returning({ id: orgUnits.id });
  return rows.length === 1;
}
