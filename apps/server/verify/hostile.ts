import fc from "fast-check";
import type { JsonSchema } from "./openapi";

/** Text an attacker or a broken client sends, whatever the field. */
export const hostileStrings: readonly string[] = [
  "",
  "   ",
  "x".repeat(100_000),
  "a\u0000b",
  "\u0000",
  "\ud800",
  "x\udfffy",
  `e${"\u0301".repeat(200)}`,
  "\u202egnp.exe\u202c",
  "\u200f\u05e9\u05dc\u05d5\u05dd",
  "𝔸𝕓",
  "%00",
  "<script>alert(1)</script>",
  "' or 1=1 --",
  "../../etc/passwd",
];

/** Dates no calendar has, or that a date type of the database cannot hold. */
export const hostileDates: readonly string[] = [
  "2024-02-30",
  "2023-02-29",
  "2024-13-01",
  "0000-01-01",
  "0001-01-01",
  "9999-12-31",
  "-0001-01-01",
  "+010000-01-01",
  "2024-1-1",
];

/** Date-times that are malformed or out of the range of a timestamp. */
export const hostileDateTimes: readonly string[] = [
  "0000-01-01T00:00:00Z",
  "2024-02-30T10:00:00Z",
  "2024-02-29T25:00:00Z",
  "9999-12-31T23:59:59Z",
  "+275760-09-13T00:00:00Z",
];

/** Values of the wrong type for any field. */
export const wrongTypes: readonly unknown[] = [null, true, 0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 2, [], {}, [[]], "1"];

/** The hostile values for one field, chosen by its schema. */
export function hostileFor(schema: JsonSchema): unknown[] {
  const values: unknown[] = [...wrongTypes, ...hostileStrings];
  if (isDate(schema)) values.push(...hostileDates);
  if (schema.format === "date-time") values.push(...hostileDateTimes);
  return values;
}

/** The same for a query or path value, which is always text. */
export function hostileTexts(schema: JsonSchema): string[] {
  const texts = [...hostileStrings, "-1", "1.5", "1e308", "99999999999999999999", "true", "[]"];
  if (isDate(schema) || schema.type === "string") texts.push(...hostileDates, ...hostileDateTimes);
  return texts.filter((t) => t.length < 10_000).concat("x".repeat(20_000));
}

function isDate(schema: JsonSchema): boolean {
  return Boolean(schema.pattern?.includes("\\d{4}-\\d{2}-\\d{2}")) || schema.format === "date";
}

/** A hostile value as fast-check draws it: the catalogue above, or arbitrary text, numbers and structures. */
export function hostileArbitrary(schema: JsonSchema): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...hostileFor(schema)),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.string({ unit: "grapheme-composite", maxLength: 40 }),
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.json().map((text) => JSON.parse(text) as unknown),
  );
}

/** Keys that reach an object's prototype when a parser or a spread is careless. */
export const prototypeBodies = (valid: Record<string, unknown>): string[] => {
  const rest = JSON.stringify(valid).slice(1);
  const join = rest === "}" ? "}" : `,${rest}`;
  return [
    `{"__proto__":{"isAdmin":true,"version":1}${join}`,
    `{"constructor":{"prototype":{"isAdmin":true}}${join}`,
    `{"__proto__":null${join}`,
    "{",
    '{"a":1,"a":2}',
  ];
};
