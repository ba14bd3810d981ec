import type { CaseState } from "@dangvu/contract";
import { type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../access/actor";
import { scopeUnitIds } from "../../access/scope";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";
import { lastUnitNameSql } from "../org";

/**
 * Open cases whose current step falls due by `horizon` (or is late), in the units of `units` where the actor holds
 * `inspection.read`: a role a case is shared with reads the case, but is not reminded of it.
 */
export async function casesComingDue(db: Db, actor: Actor, units: SQL, horizon: string) {
  const readable = sql`select id from (${units}) u where id in (${scopeUnitIds(actor, "inspection.read")})`;
  const result = await db.execute(sql`select c.id, c.org_unit_id as "orgUnitId",
      ${lastUnitNameSql(sql`c.org_unit_id`)} as "orgUnitName", c.decision_no as "decisionNo", c.state,
      c.step_due_on::text as "stepDueOn"
    from inspection_cases c
    where c.org_unit_id in (${readable}) and c.state <> 'closed' and c.step_due_on <= ${horizon}::date
    order by c.step_due_on`);
  return rowsOf<{ orgUnitId: string; orgUnitName: string; decisionNo: string; state: CaseState; stepDueOn: string }>(
    result,
  );
}
