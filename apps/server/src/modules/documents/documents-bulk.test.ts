import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { anOrgTree } from "../../../test/builders";
import { useTestApp } from "../../../test/harness";
import { terms } from "../../db/schema";
import { rowsOf } from "../../db/sql";
import { takeNumber } from "./documents.service";
import { takeNumbers } from "./documents-bulk.service";

const t = useTestApp();

interface Written {
  issuer: string;
  term: string;
  termName: string | null;
  number: number;
  code: string;
  on: string;
  subject?: string;
}

/** The registers as written: issuer, term, number, code, day and subject, in the registers' order. */
async function registers(typeCode: string): Promise<Written[]> {
  const result = await t.db.execute(sql`select issuer_unit_id as issuer, term_key as term, term_name as "termName",
      number, code, issued_on::text as on, subject_id as subject from document_numbers where type_code = ${typeCode}
    order by issuer_unit_id, term_key, number`);
  return rowsOf<Written>(result).map((r) => ({ ...r, term: r.term === "none" ? "none" : "term" }));
}

describe("takeNumbers: many numbers at once, as takeNumber gives them one by one", () => {
  it("numbers each register in the order of the days of issue, across a change of term, after its last number", async () => {
    const tree = await anOrgTree(t.db);
    await t.db.insert(terms).values([
      {
        id: randomUUID(),
        orgUnitId: tree.baseA,
        name: "Nhiệm kỳ 2020 - 2025",
        startsOn: "2020-06-01",
        endsOn: "2025-06-15",
      },
      { id: randomUUID(), orgUnitId: tree.baseA, name: "Nhiệm kỳ 2025 - 2030", startsOn: "2025-06-15", endsOn: null },
    ]);
    const days = ["2025-07-02", "2025-01-10", "2025-06-14", "2025-06-15", "2025-01-10", "2026-02-01"];
    const requests = days.flatMap((issuedOn, i) =>
      [tree.baseA, tree.cellA1, tree.gcell].map((issuerUnitId) => ({
        issuerUnitId,
        issuedOn,
        subject: { type: "report", id: randomUUID() },
        i,
      })),
    );
    // One by one in the order of the days (ties in the order given), with a number taken before in each register.
    const earlier = { issuedOn: "2024-12-01", subject: { type: "report", id: randomUUID() } };
    const ordered = [...requests].sort((a, b) => a.issuedOn.localeCompare(b.issuedOn) || a.i - b.i);
    await t.db.transaction(async (tx) => {
      for (const issuerUnitId of [tree.baseA, tree.cellA1, tree.gcell])
        await takeNumber(tx, { ...earlier, issuerUnitId, subject: { type: "x", id: randomUUID() }, typeCode: "BC" });
      for (const r of ordered) await takeNumber(tx, { ...r, typeCode: "BC" });
    });
    const oneByOne = await registers("BC");
    // The same requests again on another type, all at once and in the given order.
    await t.db.transaction(async (tx) => {
      for (const issuerUnitId of [tree.baseA, tree.cellA1, tree.gcell])
        await takeNumber(tx, { ...earlier, issuerUnitId, subject: { type: "x", id: randomUUID() }, typeCode: "TB" });
      const given = await takeNumbers(tx, "TB", requests);
      expect(given.map((n) => n.issuedOn)).toEqual(requests.map((r) => r.issuedOn));
    });
    const atOnce = await registers("TB");
    const shape = (rows: Written[]) =>
      rows.map((r) => ({ ...r, code: String(r.code).replace(/-(BC|TB)\//, "-/"), subject: undefined }));
    expect(shape(atOnce).filter((r) => r.on !== "2024-12-01")).toEqual(
      shape(oneByOne).filter((r) => r.on !== "2024-12-01"),
    );
    const ofBase = (name: string) =>
      atOnce.filter((r) => r.issuer === tree.baseA && r.termName === name).map((r) => [r.number, r.on]);
    expect(ofBase("Nhiệm kỳ 2020 - 2025")).toEqual([
      [1, "2024-12-01"],
      [2, "2025-01-10"],
      [3, "2025-01-10"],
      [4, "2025-06-14"],
    ]);
    expect(ofBase("Nhiệm kỳ 2025 - 2030")).toEqual([
      [1, "2025-06-15"],
      [2, "2025-07-02"],
      [3, "2026-02-01"],
    ]);
  });
});
