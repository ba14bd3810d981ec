import type { ReportParams, ReportStatus, TemplateSection, ValidationRule } from "@dangvu/contract";
import { permissionsIfVisible, requireVisible } from "../../access/require";
import type { Permission } from "../../access/roles";
import type { Ctx } from "../../context";
import { BadRequest, Forbidden, NotFound, RuleViolation } from "../../errors";
import { type Period, parsePeriod } from "./reports.periods";
import * as repo from "./reports.repo";
import { dayOf, type FigureSource } from "./reports-figures";
import { findTemplate, findVersion, type TemplateVersionRow, versionInForce } from "./reports-templates.repo";

/** Everything a step on a report needs: template version, period, unit, the stored report, what the actor holds. */
export interface ReportContext {
  templateId: string;
  version: TemplateVersionRow;
  sections: TemplateSection[];
  rules: ValidationRule[];
  period: Period;
  unit: repo.UnitOn;
  row: repo.ReportRow | undefined;
  status: ReportStatus;
  /** What the actor holds at the report's unit. */
  held: Set<string>;
  /** The unit that approves: the one above, or the unit itself at the top of the tree. */
  approverUnitId: string;
  /** What the actor holds at the approving unit; null when no grant covers it. */
  approverHeld: Set<string> | null;
}

/**
 * Resolves a report's URL to its template version, period and unit, checking the actor may `permission` there: an
 * unknown template or a unit outside every grant → 404, a key that is not one of the template's periods → 400, a
 * period that has not begun → 422. A past period is judged on the tree as it stood at its end.
 */
export async function loadReport(ctx: Ctx, params: ReportParams, permission: Permission): Promise<ReportContext> {
  const template = await findTemplate(ctx.db, params.templateId);
  if (!template) throw new NotFound("report.templateNotFound");
  const period = parsePeriod(template.periodType as Period["type"], params.period);
  if (!period) throw new BadRequest("report.periodKey", {}, { period: "report.periodNotOfTemplate" });
  if (period.from > ctx.today) throw new RuleViolation("report.periodFuture", {}, { period: "report.periodFuture" });
  const day = dayOf({ period, today: ctx.today });
  const held = await requireVisible(ctx, params.orgUnitId, period.to < ctx.today ? period.to : undefined);
  // Someone who may not read reports at all is not told which exist (404); one who reads but may not act: 403.
  if (!held.has("report.read")) throw new NotFound();
  if (!held.has(permission)) throw new Forbidden();
  const unit = await repo.unitOn(ctx.db, params.orgUnitId, day);
  if (!unit) throw new NotFound();
  const row = await repo.findReport(ctx.db, template.id, unit.id, period.key);
  const version = row
    ? await findVersion(ctx.db, row.templateVersionId)
    : await versionInForce(ctx.db, template.id, period.to);
  if (!version) throw new RuleViolation("report.noVersion", {}, { period: "report.noVersion" });
  if (!row && !(version.reportingUnitTypes as string[]).includes(unit.type))
    throw new RuleViolation("report.notExpected", {}, { orgUnitId: "report.notExpected" });
  const approverUnitId = unit.parentId ?? unit.id;
  return {
    templateId: template.id,
    version,
    sections: version.sections as TemplateSection[],
    rules: version.rules as ValidationRule[],
    period,
    unit,
    row,
    status: (row?.status as ReportStatus | undefined) ?? "not_started",
    held,
    approverUnitId,
    approverHeld: await permissionsIfVisible(ctx, approverUnitId),
  };
}

/** The report's figure source, for reports-figures.ts. */
export function sourceOf(ctx: Ctx, report: ReportContext): FigureSource {
  return {
    db: ctx.db,
    registry: ctx.registry,
    sections: report.sections,
    orgUnitId: report.unit.id,
    period: report.period,
    today: ctx.today,
  };
}

/** Approving, returning and reopening belong to the unit above: someone who sees the report but not there gets 403. */
export function requireApprover(report: ReportContext): void {
  if (!report.approverHeld?.has("report.approve")) throw new Forbidden("report.approverOnly");
}

/** The edit's `version` must be the one the actor read (0 for a report not started yet). */
export function currentVersion(report: ReportContext): number {
  return report.row?.version ?? 0;
}
