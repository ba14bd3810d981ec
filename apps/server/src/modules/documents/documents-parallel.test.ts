import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { anOrgTree } from "../../../test/builders";
import { useTestApp } from "../../../test/harness";
import { takeNumber } from "./documents.service";

const t = useTestApp();

/**
 * Parallel transactions, as several app servers (or one server's pool) send them on PostgreSQL; on the embedded
 * database they queue on its one connection, and the answers must be the same.
 */
describe("takeNumber in parallel transactions", () => {
  it("gives one register's parallel requests the numbers 1…n once each", async () => {
    const tree = await anOrgTree(t.db);
    const numbers = await Promise.all(
      Array.from({ length: 12 }, () =>
        t.db.transaction((tx) =>
          takeNumber(tx, {
            issuerUnitId: tree.cellA1,
            typeCode: "GM",
            issuedOn: "2026-11-20",
            subject: { type: "meeting", id: randomUUID() },
          }),
        ),
      ),
    );
    expect(numbers.map((n) => n.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(numbers.every((n) => n.fresh)).toBe(true);
  });

  it("gives a record asked for twice at once one number: the later request finds it taken", async () => {
    const tree = await anOrgTree(t.db);
    const subject = { type: "meeting", id: randomUUID() };
    const ask = () =>
      t.db.transaction((tx) =>
        takeNumber(tx, { issuerUnitId: tree.cellA1, typeCode: "GM", issuedOn: "2026-11-20", subject }),
      );
    const [a, b, c] = await Promise.all([ask(), ask(), ask()]);
    expect(new Set([a?.code, b?.code, c?.code]).size).toBe(1);
    expect([a, b, c].filter((n) => n?.fresh)).toHaveLength(1);
  });
});
