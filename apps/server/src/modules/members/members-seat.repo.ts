import { sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";
import type { MemberOn } from "../../platform/module";
import { officialCellOn } from "./members-shared.repo";

/**
 * A member as the org module needs to know them to seat them on a committee on a date (the registry's `memberOn`):
 * the name, the official cell that day, and whether they were a full member that day (recognised by then and not
 * yet out of the Party).
 */
export const memberOn: MemberOn = async (db: Db, memberId: string, on: string) => {
  const result = await db.execute(sql`select m.full_name as "fullName",
      ${officialCellOn(sql`m.id`, sql`${on}::date`)} as "officialUnitId",
      (m.full_membership_on is not null and m.full_membership_on <= ${on}::date
        and (m.exited_on is null or m.exited_on > ${on}::date)) as "isFull"
    from members m where m.id = ${memberId}`);
  return rowsOf<{ fullName: string; officialUnitId: string | null; isFull: boolean }>(result)[0];
};
