import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/database";
import { documentNumbers } from "../../db/schema";

export type DocumentNumberRow = typeof documentNumbers.$inferSelect;

/** The number a record already holds for a type of document, if any. */
export async function findNumber(
  db: Db | Tx,
  subjectType: string,
  subjectId: string,
  typeCode: string,
): Promise<DocumentNumberRow | undefined> {
  const [row] = await db
    .select()
    .from(documentNumbers)
    .where(
      and(
        eq(documentNumbers.subjectType, subjectType),
        eq(documentNumbers.subjectId, subjectId),
        eq(documentNumbers.typeCode, typeCode),
      ),
    );
  return row;
}

export interface NewNumber {
  issuerUnitId: string;
  typeCode: string;
  termKey: string;
  termName: string | null;
  issuedOn: string;
  subjectType: string;
  subjectId: string;
}

/**
 * Takes the register's next number inside the caller's transaction. A transaction-level advisory lock on the register
 * makes parallel requests (several app servers) wait their turn, so no number is given twice or skipped. A record
 * that got its number while this request waited (the same document asked for twice at once) keeps it: `fresh` false.
 */
export async function insertNextNumber(
  tx: Tx,
  entry: NewNumber,
  code: (number: number) => string,
): Promise<{ row: DocumentNumberRow; fresh: boolean }> {
  const register = `${entry.issuerUnitId}/${entry.typeCode}/${entry.termKey}`;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`document-register:${register}`}))`);
  const held = await findNumber(tx, entry.subjectType, entry.subjectId, entry.typeCode);
  if (held) return { row: held, fresh: false };
  const [last] = await tx
    .select({ number: sql<number>`coalesce(max(${documentNumbers.number}), 0)::int` })
    .from(documentNumbers)
    .where(
      and(
        eq(documentNumbers.issuerUnitId, entry.issuerUnitId),
        eq(documentNumbers.typeCode, entry.typeCode),
        eq(documentNumbers.termKey, entry.termKey),
      ),
    );
  const number = (last?.number ?? 0) + 1;
  const [row] = await tx
    .insert(documentNumbers)
    .values({ id: randomUUID(), ...entry, number, code: code(number), createdAt: new Date() })
    .returning();
  return { row: row as DocumentNumberRow, fresh: true };
}
