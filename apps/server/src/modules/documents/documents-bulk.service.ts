import { randomUUID } from "node:crypto";
import type { Db, Tx } from "../../db/database";
import { ruleValueIn, ruleVersions } from "../../rules/settings";
import { paperUnit, termIn, termsOfUnits } from "../org";
import { documentCode, termKey } from "./documents.rules";
import type { DocumentNumber, NumberRequest } from "./documents.service";
import type { IssuerCodes } from "./documents.settings";
import { insertNumbers, lastNumbers } from "./documents-bulk.repo";

/**
 * Many numbers of one type of document at once, as `takeNumber` would give them one by one in the order of their
 * days of issue (ties in the order given): each register (issuer, type, term) goes on from its last number. For
 * records seeded in bulk (the demo's two years of reports), which no one else numbers meanwhile: it takes no lock,
 * and every request must be issued after the register's last number. Returns the numbers in the requests' order.
 */
export async function takeNumbers(
  tx: Tx,
  typeCode: string,
  requests: readonly Omit<NumberRequest, "typeCode">[],
): Promise<DocumentNumber[]> {
  if (requests.length === 0) return [];
  const issuers = [...new Set(requests.map((r) => r.issuerUnitId))];
  const db = tx as unknown as Db;
  const types = new Map<string, string>();
  for (const id of issuers) types.set(id, (await paperUnit(tx, id)).type);
  const codes = await ruleVersions<IssuerCodes>(db, "documents.issuerCodes");
  const terms = await termsOfUnits(tx, issuers);
  const last = await lastNumbers(tx, issuers, typeCode);
  const order = requests
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.issuedOn.localeCompare(b.r.issuedOn) || a.i - b.i);
  const out: DocumentNumber[] = new Array(requests.length);
  const rows: Parameters<typeof insertNumbers>[1] = [];
  const now = new Date();
  for (const { r, i } of order) {
    const term = termIn(terms, r.issuerUnitId, r.issuedOn);
    const register = `${r.issuerUnitId}|${termKey(term)}`;
    const number = (last.get(register) ?? 0) + 1;
    last.set(register, number);
    const issuer = ruleValueIn(codes, r.issuedOn)[types.get(r.issuerUnitId) ?? ""] ?? "CB";
    const code = documentCode(number, typeCode, issuer);
    rows.push({
      id: randomUUID(),
      issuerUnitId: r.issuerUnitId,
      typeCode,
      termKey: termKey(term),
      termName: term?.name ?? null,
      number,
      code,
      issuedOn: r.issuedOn,
      subjectType: r.subject.type,
      subjectId: r.subject.id,
      createdAt: now,
    });
    out[i] = { number, code, issuedOn: r.issuedOn, termName: term?.name ?? null, fresh: true };
  }
  await insertNumbers(tx, rows);
  return out;
}
