import { z } from "zod";

// Dates a request may carry: 1900 to 2100. The oldest records (births of the oldest living members, the Party's
// founding in 1930, the first units) come after 1900, and no plan or deadline reaches 2100; outside that range a
// date is a typo, and years such as 0000 are not dates PostgreSQL stores (the request failed with 500, not 400).
export const minIsoDate = "1900-01-01";
export const maxIsoDate = "2100-12-31";

/** A calendar date without time, ISO `YYYY-MM-DD`, checked to be a real date between 1900 and 2100. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "date.format" })
  .refine(isRealDate, { message: "date.invalid" })
  .refine((value) => value >= minIsoDate && value <= maxIsoDate, { message: "date.outOfRange" });
export type IsoDate = z.infer<typeof IsoDate>;

/** A moment with its UTC offset, ISO 8601 (`2026-12-05T07:30:00+07:00`), in the same years as IsoDate. */
export const IsoDateTime = z.iso
  .datetime({ offset: true, message: "date.format" })
  .refine((value) => value.slice(0, 10) >= minIsoDate && value.slice(0, 10) <= maxIsoDate, {
    message: "date.outOfRange",
  });

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

// PostgreSQL text cannot hold NUL, and half of a UTF-16 surrogate pair has no UTF-8 form: either made the database
// fail (500). Text anywhere in a request goes through SafeString, so they are refused as bad input (400) instead.
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what it refuses
const storable = /^[^\u0000\p{Cs}]*$/u;

/** A string the database can store: no NUL character, no lone surrogate. The base of every text in a request. */
export const SafeString = () => z.string().regex(storable, { message: "text.invalidChars" });

export const Id = z.uuid({ message: "id.invalid" });
export type Id = z.infer<typeof Id>;

/** Trimmed, non-empty text of bounded length. */
export const Text = (max: number) =>
  SafeString().trim().min(1, { message: "text.required" }).max(max, { message: "text.tooLong" });

/** Trimmed text of bounded length that may be left out (or empty). */
export const OptionalText = (max: number) => SafeString().trim().max(max, { message: "text.tooLong" }).optional();

export const Version = z.number().int().min(1);

export const ErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  fields: z.record(z.string(), z.string()),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Page = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const Ok = z.object({ ok: z.literal(true) });
