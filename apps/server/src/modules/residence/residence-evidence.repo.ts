import { sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";

/** The residence cell's comment on a member for a year, once received (for the member's annual review). */
export async function residenceCommentOfYear(db: Db, memberId: string, year: number) {
  const result =
    await db.execute(sql`select assessment, comment_text as "commentText", received_on::text as "receivedOn"
    from residence_comment_requests
    where member_id = ${memberId} and year = ${year} and status = 'received' and assessment is not null
    order by received_on desc nulls last limit 1`);
  return rowsOf<{ assessment: string; commentText: string | null; receivedOn: string | null }>(result)[0] ?? null;
}
