import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { IsoDate, IsoDateTime, SafeString, Text } from "./common";
import * as contract from "./index";

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Every string schema inside a schema (object fields, array elements, union options, record keys and values). */
function stringLeaves(schema: z.ZodType, path: string, found: [string, z.ZodType][] = []): [string, z.ZodType][] {
  const def = defOf(schema);
  const walk = (inner: unknown, at: string) => stringLeaves(inner as z.ZodType, at, found);
  switch (def.type) {
    case "string":
      found.push([path, schema]);
      break;
    case "object":
      for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) walk(field, `${path}.${key}`);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
      walk(def.innerType, path);
      break;
    case "array":
      walk(def.element, `${path}[]`);
      break;
    case "union":
      for (const [i, option] of (def.options as z.ZodType[]).entries()) walk(option, `${path}|${i}`);
      break;
    case "record":
      walk(def.keyType, `${path}{key}`);
      walk(def.valueType, `${path}{}`);
      break;
    case "pipe":
      walk(def.in, path);
      break;
  }
  return found;
}

// Every schema a request is checked with: bodies (…Input) and query strings (…Query).
const inputs = Object.entries(contract).filter(
  ([name, schema]) => /(Input|Query)$/.test(name) && typeof (schema as z.ZodType)?.safeParse === "function",
);

describe("text in requests", () => {
  it("finds the inputs and their text fields (the walk is not empty)", () => {
    expect(inputs.length).toBeGreaterThan(20);
    expect(inputs.flatMap(([name, schema]) => stringLeaves(schema as z.ZodType, name)).length).toBeGreaterThan(50);
  });

  it.each(inputs)("%s refuses NUL and lone surrogates in every text field", (name, schema) => {
    const accepted = stringLeaves(schema as z.ZodType, name).flatMap(([path, leaf]) =>
      ["a\u0000b", "a\uD800b", "\uDC00", "ab\uD83D"]
        .filter((text) => leaf.safeParse(text).success)
        .map((text) => `${path}: ${JSON.stringify(text)}`),
    );
    expect(accepted).toEqual([]);
  });

  it("keeps Vietnamese, emoji, combining marks and right-to-left text", () => {
    for (const text of ["Nguyễn Thị Ánh", "Nguye\u0302\u0303n", "😀 chi bộ", "مرحبا", "tab\tand\nnewline"]) {
      expect(SafeString().safeParse(text).success, text).toBe(true);
      expect(Text(100).safeParse(text).success, text).toBe(true);
    }
  });
});

describe("dates in requests", () => {
  it("refuses years before 1900 and after 2100, which PostgreSQL or a typo would turn into nonsense", () => {
    for (const date of ["0000-01-01", "0001-01-01", "1899-12-31", "2101-01-01", "9999-12-31"])
      expect(IsoDate.safeParse(date).success, date).toBe(false);
    for (const date of ["1900-01-01", "1930-02-03", "2026-11-23", "2100-12-31"])
      expect(IsoDate.safeParse(date).success, date).toBe(true);
  });

  it("refuses the same years in moments with a time", () => {
    expect(IsoDateTime.safeParse("0000-01-01T00:00:00Z").success).toBe(false);
    expect(IsoDateTime.safeParse("2101-01-01T00:00:00+07:00").success).toBe(false);
    expect(IsoDateTime.safeParse("2026-12-05T07:30:00+07:00").success).toBe(true);
  });

  it.each(inputs)("%s takes no date of year 0000 in a field made for dates", (name, schema) => {
    const dateFields = stringLeaves(schema as z.ZodType, name).filter(
      ([, leaf]) =>
        !leaf.safeParse("x").success &&
        !leaf.safeParse("abcdefghij").success &&
        !leaf.safeParse("0912345678").success && // a phone number takes digits and dashes too
        (leaf.safeParse("2026-11-23").success || leaf.safeParse("2026-11-23T07:30:00+07:00").success),
    );
    const accepted = dateFields
      .filter(([, leaf]) => leaf.safeParse("0000-01-01").success || leaf.safeParse("0000-01-01T00:00:00Z").success)
      .map(([path]) => path);
    expect(accepted).toEqual([]);
  });

  it("still refuses dates that do not exist", () => {
    expect(IsoDate.safeParse("2024-02-30").success).toBe(false);
    expect(IsoDate.safeParse("2023-02-29").success).toBe(false);
    expect(IsoDate.safeParse("2024-02-29").success).toBe(true);
  });
});
