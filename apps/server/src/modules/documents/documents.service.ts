import type { Db, Tx } from "../../db/database";
import { ruleValue } from "../../rules/settings";
import { paperUnit, termOn } from "../org";
import * as repo from "./documents.repo";
import { documentCode, termKey } from "./documents.rules";
import type { IssuerCodes } from "./documents.settings";

/** A number as printed on a document, with the register it came from. */
export interface DocumentNumber {
  number: number;
  /** "05-GM/CB" */
  code: string;
  issuedOn: string;
  termName: string | null;
  /** Taken by this request; false when the record already held it (asked again, or twice at the same moment). */
  fresh: boolean;
}

export interface NumberRequest {
  issuerUnitId: string;
  /** The type of document: GM (giấy mời), BB (biên bản), BC (báo cáo) … (domain.md §8.2). */
  typeCode: string;
  issuedOn: string;
  /** The record the document is about; it keeps its number, whoever asks again. */
  subject: { type: string; id: string };
}

/**
 * The number of a document from its issuer's register for its type and term (nhiệm kỳ): 01, 02 … in the order issued,
 * started afresh in each term and never reused (HD 36-HD/VPTW mục II.1.3). The same record asking again gets its
 * number back. Runs inside the caller's transaction, which writes the audit event.
 */
export async function takeNumber(tx: Tx, request: NumberRequest): Promise<DocumentNumber> {
  const held = await repo.findNumber(tx, request.subject.type, request.subject.id, request.typeCode);
  if (held) return toNumber(held, false);
  const issuer = await issuerCode(tx, request.issuerUnitId, request.issuedOn);
  const term = await termOn(tx, request.issuerUnitId, request.issuedOn);
  const { row, fresh } = await repo.insertNextNumber(
    tx,
    {
      issuerUnitId: request.issuerUnitId,
      typeCode: request.typeCode,
      termKey: termKey(term),
      termName: term?.name ?? null,
      issuedOn: request.issuedOn,
      subjectType: request.subject.type,
      subjectId: request.subject.id,
    },
    (number) => documentCode(number, request.typeCode, issuer),
  );
  return toNumber(row, fresh);
}

/** The code a unit's numbers carry after the slash ("ĐU", "CB"), by its type, from the rule setting of the day. */
export async function issuerCode(db: Db | Tx, unitId: string, on: string): Promise<string> {
  const unit = await paperUnit(db, unitId);
  const codes = await ruleValue<IssuerCodes>(db, "documents.issuerCodes", on);
  return codes[unit.type] ?? "CB";
}

/** The number a record holds for a type of document, or null before one is issued. */
export async function numberOf(
  db: Db,
  subject: { type: string; id: string },
  typeCode: string,
): Promise<DocumentNumber | null> {
  const row = await repo.findNumber(db, subject.type, subject.id, typeCode);
  return row ? toNumber(row, false) : null;
}

function toNumber(row: repo.DocumentNumberRow, fresh: boolean): DocumentNumber {
  return { number: row.number, code: row.code, issuedOn: row.issuedOn, termName: row.termName, fresh };
}
