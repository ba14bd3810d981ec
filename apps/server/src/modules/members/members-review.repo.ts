import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";
import { officialCellOn, onMemberListSql } from "./members-shared.repo";

/** A member as a review cycle needs them: their cell on the cycle's day, the exemption and the admission date. */
export interface ReviewedMember {
  id: string;
  fullName: string;
  cellId: string;
  isExempt: boolean;
  admittedOn: string | null;
}

/**
 * The members on the list (probationary or full) whose official cell on `referenceDate` is one of `units` (a
 * subquery of unit ids), admitted by that day: the members a review cycle judged on that day takes (domain.md §5.4).
 */
export async function membersForReview(db: Db, units: SQL, referenceDate: string): Promise<ReviewedMember[]> {
  const cell = officialCellOn(sql`m.id`, sql`${referenceDate}::date`);
  const result = await db.execute(sql`select * from (select m.id, m.full_name as "fullName", ${cell} as "cellId",
      m.is_exempt as "isExempt", m.admission_decided_on::text as "admittedOn"
    from members m where ${onMemberListSql(sql`m.status`)}
      and (m.admission_decided_on is null or m.admission_decided_on <= ${referenceDate}::date)) r
    where r."cellId" in (${units})`);
  return rowsOf<ReviewedMember>(result);
}
