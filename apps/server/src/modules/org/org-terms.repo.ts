import { sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/database";
import { rowsOf } from "../../db/sql";

/** A unit's term (nhiệm kỳ): from its first day up to, not including, the day it ended (null while it runs). */
export interface UnitTerm {
  id: string;
  unitId: string;
  name: string;
  startsOn: string;
  endsOn: string | null;
}

/** Every term of the given units, in one query: for numbering many documents at once (termOn for each, in memory). */
export async function termsOfUnits(db: Db | Tx, unitIds: readonly string[]): Promise<UnitTerm[]> {
  if (unitIds.length === 0) return [];
  const result = await db.execute(sql`select id, org_unit_id as "unitId", name, starts_on::text as "startsOn",
      ends_on::text as "endsOn" from terms where org_unit_id = any(${`{${unitIds.join(",")}}`}::uuid[])`);
  return rowsOf<UnitTerm>(result);
}

/** The term in force on a day among a unit's terms, as termOn picks it (the latest started); undefined when none. */
export function termIn(terms: readonly UnitTerm[], unitId: string, on: string): UnitTerm | undefined {
  return terms
    .filter((t) => t.unitId === unitId && t.startsOn <= on && (!t.endsOn || t.endsOn > on))
    .sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0];
}
