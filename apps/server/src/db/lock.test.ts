import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError } from "./lock";

const dirs: string[] = [];
const aDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dangvu-lock-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** The start time of a process as /proc/<pid>/stat gives it (field 22), on Linux. */
function startOf(pid: number): string {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] as string;
}
const bootId = () => fs.readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
const onLinux = fs.existsSync("/proc/self/stat");

describe("the data directory lock", () => {
  it("refuses a second process with a message naming the holder, and takes over a lock left by a dead one", () => {
    const dir = aDir();
    // Another live process (our parent) holds the lock.
    fs.writeFileSync(path.join(dir, "dangvu.lock"), String(process.ppid));
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    expect(() => acquireDataDirLock(dir)).toThrow(`tiến trình ${process.ppid}`);
    // A process that no longer exists left it behind.
    fs.writeFileSync(path.join(dir, "dangvu.lock"), "999999");
    const release = acquireDataDirLock(dir);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "dangvu.lock"), "utf8")).pid).toBe(process.pid);
    release();
    expect(fs.existsSync(path.join(dir, "dangvu.lock"))).toBe(false);
  });

  it.runIf(onLinux)("takes over a lock whose pid now belongs to another process (it started later)", () => {
    const dir = aDir();
    const lock = path.join(dir, "dangvu.lock");
    // Our parent is alive, but it is not the process that wrote this lock: that one started at another time.
    fs.writeFileSync(lock, JSON.stringify({ pid: process.ppid, start: "1", boot: bootId() }));
    const release = acquireDataDirLock(dir);
    expect(JSON.parse(fs.readFileSync(lock, "utf8"))).toMatchObject({ pid: process.pid, start: startOf(process.pid) });
    release();
    // The same pid from before a reboot is not the same process either.
    fs.writeFileSync(lock, JSON.stringify({ pid: process.ppid, start: startOf(process.ppid), boot: "another-boot" }));
    acquireDataDirLock(dir)();
  });

  it.runIf(onLinux)("refuses a lock held by the very process that wrote it", () => {
    const dir = aDir();
    const lock = path.join(dir, "dangvu.lock");
    fs.writeFileSync(lock, JSON.stringify({ pid: process.ppid, start: startOf(process.ppid), boot: bootId() }));
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
  });

  it.skipIf(!fs.existsSync("/proc/self"))("refuses a directory that cannot be made instead of retrying forever", () => {
    // Node's recursive mkdir loops on ENOENT under /proc; the lock makes its directory as the start-up check does.
    expect(() => acquireDataDirLock("/proc/self/khong-co/data")).toThrow();
  });

  it("keeps the data directory and the lock to the server's own user (0700, 0600)", () => {
    const parent = aDir();
    const fresh = path.join(parent, "data");
    const release = acquireDataDirLock(fresh);
    expect(fs.statSync(fresh).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(fresh, "dangvu.lock")).mode & 0o777).toBe(0o600);
    release();
    // A directory made earlier, readable by everyone, is closed too.
    const old = aDir();
    fs.chmodSync(old, 0o755);
    acquireDataDirLock(old)();
    expect(fs.statSync(old).mode & 0o777).toBe(0o700);
  });
});
