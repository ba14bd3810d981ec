import { sql } from "drizzle-orm";
import { bulkInsert } from "../../db/bulk";
import type { Db, Tx } from "../../db/database";
import { documentNumbers } from "../../db/schema";
import { rowsOf } from "../../db/sql";

/** The last number of each register of the given issuers for a type, keyed `${issuerUnitId}|${termKey}`. */
export async function lastNumbers(db: Db | Tx, issuerIds: readonly string[], typeCode: string) {
  const result = await db.execute(sql`select issuer_unit_id as issuer, term_key as term, max(number)::int as n
    from document_numbers where type_code = ${typeCode} and issuer_unit_id = any(${`{${issuerIds.join(",")}}`}::uuid[])
    group by issuer_unit_id, term_key`);
  return new Map(
    rowsOf<{ issuer: string; term: string; n: number }>(result).map((r) => [`${r.issuer}|${r.term}`, r.n]),
  );
}

/** Writes numbers already taken in order (one statement per batch). */
export async function insertNumbers(tx: Db | Tx, rows: (typeof documentNumbers.$inferInsert)[]): Promise<void> {
  await bulkInsert(tx as Db, documentNumbers, rows);
}
