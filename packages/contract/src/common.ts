import { z } from "zod";

/** A calendar date without time, ISO `YYYY-MM-DD`, checked to be a real date. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "date.format" })
  .refine(isRealDate, { message: "date.invalid" });
export type IsoDate = z.infer<typeof IsoDate>;

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const Id = z.uuid({ message: "id.invalid" });
export type Id = z.infer<typeof Id>;

/** Trimmed, non-empty text of bounded length. */
export const Text = (max: number) =>
  z.string().trim().min(1, { message: "text.required" }).max(max, { message: "text.tooLong" });

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
