import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { serverModules } from "../src/app";
import * as schema from "../src/db/schema";

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

/** Each table's owning module; the platform's own tables (rules/) belong to no module. */
function tableOwners(): Map<string, string> {
  const owners = new Map<string, string>();
  for (const table of Object.values(schema)) {
    const name = (table as unknown as Record<symbol, string | undefined>)[Symbol.for("drizzle:Name")];
    if (name) owners.set(name, "the platform");
  }
  for (const m of serverModules({})) for (const table of m.tables) owners.set(table, m.name);
  return owners;
}

/** The table each export of db/schema stands for, by its exported name. */
const tableOfExport = new Map(
  Object.entries(schema).flatMap(([exported, table]) => {
    const name = (table as unknown as Record<symbol, string | undefined>)[Symbol.for("drizzle:Name")];
    return name ? [[exported, name] as const] : [];
  }),
);

/** A module's own code: what it ships, not its tests. */
function moduleSources(): { file: string; module: string; text: string }[] {
  return filesUnder(modulesDir)
    .filter((f) => !f.endsWith(".test.ts"))
    .map((file) => ({ file, module: moduleOf(file) as string, text: fs.readFileSync(file, "utf8") }));
}

/** The text without comments, so that prose ("reads from members") is not taken for SQL. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

/** The names a file imports from the database schema (`import { members } from "../../db/schema"`). */
function schemaImports(file: string, text: string): string[] {
  const schemaDir = path.join(src, "db", "schema");
  return [...text.matchAll(/import\s+(type\s+)?(\{[^}]*\}|\*\s+as\s+\w+)\s+from\s+"(\.[^"]+)"/g)].flatMap((m) => {
    const target = path.resolve(path.dirname(file), m[3] as string);
    if (m[1] || (target !== schemaDir && !target.startsWith(schemaDir + path.sep))) return [];
    if ((m[2] as string).startsWith("*")) return [...tableOfExport.keys()];
    return (m[2] as string)
      .slice(1, -1)
      .split(",")
      .map((name) => name.trim())
      .filter((name) => name && !name.startsWith("type "))
      .map((name) => name.split(/\s+as\s+/)[0] as string);
  });
}

/** Table names written in SQL text: `from x`, `join x`, `into x`, `update x`, `exists (select 1 from x`. */
function sqlTableNames(text: string): string[] {
  return [...withoutComments(text).matchAll(/\b(?:from|join|into|update)\s+"?([a-z_][a-z0-9_]*)"?/gi)].map((m) =>
    (m[1] as string).toLowerCase(),
  );
}

describe("architecture", () => {
  it("lets a module name only its own tables: another module's are read through the owner's index.ts", () => {
    const owners = tableOwners();
    const violations = new Set<string>();
    for (const { file, module, text } of moduleSources()) {
      const named = [
        ...schemaImports(file, text).map((exported) => tableOfExport.get(exported)),
        ...sqlTableNames(text),
      ];
      for (const table of named) {
        const owner = table && owners.get(table);
        if (owner && owner !== module) violations.add(`${path.relative(src, file)} names ${table} (${owner})`);
      }
    }
    expect([...violations]).toEqual([]);
  });

  it("keeps SQL in repos: a module's other files neither build queries nor run them", () => {
    const violations: string[] = [];
    for (const { file, text } of moduleSources()) {
      if (file.endsWith(".repo.ts")) continue;
      const code = withoutComments(text);
      const rel = path.relative(src, file);
      if (/from\s+"drizzle-orm(\/[^"]*)?"/.test(code)) violations.push(`${rel} imports drizzle-orm`);
      if (schemaImports(file, code).length > 0) violations.push(`${rel} imports the database schema`);
      const run = code.match(/\b(?:db|tx|trx)\s*\.\s*(?:execute|select\w*|insert|update|delete)\s*\(/);
      if (run) violations.push(`${rel} runs ${run[0].replace(/\s+/g, "")}`);
    }
    expect(violations).toEqual([]);
  });

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
