import type { DisciplineListQuery } from "@dangvu/contract";
import { and, asc, count, desc, eq, inArray, isNull, ne, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../access/actor";
import { subtreeUnitIds } from "../../access/scope";
import type { Db, Tx } from "../../db/database";
import { disciplineActions, disciplineComplaints, inspectionCases } from "../../db/schema";
import { confidentialScope } from "./inspection.access";

export type DisciplineRow = typeof disciplineActions.$inferSelect;
export type ComplaintRow = typeof disciplineComplaints.$inferSelect;

export async function findDiscipline(db: Db, id: string): Promise<DisciplineRow | undefined> {
  const [row] = await db.select().from(disciplineActions).where(eq(disciplineActions.id, id));
  return row;
}

export async function insertDiscipline(tx: Tx, row: typeof disciplineActions.$inferInsert): Promise<void> {
  await tx.insert(disciplineActions).values(row);
}

/** Writes a change under the version read; false when someone changed the record meanwhile. */
export async function updateDiscipline(
  tx: Tx,
  id: string,
  version: number,
  patch: Partial<typeof disciplineActions.$inferInsert>,
): Promise<boolean> {
  const rows = await tx
    .update(disciplineActions)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(disciplineActions.id, id), eq(disciplineActions.version, version)))
    .returning({ id: disciplineActions.id });
  return rows.length === 1;
}

/** Whether a deciding unit already used a decision number in a year (another record than `exceptId`). */
export async function decisionNoTaken(
  db: Db,
  unitId: string,
  decisionNo: string,
  year: number,
  exceptId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: disciplineActions.id })
    .from(disciplineActions)
    .where(
      and(
        eq(disciplineActions.decidingUnitId, unitId),
        sql`lower(${disciplineActions.decisionNo}) = lower(${decisionNo})`,
        sql`extract(year from ${disciplineActions.decidedOn}) = ${year}`,
        ne(disciplineActions.id, exceptId),
      ),
    )
    .limit(1);
  return Boolean(row);
}

function listFilter(actor: Actor, q: DisciplineListQuery): SQL | undefined {
  const d = disciplineActions;
  const conditions: (SQL | undefined)[] = [confidentialScope(actor, sql`${d.decidingUnitId}`, null)];
  if (q.orgUnitId) conditions.push(sql`${d.decidingUnitId} in (${subtreeUnitIds(q.orgUnitId)})`);
  if (q.memberId) conditions.push(eq(d.memberId, q.memberId));
  if (q.year) conditions.push(sql`extract(year from coalesce(${d.decidedOn}, ${d.proposedOn})) = ${q.year}`);
  if (q.status) conditions.push(eq(d.status, q.status));
  if (q.form) conditions.push(sql`coalesce(${d.form}, ${d.proposedForm}) = ${q.form}`);
  return and(...conditions);
}

/** A page of the records the actor may read, newest first (by the decision, or the proposal while undecided). */
export async function listDisciplines(
  db: Db,
  actor: Actor,
  q: DisciplineListQuery,
): Promise<{ rows: DisciplineRow[]; total: number }> {
  const where = listFilter(actor, q);
  const rows = await db
    .select()
    .from(disciplineActions)
    .where(where)
    .orderBy(
      desc(sql`coalesce(${disciplineActions.decidedOn}, ${disciplineActions.proposedOn})`),
      asc(disciplineActions.id),
    )
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: count() }).from(disciplineActions).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function complaintsOf(db: Db, ids: readonly string[]): Promise<ComplaintRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(disciplineComplaints)
    .where(inArray(disciplineComplaints.disciplineId, [...ids]))
    .orderBy(asc(disciplineComplaints.level));
}

export async function insertComplaint(tx: Tx, row: typeof disciplineComplaints.$inferInsert): Promise<void> {
  await tx.insert(disciplineComplaints).values(row);
}

/** Resolves the pending complaint (the one without a result); false when there is none. */
export async function resolvePendingComplaint(
  tx: Tx,
  disciplineId: string,
  result: { result: string; resultOn: string; resultDecisionNo: string | null; note: string },
): Promise<boolean> {
  const rows = await tx
    .update(disciplineComplaints)
    .set(result)
    .where(and(eq(disciplineComplaints.disciplineId, disciplineId), isNull(disciplineComplaints.result)))
    .returning({ id: disciplineComplaints.id });
  return rows.length === 1;
}

/** The case a discipline may cite: its unit, state and the roles it is shared with. */
export async function caseFacts(db: Db, caseId: string) {
  const [row] = await db
    .select({
      orgUnitId: inspectionCases.orgUnitId,
      state: inspectionCases.state,
      sharedWithRoles: inspectionCases.sharedWithRoles,
    })
    .from(inspectionCases)
    .where(eq(inspectionCases.id, caseId));
  return row;
}
