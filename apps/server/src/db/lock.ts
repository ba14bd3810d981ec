import fs from "node:fs";
import path from "node:path";

export class DataDirLockedError extends Error {}

/**
 * Holds `<dataDir>/dangvu.lock` with this process's pid. PGlite has no lock of its own and two processes on one
 * directory lose writes, so a second process refuses (stack-notes.md). A lock left by a dead process is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, "dangvu.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(fs.readFileSync(lockFile, "utf8").trim());
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new DataDirLockedError(
          `Thư mục dữ liệu ${dataDir} đang được tiến trình ${holder} sử dụng. ` +
            "Hãy dừng tiến trình đó trước, hoặc đặt DANGVU_DATA_DIR khác. " +
            `(The data directory is in use by process ${holder}.)`,
        );
      }
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new DataDirLockedError(`Không lấy được khóa thư mục dữ liệu ${dataDir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
