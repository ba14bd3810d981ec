import fs from "node:fs";
import path from "node:path";
import type { Db } from "../db/database";
import { backupTo } from "./backup";
import { makePrivateDir } from "./private-dir";

/** The names `backup --dir` writes, and the only files its retention ever deletes. */
const backupName = /^dangvu-\d{4}-\d{2}-\d{2}-\d{6}\.jsonl\.gz$/;

/** `dangvu-YYYY-MM-DD-HHMMSS.jsonl.gz` in the server's local time: sorting the names sorts the backups by time. */
export function backupFileName(at: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  const day = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
  return `dangvu-${day}-${two(at.getHours())}${two(at.getMinutes())}${two(at.getSeconds())}.jsonl.gz`;
}

/** Of a directory's file names, the backups beyond the newest `keep`, oldest first; any other file is never chosen. */
export function backupsToRemove(names: string[], keep: number): string[] {
  if (!Number.isInteger(keep) || keep < 1) throw new RangeError(`keep must be an integer ≥ 1, not ${keep}`);
  const backups = names.filter((name) => backupName.test(name)).sort();
  return backups.slice(0, Math.max(0, backups.length - keep));
}

export interface DirBackup {
  file: string;
  counts: Record<string, number>;
  removed: string[];
}

/**
 * Writes a backup named by the time into `dir` (made 0700 when missing), then, with `keep`, deletes the oldest
 * backups beyond the newest `keep`. The file is written under another name and renamed when complete, so that a
 * failed backup never counts as one of the kept.
 */
export async function backupToDir(db: Db, dir: string, keep?: number, now = new Date()): Promise<DirBackup> {
  if (keep !== undefined) backupsToRemove([], keep);
  makePrivateDir(dir);
  const file = path.join(dir, backupFileName(now));
  const partial = `${file}.partial`;
  let counts: Record<string, number>;
  try {
    counts = await backupTo(db, partial);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  fs.renameSync(partial, file);
  const removed = keep === undefined ? [] : backupsToRemove(fs.readdirSync(dir), keep).map((n) => path.join(dir, n));
  for (const old of removed) fs.rmSync(old);
  return { file, counts, removed };
}
