import { type SQL, sql } from "drizzle-orm";
import { inResolvedScope } from "../../access/scope";
import type { Db } from "../../db/database";
import { rowsOf } from "../../db/sql";
import { memberSummariesSql, onMemberListSql, unitRosterSql } from "../members";
import { lastUnitNameSql } from "../org";

/** A member on a cell's list, with their registration in force (if any) and whether the year's comment was asked. */
export interface RosterResidence {
  memberId: string;
  memberName: string;
  registrationId: string | null;
  case: string | null;
  requested: boolean;
}

/** The members on a cell's list today, in Vietnamese name order, with their residence state for a year. */
export async function cellRosterResidence(db: Db, cellId: string, year: number): Promise<RosterResidence[]> {
  const result = await db.execute(sql`select m.id as "memberId", m.full_name as "memberName",
      g.id as "registrationId", g."case",
      exists (select 1 from residence_comment_requests r where r.member_id = m.id and r.year = ${year}) as requested
    from ${unitRosterSql(sql`${cellId}::uuid`)} m
    left join residence_registrations g on g.member_id = m.id and g.ended_on is null
    order by m.name_sort_key collate "C", m.id`);
  return rowsOf<RosterResidence>(result);
}

export interface FollowUpRow {
  memberId: string;
  memberName: string;
  orgUnitId: string;
  orgUnitName: string;
  status: string;
  residenceOrgName: string | null;
  address: string | null;
  lastEndedOn: string | null;
}

export type FollowUpFilter =
  | { missing: "unregistered"; excludeExempt: boolean }
  | { missing: "unrequested"; year: number };

/**
 * Members on the list in a resolved scope who lack something at their residence: a registration in force
 * (`unregistered`), or, registered in the normal case, this year's comment request (`unrequested`). By cell, then name.
 */
export async function followUpMembers(db: Db, scope: string[] | "all", filter: FollowUpFilter): Promise<FollowUpRow[]> {
  const parts: SQL[] = [inResolvedScope(sql`m.org_unit_id`, scope), onMemberListSql(sql`m.status`)];
  let join = sql``;
  if (filter.missing === "unregistered") {
    parts.push(sql`g.id is null`);
    if (filter.excludeExempt) parts.push(sql`not m.is_exempt`);
    join = sql`left join residence_registrations g on g.member_id = m.id and g.ended_on is null`;
  } else {
    join = sql`join residence_registrations g on g.member_id = m.id and g.ended_on is null and g."case" = 'normal'`;
    parts.push(
      sql`not exists (select 1 from residence_comment_requests r where r.member_id = m.id and r.year = ${filter.year})`,
    );
  }
  const result = await db.execute(sql`select * from (select m.id as "memberId", m.full_name as "memberName",
      m.org_unit_id as "orgUnitId", ${lastUnitNameSql(sql`m.org_unit_id`)} as "orgUnitName", m.status,
      g.residence_org_name as "residenceOrgName", g.address,
      (select max(e.ended_on)::text from residence_registrations e where e.member_id = m.id) as "lastEndedOn",
      m.name_sort_key
    from ${memberSummariesSql()} m ${join}
    where ${sql.join(parts, sql` and `)}) f
    order by vi_sort_key(f."orgUnitName") collate "C", f.name_sort_key collate "C", f."memberId"
    limit 20000`);
  return rowsOf<FollowUpRow & { name_sort_key?: string }>(result).map(({ name_sort_key: _, ...row }) => row);
}
