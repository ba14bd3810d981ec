import fs from "node:fs";
import path from "node:path";

/**
 * Makes a directory and its missing parents, each new one 0700; an existing one is left as it is. Node's own
 * `mkdir({ recursive: true })` never returns where mkdir answers ENOENT under an existing parent (/proc, /sys): it
 * retries the parent forever. Here a second ENOENT is final.
 */
export function makePrivateDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return;
    const parent = path.dirname(dir);
    if (code !== "ENOENT" || parent === dir) throw error;
    makePrivateDir(parent);
    fs.mkdirSync(dir, { mode: 0o700 });
  }
}
