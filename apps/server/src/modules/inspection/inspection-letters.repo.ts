import { and, eq, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../access/actor";
import { subtreeUnitIds } from "../../access/scope";
import type { Db } from "../../db/database";
import { inspectionLetters } from "../../db/schema";
import { matchesUnaccented, rowsOf } from "../../db/sql";
import { lastUnitNameSql } from "../org";
import { confidentialScope } from "./inspection.access";

export type LetterRow = typeof inspectionLetters.$inferSelect;

/** A letter as lists show it: its columns and its unit's name. */
export interface ListedLetter {
  id: string;
  orgUnitId: string;
  orgUnitName: string;
  receivedOn: string;
  kind: string;
  identity: string;
  senderName: string | null;
  summary: string;
  status: string;
  dueOn: string | null;
  caseId: string | null;
}

/** What a list of letters is narrowed to: what the actor may read, a subtree, and the filters asked. */
export interface LetterFilter {
  actor: Actor;
  today: string;
  orgUnitId?: string;
  year?: number;
  kind?: string;
  status?: string;
  overdue?: "true" | "false";
  q?: string;
}

const open = sql`l.status in ('received', 'in_progress')`;

function whereOf(f: LetterFilter): SQL {
  // The units where the actor holds inspection.read, or under a grant of a role the letter names.
  const parts: SQL[] = [confidentialScope(f.actor, sql`l.org_unit_id`, sql`l.shared_with_roles`)];
  if (f.orgUnitId) parts.push(sql`l.org_unit_id in (${subtreeUnitIds(f.orgUnitId)})`);
  if (f.year) parts.push(sql`extract(year from l.received_on)::int = ${f.year}`);
  if (f.kind) parts.push(sql`l.kind = ${f.kind}`);
  if (f.status) parts.push(sql`l.status = ${f.status}`);
  const late = sql`(${open} and l.due_on < ${f.today}::date)`;
  if (f.overdue === "true") parts.push(late);
  if (f.overdue === "false") parts.push(sql`not ${late}`);
  if (f.q) {
    const sender = matchesUnaccented(sql`coalesce(l.sender_name, '')`, f.q);
    parts.push(sql`(${matchesUnaccented(sql`l.summary`, f.q)} or ${sender})`);
  }
  return sql.join(parts, sql` and `);
}

/** One page of letters matching the filter (all when `page` is null), the latest received first, with the total. */
export async function listLetters(
  db: Db,
  filter: LetterFilter,
  page: { page: number; pageSize: number } | null,
): Promise<{ rows: ListedLetter[]; total: number }> {
  const where = whereOf(filter);
  const limit = page ? sql`limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}` : sql``;
  const [rows, count] = await Promise.all([
    db.execute(sql`select l.id, l.org_unit_id as "orgUnitId", ${lastUnitNameSql(sql`l.org_unit_id`)} as "orgUnitName",
      l.received_on::text as "receivedOn", l.kind, l.identity, l.sender_name as "senderName", l.summary, l.status,
      l.due_on::text as "dueOn", l.case_id as "caseId"
      from inspection_letters l where ${where}
      order by l.received_on desc, l.created_at desc, l.id ${limit}`),
    db.execute(sql`select count(*)::int as n from inspection_letters l where ${where}`),
  ]);
  return { rows: rowsOf<ListedLetter>(rows), total: rowsOf<{ n: number }>(count)[0]?.n ?? 0 };
}

export async function findLetter(db: Db, id: string): Promise<LetterRow | undefined> {
  const [row] = await db.select().from(inspectionLetters).where(eq(inspectionLetters.id, id));
  return row;
}

export async function insertLetter(db: Db, row: typeof inspectionLetters.$inferInsert) {
  await db.insert(inspectionLetters).values(row);
}

/** Changes a letter if it still has the version read; false when someone changed it meanwhile. */
export async function updateLetter(db: Db, id: string, version: number, changes: Partial<LetterRow>): Promise<boolean> {
  const rows = await db
    .update(inspectionLetters)
    .set({ ...changes, version: sql`${inspectionLetters.version} + 1` })
    .where(and(eq(inspectionLetters.id, id), eq(inspectionLetters.version, version)))
    .returning({ id: inspectionLetters.id });
  return rows.length === 1;
}

/**
 * Letters still to resolve due on or before `until`, in the units given (SQL of ids) where the actor holds
 * `inspection.read` (a role a letter names does not bring its reminders), earliest deadline first.
 */
export async function lettersComingDue(db: Db, actor: Actor, units: SQL, until: string) {
  const result = await db.execute(sql`select l.id, l.org_unit_id as "orgUnitId",
      ${lastUnitNameSql(sql`l.org_unit_id`)} as "orgUnitName", l.received_on::text as "receivedOn",
      l.due_on::text as "dueOn"
    from inspection_letters l
    where ${open} and l.due_on is not null and l.due_on <= ${until}::date and l.org_unit_id in (${units})
      and ${confidentialScope(actor, sql`l.org_unit_id`, null)}
    order by l.due_on, l.received_on, l.id`);
  return rowsOf<{ id: string; orgUnitId: string; orgUnitName: string; receivedOn: string; dueOn: string }>(result);
}
