import { z } from "zod";
import { Id, IsoDate } from "./common";
import { OrgUnitType } from "./org";
import { PeriodType } from "./report-templates";

// ---------------------------------------------------------------------------------------------------------------
// The reports dashboard (issue 10 item 6): key figures of a subtree for a period, with the previous period beside.
// ---------------------------------------------------------------------------------------------------------------

/** A dashboard's period: a month ("2026-11"), a quarter ("2026-Q3"), a half-year ("2026-H1") or a year ("2026"). */
export const DashboardPeriodKey = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$/, { message: "report.dashboardPeriod" });

export const DashboardQuery = z.object({
  orgUnitId: Id,
  /** The current month when absent. */
  period: DashboardPeriodKey.optional(),
});
export type DashboardQuery = z.infer<typeof DashboardQuery>;

export const DashboardPeriod = z.object({ key: z.string(), type: PeriodType, from: IsoDate, to: IsoDate });
export type DashboardPeriod = z.infer<typeof DashboardPeriod>;

/** A key figure for the period and the one before, with the change (percentage points for a percentage). */
export const DashboardFigure = z.object({
  indicator: z.string(),
  label: z.string(),
  unit: z.enum(["count", "percent"]),
  value: z.number().nullable(),
  previous: z.number().nullable(),
  change: z.number().nullable(),
});
export type DashboardFigure = z.infer<typeof DashboardFigure>;

/** A child unit as it stood at the period's end, with a few figures; its own dashboard is the drill-down. */
export const DashboardChild = z.object({
  orgUnitId: Id,
  name: z.string(),
  type: OrgUnitType,
  /** Units under it at the period's end: 0 for a cell (the bottom of the drill-down). */
  childCount: z.number().int(),
  members: z.number().nullable(),
  admitted: z.number().nullable(),
  meetingsHeld: z.number().nullable(),
});
export type DashboardChild = z.infer<typeof DashboardChild>;

/** Reporting rates of one template for the dashboard's period over the unit's subtree (as `Completeness` counts). */
export const DashboardCompleteness = z.object({
  templateId: Id,
  templateName: z.string(),
  dueOn: IsoDate,
  expected: z.number().int(),
  submitted: z.number().int(),
  onTime: z.number().int(),
  approved: z.number().int(),
});
export type DashboardCompleteness = z.infer<typeof DashboardCompleteness>;

export const Dashboard = z.object({
  unit: z.object({ id: Id, name: z.string(), type: OrgUnitType }),
  /** The way down to the unit from the highest unit where the user may read reports (the breadcrumb). */
  path: z.array(z.object({ id: Id, name: z.string() })),
  period: DashboardPeriod,
  previous: DashboardPeriod,
  /** The period's figures are counted up to this day: its last day, or today for the period in progress. */
  asOf: IsoDate,
  figures: z.array(DashboardFigure),
  children: z.array(DashboardChild),
  /** Members admitted in each month of the period's year, up to the period's end. */
  admissionsByMonth: z.array(z.object({ month: z.string(), value: z.number().nullable() })),
  /** The templates of the period's type that units of the subtree report on, with their reporting rates. */
  completeness: z.array(DashboardCompleteness),
});
export type Dashboard = z.infer<typeof Dashboard>;
