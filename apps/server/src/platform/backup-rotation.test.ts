import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/test-db";
import { restoreFrom } from "./backup";
import { backupFileName, backupsToRemove, backupToDir } from "./backup-rotation";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "dangvu-rotation-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe("nightly backups with retention", () => {
  it("names a backup by the server's local time, so that names sort by time", () => {
    expect(backupFileName(new Date(2026, 0, 5, 3, 4, 9))).toBe("dangvu-2026-01-05-030409.jsonl.gz");
    expect(backupFileName(new Date(2026, 10, 30, 23, 59, 59))).toBe("dangvu-2026-11-30-235959.jsonl.gz");
  });

  it("removes the oldest backups beyond the newest N, and never another file", () => {
    const names = [
      "dangvu-2026-11-03-020000.jsonl.gz",
      "notes.txt",
      "dangvu-2026-11-01-020000.jsonl.gz",
      "dangvu-2026-11-04-020000.jsonl.gz",
      "dangvu-2026-11-02-020000.jsonl.gz",
      "dangvu-2026-11-02-020000.jsonl.gz.partial",
      "dangvu-2026-11-01-020000.jsonl.gz.bak",
      "old-dangvu-2026-10-01-020000.jsonl.gz",
      "dangvu-2026-10-01.jsonl.gz",
      "dangvu-before-upgrade.jsonl.gz",
    ];
    expect(backupsToRemove(names, 2)).toEqual([
      "dangvu-2026-11-01-020000.jsonl.gz",
      "dangvu-2026-11-02-020000.jsonl.gz",
    ]);
    expect(backupsToRemove(names, 1)).toHaveLength(3);
    expect(backupsToRemove(names, 4)).toEqual([]);
    expect(backupsToRemove(names, 14)).toEqual([]);
    for (const keep of [0, -1, 1.5, Number.NaN]) expect(() => backupsToRemove(names, keep)).toThrow(RangeError);
  });

  it("writes into a new private directory, keeps the newest N and leaves other files", async () => {
    const dir = path.join(scratch, "nested", "backups");
    const database = await openTestDatabase();
    try {
      const first = await backupToDir(database.db, dir, 2, new Date(2026, 10, 1, 2, 0, 0));
      expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
      expect(first.removed).toEqual([]);
      fs.writeFileSync(path.join(dir, "readme.txt"), "");
      await backupToDir(database.db, dir, 2, new Date(2026, 10, 2, 2, 0, 0));
      const third = await backupToDir(database.db, dir, 2, new Date(2026, 10, 3, 2, 0, 0));
      expect(third.file).toBe(path.join(dir, "dangvu-2026-11-03-020000.jsonl.gz"));
      expect(third.removed).toEqual([first.file]);
      expect(fs.readdirSync(dir).sort()).toEqual([
        "dangvu-2026-11-02-020000.jsonl.gz",
        "dangvu-2026-11-03-020000.jsonl.gz",
        "readme.txt",
      ]);
      expect(fs.statSync(third.file).mode & 0o777).toBe(0o600);
      // Without --keep every backup stays; the file is a backup restore reads.
      await backupToDir(database.db, dir, undefined, new Date(2026, 10, 4, 2, 0, 0));
      expect(fs.readdirSync(dir)).toHaveLength(4);
      expect(third.counts.roles).toBeGreaterThan(0);
      expect((await restoreFrom(database.db, third.file)).roles).toBe(third.counts.roles);
    } finally {
      await database.close();
    }
  });

  it("leaves no file behind when a backup fails, and deletes nothing", async () => {
    const dir = path.join(scratch, "failing");
    fs.mkdirSync(dir);
    const kept = path.join(dir, "dangvu-2026-01-01-000000.jsonl.gz");
    fs.writeFileSync(kept, "");
    const database = await openTestDatabase();
    await database.close();
    await expect(backupToDir(database.db, dir, 1)).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual([path.basename(kept)]);
  });
});
