import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError } from "./lock";

describe("the data directory lock", () => {
  it("refuses a second process with a message naming the holder, and takes over a lock left by a dead one", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dangvu-lock-"));
    // Another live process (our parent) holds the lock.
    fs.writeFileSync(path.join(dir, "dangvu.lock"), String(process.ppid));
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    expect(() => acquireDataDirLock(dir)).toThrow(`tiến trình ${process.ppid}`);
    // A process that no longer exists left it behind.
    fs.writeFileSync(path.join(dir, "dangvu.lock"), "999999");
    const release = acquireDataDirLock(dir);
    expect(fs.readFileSync(path.join(dir, "dangvu.lock"), "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, "dangvu.lock"))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
