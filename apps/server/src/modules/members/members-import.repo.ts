import { sql } from "drizzle-orm";
import { scopeUnitIds } from "../../access/scope";
import type { Ctx } from "../../context";
import { bulkInsert } from "../../db/bulk";
import type { Db } from "../../db/database";
import { memberImportRows } from "../../db/schema";
import { rowsOf } from "../../db/sql";
import { currentUnitsSql, isCellSql } from "../org";

export interface UnitChoice {
  id: string;
  name: string;
  label: string;
}

/** The cells the actor may write members into, labelled "Chi bộ … — Đảng bộ …" so same-named cells stay apart. */
export async function cellLookup(ctx: Ctx): Promise<UnitChoice[]> {
  const result = await ctx.db.execute(sql`select v.id, v.name, coalesce(p.name, '') as "parentName"
    from ${currentUnitsSql()} v left join ${currentUnitsSql()} p on p.id = v.parent_id
    where ${isCellSql(sql`v.type`)} and v.id in (${scopeUnitIds(ctx.actor, "member.write")})
    order by p.name_sort_key collate "C", v.name_sort_key collate "C"`);
  return rowsOf<{ id: string; name: string; parentName: string }>(result).map((r) => ({
    id: r.id,
    name: r.name,
    label: r.parentName ? `${r.name} — ${r.parentName}` : r.name,
  }));
}

export type StagedRow = typeof memberImportRows.$inferInsert;

/** Writes a chunk of an import's rows into the staging table: one statement, autocommitted, so others pass between chunks. */
export async function stageRows(db: Db, rows: StagedRow[]) {
  await bulkInsert(db, memberImportRows, rows, rows.length || 1);
}

/** Clears an import's staged rows (when it ends, however it ends), and whatever an import that crashed left a day ago. */
export async function clearStaged(db: Db, jobId: string) {
  await db.execute(sql`delete from member_import_rows where job_id = ${jobId} or staged_at < now() - interval '1 day'`);
}

export interface StagedDuplicate {
  row: number;
  citizenId: string | null;
  /** The first row of the file with the same citizen ID, when it is an earlier one. */
  firstRow: number | null;
  citizenTaken: boolean;
  cardNumber: string | null;
  cardTaken: boolean;
}

/**
 * The staged rows whose identifiers repeat an earlier row of the file or one on record, checked in one statement:
 * a citizen ID against the members, a card number against the cards issued and the members' current cards.
 */
export async function stagedDuplicates(db: Db, jobId: string): Promise<StagedDuplicate[]> {
  const result = await db.execute(sql`with s as (
      select row, citizen_id, card_number,
        min(row) over (partition by citizen_id) as id_first,
        min(row) over (partition by card_number) as card_first
      from member_import_rows where job_id = ${jobId}),
    flagged as (
      select row, citizen_id, card_number,
        case when citizen_id is not null and id_first < row then id_first end as first_row,
        citizen_id is not null and id_first = row
          and exists (select 1 from members m where m.citizen_id = s.citizen_id) as citizen_taken,
        card_number is not null and (card_first < row
          or exists (select 1 from party_cards c where c.card_number = s.card_number)
          or exists (select 1 from members m where m.card_number = s.card_number)) as card_taken
      from s)
    select row, citizen_id as "citizenId", first_row as "firstRow", citizen_taken as "citizenTaken",
      card_number as "cardNumber", card_taken as "cardTaken"
    from flagged where first_row is not null or citizen_taken or card_taken order by row`);
  return rowsOf<StagedDuplicate>(result);
}

/**
 * Writes an import's staged rows as members, with their official membership, first card and "created" event, each
 * table in one `insert … select`, then clears the staging rows. Run inside the import's one transaction.
 */
export async function writeStaged(tx: Db, jobId: string, ctx: Ctx): Promise<number> {
  const staged = sql`from member_import_rows where job_id = ${jobId}`;
  const now = ctx.now.toISOString();
  const inserted = await tx.execute(sql`insert into members (id, full_name, name_sort_key, sex, birth_date, home_town,
      ethnicity, religion, citizen_id, general_education, professional_qualification, political_theory_level,
      occupation, job_title, phone, address, org_unit_id, status, admission_decision_no, admission_decided_on,
      first_admission_decided_on, ceremony_on, full_membership_on, card_number, created_at)
    select member_id, full_name, name_sort_key, sex, birth_date, home_town, ethnicity, religion, citizen_id,
      general_education, professional_qualification, political_theory_level, occupation, job_title, phone, address,
      org_unit_id, status, admission_decision_no, admission_decided_on, admission_decided_on, ceremony_on,
      full_membership_on, card_number, ${now}::timestamptz ${staged} order by row`);
  await tx.execute(sql`insert into memberships (id, member_id, org_unit_id, kind, valid_from)
    select gen_random_uuid(), member_id, org_unit_id, 'official', coalesce(admission_decided_on, ${ctx.today}::date)
    ${staged}`);
  await tx.execute(sql`insert into party_cards (id, member_id, card_number, issued_on, reason)
    select gen_random_uuid(), member_id, card_number, coalesce(full_membership_on, ${ctx.today}::date), 'first'
    ${staged} and card_number is not null`);
  await tx.execute(sql`insert into member_events (id, member_id, kind, occurred_on, org_unit_id, details, created_by,
      created_by_name, created_at)
    select gen_random_uuid(), member_id, 'created', ${ctx.today}::date, org_unit_id,
      jsonb_build_object('status', status, 'imported', true), ${ctx.actor.userId}::uuid, ${ctx.actor.displayName}, ${now}::timestamptz
    ${staged}`);
  await tx.execute(sql`delete ${staged}`);
  return affected(inserted);
}

function affected(result: unknown): number {
  const r = result as { affectedRows?: number; rowCount?: number | null };
  return r.rowCount ?? r.affectedRows ?? 0;
}
