import { z } from "zod";
import { Id, IsoDate, SafeString } from "./common";

/** A figure the modules compute from the records for a subtree and a period (report indicators). */
export const IndicatorInfo = z.object({
  id: z.string(),
  group: z.string(),
  label: z.string(),
  unit: z.enum(["count", "percent"]),
});
export type IndicatorInfo = z.infer<typeof IndicatorInfo>;

export const FigureQuery = z
  .object({
    indicator: SafeString().trim().min(1).max(100),
    orgUnitId: Id,
    from: IsoDate,
    to: IsoDate,
  })
  .refine((q) => q.from <= q.to, { message: "period.reversed", path: ["to"] });
export type FigureQuery = z.infer<typeof FigureQuery>;

/** The value of an indicator for a unit's subtree over a period; null when there is nothing to measure. */
export const Figure = z.object({
  indicator: z.string(),
  orgUnitId: Id,
  from: IsoDate,
  to: IsoDate,
  value: z.number().nullable(),
});
export type Figure = z.infer<typeof Figure>;
