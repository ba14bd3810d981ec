import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../access/actor";
import { subtreeUnitIds } from "../../access/scope";
import type { Db, Tx } from "../../db/database";
import { inspectionCases, inspectionProgrammeItems, inspectionProgrammes } from "../../db/schema";
import { rowsOf } from "../../db/sql";
import { lastUnitNameSql } from "../org";
import { confidentialScope } from "./inspection.access";

export type ProgrammeRow = typeof inspectionProgrammes.$inferSelect;
export type ItemRow = typeof inspectionProgrammeItems.$inferSelect;
export interface ListedProgramme extends ProgrammeRow {
  orgUnitName: string;
}
/** An item with the case that carries it out, if one was opened. */
export interface ItemWithCase extends ItemRow {
  caseId: string | null;
  caseState: string | null;
}

const listedSelect = sql`select p.id, p.org_unit_id as "orgUnitId", p.year, p.body, p.title, p.decision_no as "decisionNo",
  p.approved_on::text as "approvedOn", p.version, p.created_at as "createdAt",
  ${lastUnitNameSql(sql`p.org_unit_id`)} as "orgUnitName" from inspection_programmes p`;

/**
 * The programmes the actor may see (the inspection committee's work is confidential: `confidentialScope`, no roles
 * shared on a programme), in a unit's subtree and of a year when asked, newest year first.
 */
export async function listProgrammes(
  db: Db,
  actor: Actor,
  filter: { orgUnitId?: string; year?: number },
): Promise<ListedProgramme[]> {
  const where: SQL[] = [confidentialScope(actor, sql`p.org_unit_id`, null)];
  if (filter.orgUnitId) where.push(sql`p.org_unit_id in (${subtreeUnitIds(filter.orgUnitId)})`);
  if (filter.year) where.push(sql`p.year = ${filter.year}`);
  const result = await db.execute(
    sql`${listedSelect} where ${sql.join(where, sql` and `)} order by p.year desc, "orgUnitName", p.body, p.id`,
  );
  return rowsOf<ListedProgramme>(result);
}

export async function findProgramme(db: Db, id: string): Promise<ListedProgramme | undefined> {
  const result = await db.execute(sql`${listedSelect} where p.id = ${id}`);
  return rowsOf<ListedProgramme>(result)[0];
}

/** The programme of the same unit, year and body, if there is one. */
export async function findSame(db: Db, orgUnitId: string, year: number, body: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: inspectionProgrammes.id })
    .from(inspectionProgrammes)
    .where(
      and(
        eq(inspectionProgrammes.orgUnitId, orgUnitId),
        eq(inspectionProgrammes.year, year),
        eq(inspectionProgrammes.body, body),
      ),
    );
  return row?.id;
}

/** Inserts a programme; false when one of the same unit, year and body got there first. */
export async function insertProgramme(tx: Tx, row: ProgrammeRow): Promise<boolean> {
  const inserted = await tx
    .insert(inspectionProgrammes)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: inspectionProgrammes.id });
  return inserted.length > 0;
}

/** Applies changes when the version is still `version`; false when someone changed it first. */
export async function updateProgramme(
  tx: Tx,
  id: string,
  version: number,
  changes: Partial<ProgrammeRow>,
): Promise<boolean> {
  const updated = await tx
    .update(inspectionProgrammes)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(inspectionProgrammes.id, id), eq(inspectionProgrammes.version, version)))
    .returning({ id: inspectionProgrammes.id });
  return updated.length > 0;
}

/** Marks a programme changed (an item added, changed or removed) so that concurrent editors see a new version. */
export async function touchProgramme(tx: Tx, id: string): Promise<void> {
  await tx
    .update(inspectionProgrammes)
    .set({ version: sql`${inspectionProgrammes.version} + 1` })
    .where(eq(inspectionProgrammes.id, id));
}

/** The items of programmes, by month, each with its case. */
export async function itemsOf(db: Db, programmeIds: readonly string[]): Promise<ItemWithCase[]> {
  if (programmeIds.length === 0) return [];
  const rows = await db
    .select({ item: inspectionProgrammeItems, caseId: inspectionCases.id, caseState: inspectionCases.state })
    .from(inspectionProgrammeItems)
    .leftJoin(inspectionCases, eq(inspectionCases.programmeItemId, inspectionProgrammeItems.id))
    .where(inArray(inspectionProgrammeItems.programmeId, [...programmeIds]))
    .orderBy(inspectionProgrammeItems.month, inspectionProgrammeItems.createdAt, inspectionProgrammeItems.id);
  return rows.map((r) => ({ ...r.item, caseId: r.caseId, caseState: r.caseState }));
}

export async function findItem(db: Db, itemId: string): Promise<ItemWithCase | undefined> {
  const [row] = await db
    .select({ item: inspectionProgrammeItems, caseId: inspectionCases.id, caseState: inspectionCases.state })
    .from(inspectionProgrammeItems)
    .leftJoin(inspectionCases, eq(inspectionCases.programmeItemId, inspectionProgrammeItems.id))
    .where(eq(inspectionProgrammeItems.id, itemId));
  return row ? { ...row.item, caseId: row.caseId, caseState: row.caseState } : undefined;
}

export async function insertItem(tx: Tx, row: ItemRow): Promise<void> {
  await tx.insert(inspectionProgrammeItems).values(row);
}

export async function updateItem(tx: Tx, itemId: string, changes: Partial<ItemRow>): Promise<void> {
  await tx.update(inspectionProgrammeItems).set(changes).where(eq(inspectionProgrammeItems.id, itemId));
}

export async function deleteItem(tx: Tx, itemId: string): Promise<void> {
  await tx.delete(inspectionProgrammeItems).where(eq(inspectionProgrammeItems.id, itemId));
}
