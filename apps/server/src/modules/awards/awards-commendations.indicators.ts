import { type SQL, sql } from "drizzle-orm";
import { subtreeHistory } from "../../access/scope";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";
import type { Indicator, IndicatorQuery } from "../../platform/module";
import { seededAwardForms } from "./awards-commendations.settings";

/**
 * Commendations decided in a period (by the decision's signing date) for members and organisations of a subtree,
 * counted where the recipient's unit stood on that date.
 */
async function countCommendations(db: Db, { orgUnitId, from, to }: IndicatorQuery, filter: SQL): Promise<number> {
  const result = await db.execute(sql`with sub as (${subtreeHistory(orgUnitId, from, to)})
    select count(*)::int as n from commendations c join award_decisions d on d.id = c.decision_id
    where c.status = 'decided' and d.signed_on between ${from}::date and ${to}::date and ${filter}
      and exists (select 1 from sub s where s.id = c.org_unit_id and s.vf <= d.signed_on and d.signed_on < s.vt)`);
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}

/** Models registered (by registration date) or recognised (by recognition date) in a period in a subtree. */
async function countModels(db: Db, { orgUnitId, from, to }: IndicatorQuery, day: SQL, filter: SQL): Promise<number> {
  const result = await db.execute(sql`with sub as (${subtreeHistory(orgUnitId, from, to)})
    select count(*)::int as n from emulation_models e
    where ${day} between ${from}::date and ${to}::date and ${filter}
      and exists (select 1 from sub s where s.id = e.org_unit_id and s.vf <= ${day} and ${day} < s.vt)`);
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}

const commendationIndicator = (id: string, vi: string, en: string, filter: SQL): Indicator => ({
  id,
  group: "awards",
  unit: "count",
  label: { vi, en },
  compute: (db, query) => countCommendations(db, query, filter),
});

/** The commendation and emulation figures of reports (issue 9 item 8). */
export const commendationIndicators: Indicator[] = [
  commendationIndicator("awards.commendations.total", "Khen thưởng (tổng số)", "Commendations (total)", sql`true`),
  commendationIndicator(
    "awards.commendations.collective",
    "Khen thưởng tập thể",
    "Commendations of organisations",
    sql`c.recipient_type = 'org'`,
  ),
  commendationIndicator(
    "awards.commendations.individual",
    "Khen thưởng cá nhân",
    "Commendations of members",
    sql`c.recipient_type = 'member'`,
  ),
  ...seededAwardForms.map((f) =>
    commendationIndicator(
      `awards.commendations.${f.code}`,
      `Khen thưởng: ${f.label}`,
      `Commendations: ${f.labelEn}`,
      sql`c.form = ${f.code}`,
    ),
  ),
  {
    id: "awards.models.registered",
    group: "awards",
    unit: "count",
    label: { vi: "Mô hình thi đua đăng ký", en: "Emulation models registered" },
    compute: (db, query) => countModels(db, query, sql`e.registered_on`, sql`true`),
  },
  {
    id: "awards.models.recognised",
    group: "awards",
    unit: "count",
    label: { vi: "Mô hình thi đua được công nhận", en: "Emulation models recognised" },
    compute: (db, query) => countModels(db, query, sql`e.recognised_on`, sql`e.status = 'recognised'`),
  },
];
