import { type SQL, sql } from "drizzle-orm";
import { subtreeHistory } from "../../access/scope";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";
import type { IndicatorQuery } from "../../platform/module";

/** Which commendations a figure counts: all, of a kind of recipient, of one form. */
export interface CommendationCount {
  recipientType?: "member" | "org";
  form?: string;
}

/**
 * Commendations decided in a period (by the decision's signing date) for members and organisations of a subtree,
 * counted where the recipient's unit stood on that date.
 */
export async function countCommendations(db: Db, query: IndicatorQuery, what: CommendationCount): Promise<number> {
  const { orgUnitId, from, to } = query;
  const filter: SQL[] = [sql`true`];
  if (what.recipientType) filter.push(sql`c.recipient_type = ${what.recipientType}`);
  if (what.form) filter.push(sql`c.form = ${what.form}`);
  const result = await db.execute(sql`with sub as (${subtreeHistory(orgUnitId, from, to)})
    select count(*)::int as n from commendations c join award_decisions d on d.id = c.decision_id
    where c.status = 'decided' and d.signed_on between ${from}::date and ${to}::date and ${sql.join(filter, sql` and `)}
      and exists (select 1 from sub s where s.id = c.org_unit_id and s.vf <= d.signed_on and d.signed_on < s.vt)`);
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}

/** Models registered (by registration date) or recognised (by recognition date) in a period in a subtree. */
export async function countModels(db: Db, query: IndicatorQuery, what: "registered" | "recognised"): Promise<number> {
  const { orgUnitId, from, to } = query;
  const day = what === "registered" ? sql`e.registered_on` : sql`e.recognised_on`;
  const filter = what === "registered" ? sql`true` : sql`e.status = 'recognised'`;
  const result = await db.execute(sql`with sub as (${subtreeHistory(orgUnitId, from, to)})
    select count(*)::int as n from emulation_models e
    where ${day} between ${from}::date and ${to}::date and ${filter}
      and exists (select 1 from sub s where s.id = e.org_unit_id and s.vf <= ${day} and ${day} < s.vt)`);
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}
