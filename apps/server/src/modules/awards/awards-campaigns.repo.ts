import { and, eq, type SQL, sql } from "drizzle-orm";
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

/** Campaigns matching `where` (over `k`), the latest first, with their unit's name and commendations proposed. */
export async function listCampaigns(db: Db, where: SQL): Promise<ListedCampaign[]> {
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
