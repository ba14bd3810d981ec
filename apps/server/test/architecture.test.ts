import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const src = path.resolve(import.meta.dirname, "../src");
const modulesDir = path.join(src, "modules");

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? filesUnder(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : [],
    );
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  return [...text.matchAll(/from\s+"(\.[^"]+)"/g)].map((m) => path.resolve(path.dirname(file), m[1] as string));
}

/** The module a path belongs to, or null when it is outside src/modules. */
function moduleOf(file: string): string | null {
  const rel = path.relative(modulesDir, file);
  return rel.startsWith("..") ? null : (rel.split(path.sep)[0] ?? null);
}

describe("architecture", () => {
  it("lets code reach a module only through its index.ts", () => {
    const violations: string[] = [];
    for (const file of filesUnder(src)) {
      const own = moduleOf(file);
      for (const target of importsOf(file)) {
        const other = moduleOf(target);
        if (!other || other === own) continue;
        const inside = path.relative(path.join(modulesDir, other), target);
        if (inside !== "" && inside !== "index")
          violations.push(`${path.relative(src, file)} → ${path.relative(src, target)}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("keeps SQL out of routes and services' callers: routes do not import the database schema", () => {
    const offenders = filesUnder(modulesDir)
      .filter((f) => f.endsWith(".routes.ts"))
      .filter((f) => importsOf(f).some((t) => t.includes(`${path.sep}db${path.sep}`)));
    expect(offenders).toEqual([]);
  });

  it("keeps source files under 300 lines", () => {
    const long = filesUnder(src)
      .filter((f) => !f.endsWith(".test.ts"))
      .map((f) => [path.relative(src, f), fs.readFileSync(f, "utf8").split("\n").length] as const)
      .filter(([, n]) => n > 300);
    expect(long).toEqual([]);
  });
});
