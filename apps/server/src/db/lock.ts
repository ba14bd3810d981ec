import fs from "node:fs";
import path from "node:path";

import { makePrivateDir } from "../platform/private-dir";
import { StartupError } from "../platform/startup-failure";

/** Another process holds the data directory: an operator's failure, reported like a bad setting. */
export class DataDirLockedError extends StartupError {}

/** Who wrote a lock: the pid, and on Linux the process's start time and the boot it ran in. */
interface LockRecord {
  pid: number;
  start?: string;
  boot?: string;
}

/**
 * Holds `<dataDir>/dangvu.lock` for this process. PGlite has no lock of its own and two processes on one directory
 * lose writes, so a second process refuses (stack-notes.md). A lock whose writer is gone is taken over, also when
 * its pid has since been given to another process: the lock records the writer's start time and boot, compared
 * with /proc on Linux (elsewhere a live pid is taken to be the writer). The directory is made private to the
 * server's user (0700): it holds every member's record.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  makePrivateDir(dataDir);
  makePrivate(dataDir);
  const lockFile = path.join(dataDir, "dangvu.lock");
  const mine: LockRecord = { pid: process.pid, start: startTimeOf(process.pid), boot: bootId() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, JSON.stringify(mine), { flag: "wx", mode: 0o600 });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readLock(lockFile);
      if (holder && holder.pid !== process.pid && isHeldBy(holder)) {
        throw new DataDirLockedError(
          `thư mục dữ liệu ${dataDir} đang được tiến trình ${holder.pid} sử dụng; hãy dừng tiến trình đó trước, ` +
            "hoặc đặt DANGVU_DATA_DIR khác",
          `the data directory ${dataDir} is in use by process ${holder.pid}; stop that process first, or set ` +
            "another DANGVU_DATA_DIR",
        );
      }
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new DataDirLockedError(
    `không lấy được khóa thư mục dữ liệu ${dataDir}; kiểm tra DANGVU_DATA_DIR`,
    `could not lock the data directory ${dataDir}; check DANGVU_DATA_DIR`,
  );
}

/** Closes a directory made earlier to other users; one the server does not own is left as it is, with a warning. */
function makePrivate(dataDir: string) {
  try {
    fs.chmodSync(dataDir, 0o700);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") throw error;
    console.warn(`Không đặt được quyền 0700 cho ${dataDir} (thư mục không thuộc người dùng này).`);
  }
}

/** The lock's record; a lock from an older version holds only the pid. Null when it names no process. */
function readLock(lockFile: string): LockRecord | null {
  const text = fs.readFileSync(lockFile, "utf8").trim();
  if (/^\d+$/.test(text)) return { pid: Number(text) };
  try {
    const record = JSON.parse(text) as LockRecord;
    return Number.isInteger(record.pid) && record.pid > 0 ? record : null;
  } catch (error) {
    if (error instanceof SyntaxError) return null; // half-written or foreign content: no process holds it
    throw error;
  }
}

/** True when the process that wrote the lock is still running. */
function isHeldBy(record: LockRecord): boolean {
  if (!isAlive(record.pid)) return false;
  const start = startTimeOf(record.pid);
  // Without /proc (or for a lock that did not record it) a live pid is all there is to go on.
  if (start === undefined || record.start === undefined) return true;
  if (record.boot !== undefined && record.boot !== bootId()) return false;
  return start === record.start;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot (Linux only). */
function startTimeOf(pid: number): string | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  // The command name (field 2) is in parentheses and may itself hold spaces or parentheses.
  return stat?.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
}

function bootId(): string | undefined {
  return readProc("/proc/sys/kernel/random/boot_id")?.trim();
}

function readProc(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ESRCH" || code === "EACCES") return undefined;
    throw error;
  }
}
