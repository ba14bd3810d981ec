import { and, eq, type SQL, sql } from "drizzle-orm";
import { inResolvedScope } from "../../access/scope";
import type { Db } from "../../db/database";
import { awardCampaigns } from "../../db/schema";
import { rowsOf } from "../../db/sql";
import { lastUnitNameSql } from "../org";

export type CampaignRow = typeof awardCampaigns.$inferSelect;
export interface ListedCampaign extends CampaignRow {
  orgUnitName: string;
  commendations: number;
}

export async function findCampaign(db: Db, id: string): Promise<CampaignRow | undefined> {
  const [row] = await db.select().from(awardCampaigns).where(eq(awardCampaigns.id, id));
  return row;
}

/** Campaigns of the units in scope and of the units `above` them (or one by id), overlapping a year, latest first. */
export async function listCampaigns(
  db: Db,
  filter: { scope: string[] | "all"; above?: readonly string[]; year?: number; id?: string },
): Promise<ListedCampaign[]> {
  const above = filter.above?.length ? sql` or k.org_unit_id = any(${`{${filter.above.join(",")}}`}::uuid[])` : sql``;
  const parts: SQL[] = [sql`(${inResolvedScope(sql`k.org_unit_id`, filter.scope)}${above})`];
  if (filter.id) parts.push(sql`k.id = ${filter.id}`);
  if (filter.year)
    parts.push(sql`k.starts_on <= ${`${filter.year}-12-31`}::date and k.ends_on >= ${`${filter.year}-01-01`}::date`);
  const where = sql.join(parts, sql` and `);
  const result =
    await db.execute(sql`select k.id, k.org_unit_id as "orgUnitId", k.name, k.starts_on::text as "startsOn",
      k.ends_on::text as "endsOn", k.criteria, k.version, k.created_at as "createdAt",
      ${lastUnitNameSql(sql`k.org_unit_id`)} as "orgUnitName",
      (select count(*)::int from commendations c where c.campaign_id = k.id) as commendations
    from award_campaigns k where ${where} order by k.starts_on desc, k.name limit 500`);
  return rowsOf<ListedCampaign>(result);
}

export async function insertCampaign(db: Db, row: CampaignRow) {
  await db.insert(awardCampaigns).values(row);
}

export async function updateCampaign(db: Db, id: string, version: number, changes: Partial<CampaignRow>) {
  const rows = await db
    .update(awardCampaigns)
    .set({ ...changes, version: sql`${awardCampaigns.version} + 1` })
    .where(and(eq(awardCampaigns.id, id), eq(awardCampaigns.version, version)))
    .returning({ id: awardCampaigns.id });
  return rows.length === 1;
}

export async function deleteCampaign(db: Db, id: string) {
  await db.delete(awardCampaigns).where(eq(awardCampaigns.id, id));
}
