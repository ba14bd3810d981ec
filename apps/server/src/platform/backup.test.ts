import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree } from "../../test/builders";
import { snapshot } from "../../test/harness";
import { openTestDatabase } from "../../test/test-db";
import { verifyAuditChain } from "../audit/verify";
import { auditEvents } from "../db/schema";
import { seedDemo } from "../demo/seed";
import { backupTo, restoreFrom, tablesInDependencyOrder } from "./backup";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dangvu-backup-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("backup and restore", () => {
  it("orders tables so that referenced tables come first", () => {
    const order = tablesInDependencyOrder();
    expect(order.indexOf("org_units")).toBeLessThan(order.indexOf("org_unit_versions"));
    expect(order.indexOf("users")).toBeLessThan(order.indexOf("grants"));
    expect(order).not.toContain("sessions");
  });

  it("writes the backup readable by the server's own user only (0600), also over an older file", async () => {
    const database = await openTestDatabase();
    try {
      const file = path.join(dir, "private.jsonl.gz");
      await backupTo(database.db, file);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      fs.chmodSync(file, 0o644);
      await backupTo(database.db, file);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    } finally {
      await database.close();
    }
  });

  it("round-trips the whole demo committee into another database, audit chain intact", async () => {
    const source = await openTestDatabase();
    const target = await openTestDatabase();
    try {
      await seedDemo(source.db, "mat-khau-demo");
      const file = path.join(dir, "demo.jsonl.gz");
      const written = await backupTo(source.db, file);
      expect(written.org_units).toBeGreaterThan(200);
      await restoreFrom(target.db, file);
      expect(await snapshot(target.db)).toBe(await snapshot(source.db));
      expect(await verifyAuditChain(target.db)).toMatchObject({ ok: true });
    } finally {
      await source.close();
      await target.close();
    }
  }, 150_000);

  it("changes nothing when the file is not a backup", async () => {
    const db = await openTestDatabase();
    try {
      const tree = await anOrgTree(db.db);
      await aMember(db.db, { orgUnitId: tree.cellA1 });
      const before = await snapshot(db.db, ["org_units", "org_unit_versions", "members", "memberships"]);
      const file = path.join(dir, "bad.jsonl.gz");
      fs.writeFileSync(file, "not gzip");
      await expect(restoreFrom(db.db, file)).rejects.toThrow();
      expect(await snapshot(db.db, ["org_units", "org_unit_versions", "members", "memberships"])).toBe(before);
    } finally {
      await db.close();
    }
  });
});

describe("audit chain verification", () => {
  it("names the first event whose content was altered", async () => {
    const db = await openTestDatabase();
    try {
      const { recordAudit } = await import("../audit/audit");
      for (let i = 0; i < 4; i++) {
        await db.db.transaction((tx) =>
          recordAudit(tx, null, new Date(), {
            action: "test.write",
            entityType: "test",
            entityId: String(i),
            after: { i },
          }),
        );
      }
      expect(await verifyAuditChain(db.db)).toEqual({ ok: true, count: 4 });
      await db.db.execute(sql`update ${auditEvents} set after = '{"i": 99}' where seq = 3`);
      expect(await verifyAuditChain(db.db)).toMatchObject({ ok: false, brokenAt: 3 });
    } finally {
      await db.close();
    }
  });
});
