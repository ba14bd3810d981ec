import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fieldLabels } from "./fields";
import { en } from "./messages.en";
import { vi } from "./messages.vi";

const src = path.resolve(import.meta.dirname, "..");
function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? sources(path.join(dir, e.name))
        : e.name.endsWith(".ts") && !e.name.endsWith(".test.ts")
          ? [path.join(dir, e.name)]
          : [],
    );
}

describe("messages", () => {
  it("has every message in both Vietnamese and English with the same placeholders", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [code, text] of Object.entries(vi)) {
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(holes(en[code] as string), code).toEqual(holes(text));
    }
  });

  it("has a message for every error code the server throws", () => {
    const thrown = new Set<string>();
    for (const file of sources(src)) {
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(
        /new (?:BadRequest|Forbidden|NotFound|Conflict|RuleViolation|Unauthorized|DomainError)\((?:\d+,\s*)?"([\w.]+)"/g,
      ))
        thrown.add(m[1] as string);
    }
    expect(thrown.size).toBeGreaterThan(10);
    expect([...thrown].filter((code) => !(code in vi))).toEqual([]);
  });

  it("labels the same fields in both languages", () => {
    expect(Object.keys(fieldLabels.en).sort()).toEqual(Object.keys(fieldLabels.vi).sort());
  });
});
