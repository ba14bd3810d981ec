import type { BreakdownRow, TemplateSection } from "@dangvu/contract";
import type { Db } from "../../db/database";
import type { Registry } from "../../platform/module";
import type { Period } from "./reports.periods";
import * as repo from "./reports.repo";
import { computedOf, enteredOf, tableIndicators } from "./reports.rules";

/** What a report's figures are computed from: the template version's sections, the unit, the period. */
export interface FigureSource {
  db: Db;
  registry: Registry;
  sections: readonly TemplateSection[];
  orgUnitId: string;
  period: Period;
  today: string;
}

/**
 * The computed figures of a report, each over the unit's whole subtree as it stood in the period, from the records
 * (never summed from the children's reports, so nothing is counted twice). One indicator after another: PGlite has
 * one connection, and on PostgreSQL the report is one reader among many.
 */
export async function computeFigures(
  source: FigureSource,
  ids?: readonly string[],
): Promise<Map<string, number | null>> {
  const values = new Map<string, number | null>();
  const query = { orgUnitId: source.orgUnitId, from: source.period.from, to: source.period.to };
  for (const id of ids ?? computedOf(tableIndicators(source.sections))) {
    const indicator = source.registry.indicators.get(id);
    values.set(id, indicator ? await indicator.compute(source.db, query) : null);
  }
  return values;
}

/** The children's part of the entered figures: the sums over their approved reports of the same period. */
export async function childrenFigures(source: FigureSource): Promise<Map<string, number>> {
  const entered = enteredOf(tableIndicators(source.sections));
  if (entered.length === 0) return new Map();
  const children = await repo.childReports(source.db, source.orgUnitId, source.period.key, dayOf(source));
  const approved = children.filter((c) => c.status === "approved" && c.reportId).map((c) => c.reportId as string);
  return repo.sumApproved(source.db, approved, entered);
}

/** The breakdown tables (members by ethnic group …) as the subtree stood on the period's last day (or today). */
export async function breakdownFigures(source: FigureSource): Promise<Record<string, BreakdownRow[]>> {
  const tables: Record<string, BreakdownRow[]> = {};
  for (const section of source.sections) {
    if (section.kind !== "breakdown") continue;
    const breakdown = source.registry.breakdowns.get(section.breakdown);
    tables[section.key] = breakdown
      ? await breakdown.compute(source.db, { orgUnitId: source.orgUnitId, on: dayOf(source) })
      : [];
  }
  return tables;
}

/** The day the tree is taken on for the period: its last day, or today while it runs. */
export function dayOf(source: Pick<FigureSource, "period" | "today">): string {
  return source.period.to < source.today ? source.period.to : source.today;
}

/** An entered figure as the report states it: the unit's own plus its children's; null when neither is known. */
export function enteredTotal(own: number | null | undefined, children: number | undefined): number | null {
  if ((own === null || own === undefined) && children === undefined) return null;
  return (own ?? 0) + (children ?? 0);
}
