import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { committeePositions, terms } from "../../db/schema";

export type TermRow = typeof terms.$inferSelect;
export type PositionRow = typeof committeePositions.$inferSelect;

/** The terms of a unit, oldest first. */
export function listTerms(db: Db, orgUnitId: string): Promise<TermRow[]> {
  return db.select().from(terms).where(eq(terms.orgUnitId, orgUnitId)).orderBy(asc(terms.startsOn));
}

/** A term of this unit, or undefined (a term of another unit does not count). */
export async function findTermOfUnit(db: Db, termId: string, orgUnitId: string): Promise<TermRow | undefined> {
  const [term] = await db
    .select()
    .from(terms)
    .where(and(eq(terms.id, termId), eq(terms.orgUnitId, orgUnitId)));
  return term;
}

export async function insertTerm(db: Db, term: typeof terms.$inferInsert) {
  await db.insert(terms).values(term);
}

/** Every committee position of a unit, earliest start first. */
export function listPositions(db: Db, orgUnitId: string): Promise<PositionRow[]> {
  return db
    .select()
    .from(committeePositions)
    .where(eq(committeePositions.orgUnitId, orgUnitId))
    .orderBy(asc(committeePositions.startsOn));
}

export async function findPosition(db: Db, id: string): Promise<PositionRow | undefined> {
  const [row] = await db.select().from(committeePositions).where(eq(committeePositions.id, id));
  return row;
}

export async function insertPosition(db: Db, position: typeof committeePositions.$inferInsert) {
  await db.insert(committeePositions).values(position);
}

export async function endPosition(db: Db, id: string, endsOn: string) {
  await db.update(committeePositions).set({ endsOn }).where(eq(committeePositions.id, id));
}
