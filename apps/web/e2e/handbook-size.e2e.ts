import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";

const dist = process.env.E2E_WEB_DIST ?? path.resolve(import.meta.dirname, "../dist");
const limitKiB = 250;

/** Every JavaScript file a page loads first: its entry script, the chunks it preloads, and their static imports. */
function firstLoadScripts(html: string): string[] {
  const page = fs.readFileSync(path.join(dist, html), "utf8");
  const start = [...page.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1] as string);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = fs.readFileSync(path.join(dist, "assets", file), "utf8");
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^"'()]*?from\s*)?["']\.\/([^"']+\.js)["']/g))
      visit(m[1] as string);
  };
  start.forEach(visit);
  return [...seen];
}

const gzipKiB = (files: string[]) =>
  files.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(dist, "assets", f))).length, 0) / 1024;

describe("the member's handbook on a weak phone", () => {
  it(`loads at most ${limitKiB} kB of JavaScript (gzip) on its first visit`, () => {
    const files = firstLoadScripts("m.html");
    expect(files.some((f) => f.startsWith("handbook-"))).toBe(true);
    const size = gzipKiB(files);
    console.log(`handbook first load: ${size.toFixed(1)} kB gzip in ${files.length} files`);
    expect(size).toBeLessThanOrEqual(limitKiB);
    // The desk app's component library never reaches the handbook.
    expect(files.some((f) => fs.readFileSync(path.join(dist, "assets", f), "utf8").includes("ant-btn"))).toBe(false);
  });
});
