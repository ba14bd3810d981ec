import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree } from "../../test/builders";
import { snapshot } from "../../test/harness";
import { openTestDatabase } from "../../test/test-db";
import { verifyAuditChain } from "../audit/verify";
import { auditEvents } from "../db/schema";
import { rowsOf } from "../db/sql";
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
    const source = await openTestDatabase({ demo: true });
    const target = await openTestDatabase();
    try {
      const file = path.join(dir, "demo.jsonl.gz");
      const written = await backupTo(source.db, file);
      expect(written.org_units).toBeGreaterThan(200);
      await restoreFrom(target.db, file);
      const tables = tablesInDependencyOrder();
      expect(await snapshot(target.db, tables)).toBe(await snapshot(source.db, tables));
      expect(await verifyAuditChain(target.db)).toMatchObject({ ok: true });
    } finally {
      await source.close();
      await target.close();
    }
  }, 600_000);

  it("keeps every value exactly: bigints past 2^53, jsonb numbers as written, bytes, arrays, microseconds", async () => {
    const source = await openTestDatabase();
    const target = await openTestDatabase();
    try {
      const tree = await anOrgTree(source.db);
      await source.db.execute(sql`insert into audit_events (seq, at, action, entity_type, entity_id, after, prev_hash, hash)
        values (9007199254740993, '2026-03-01 08:15:30.123456+07', 'test.write', 'test', '1',
          '{"n": 1.0, "big": 12345678901234567890, "10": "mười", "tiny": 1.5e-30, "s": "tab\\there"}', '', 'h')`);
      await source.db.execute(sql`insert into inspection_letters (id, org_unit_id, received_on, kind, identity, summary,
          subjects, status, shared_with_roles, created_at)
        values (${randomUUID()}, ${tree.baseA}, '2026-03-01', 'complaint', 'named', 'Đơn thư', '[]', 'received',
          array['a,b', '"trích"', '', null, 'Bí thư {chi bộ}'], '2026-03-01 08:15:30.000001+00')`);
      const meetingId = randomUUID();
      await source.db.execute(sql`insert into meetings (id, org_unit_id, kind, topic, scheduled_at, status, agenda,
          checkin_secret, created_at)
        values (${meetingId}, ${tree.cellA1}, 'regular', 'Sinh hoạt', '2026-03-01 14:00+07', 'planned', '[]', 's', now())`);
      const bytes = Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256));
      await source.db.execute(sql`insert into meeting_documents (id, meeting_id, file_name, mime_type, size, content,
          uploaded_at) values (${randomUUID()}, ${meetingId}, 'biên bản.pdf', 'application/pdf', 512,
          decode(${bytes.toString("hex")}, 'hex'), now())`);
      const file = path.join(dir, "exact.jsonl.gz");
      await backupTo(source.db, file);
      await restoreFrom(target.db, file);
      const tables = tablesInDependencyOrder();
      expect(await snapshot(target.db, tables)).toBe(await snapshot(source.db, tables));
      const seq = await target.db.execute(sql`select seq::text as s from audit_events`);
      expect(rowsOf<{ s: string }>(seq).map((r) => r.s)).toEqual(["9007199254740993"]);
    } finally {
      await source.close();
      await target.close();
    }
  }, 120_000);

  it("carries the sequences' positions, so numbers continue after a restore instead of starting again", async () => {
    const source = await openTestDatabase();
    const target = await openTestDatabase();
    try {
      for (const db of [source.db, target.db]) await db.execute(sql`create sequence test_numbers`);
      await source.db.execute(sql`select nextval('test_numbers') from generate_series(1, 41)`);
      const file = path.join(dir, "sequences.jsonl.gz");
      await backupTo(source.db, file);
      await restoreFrom(target.db, file);
      const next = await target.db.execute(sql`select nextval('test_numbers')::int as n`);
      expect(rowsOf<{ n: number }>(next)[0]?.n).toBe(42);
    } finally {
      await source.close();
      await target.close();
    }
  }, 120_000);

  it("restores identity columns (GENERATED ALWAYS) with their numbers, which then continue", async () => {
    const source = await openTestDatabase();
    const target = await openTestDatabase();
    try {
      for (const db of [source.db, target.db])
        await db.execute(sql`alter table roles add column n bigint generated always as identity`);
      const file = path.join(dir, "identity.jsonl.gz");
      await backupTo(source.db, file);
      await restoreFrom(target.db, file);
      expect(await snapshot(target.db, ["roles"])).toBe(await snapshot(source.db, ["roles"]));
      await target.db.execute(sql`insert into roles (code, permissions) values ('test_role', '[]')`);
      const added = await target.db.execute(sql`select n::int as n from roles where code = 'test_role'`);
      const before = await source.db.execute(sql`select max(n)::int as n from roles`);
      expect(rowsOf<{ n: number }>(added)[0]?.n).toBe((rowsOf<{ n: number }>(before)[0]?.n ?? 0) + 1);
    } finally {
      await source.close();
      await target.close();
    }
  }, 120_000);

  it("keeps each line of the file small, even when documents are large (a line is held in memory whole)", async () => {
    const db = await openTestDatabase();
    try {
      const tree = await anOrgTree(db.db);
      const meetingId = randomUUID();
      await db.db.execute(sql`insert into meetings (id, org_unit_id, kind, topic, scheduled_at, status, agenda,
          checkin_secret, created_at) values (${meetingId}, ${tree.cellA1}, 'regular', 'Họp', now(), 'planned', '[]', 's', now())`);
      const mb = 1024 * 1024;
      for (let i = 0; i < 12; i++)
        await db.db.execute(sql`insert into meeting_documents (id, meeting_id, file_name, mime_type, size, content,
          uploaded_at) values (${randomUUID()}, ${meetingId}, ${`tệp ${i}.pdf`}, 'application/pdf', ${mb}::int,
          decode(repeat(lpad(to_hex(${i}::int), 2, '0'), ${mb}), 'hex'), now())`);
      const file = path.join(dir, "large.jsonl.gz");
      await backupTo(db.db, file);
      const lines = zlib.gunzipSync(fs.readFileSync(file)).toString("utf8").split("\n");
      // 12 documents of 1 MB are 24 MB of hex: spread over several lines of at most a few MB each.
      expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(10 * mb);
      const target = await openTestDatabase();
      try {
        expect((await restoreFrom(target.db, file)).meeting_documents).toBe(12);
        expect(await snapshot(target.db, ["meeting_documents"])).toBe(await snapshot(db.db, ["meeting_documents"]));
      } finally {
        await target.close();
      }
    } finally {
      await db.close();
    }
  }, 120_000);

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
