import { randomUUID } from "node:crypto";
import type {
  ReportChildRow,
  ReportDetail,
  ReportParams,
  ReportReopenInput,
  ReportReturnInput,
  ReportStatus,
  ReportStepInput,
} from "@dangvu/contract";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { BadRequest, Conflict } from "../../errors";
import { isEntered } from "./reports.entered";
import * as repo from "./reports.repo";
import type { ReportStep } from "./reports.rules";
import { loadReport, type ReportContext, requireApprover } from "./reports-context";
import { computeFigures, dayOf } from "./reports-figures";
import { versionInForce } from "./reports-templates.repo";
import { getReport, requireStep } from "./reports-workflow.service";

type ReviewStep = Extract<ReportStep, "approve" | "return" | "reopen">;

const outcome: Record<ReviewStep, { status: ReportStatus; action: "approved" | "returned" | "reopened" }> = {
  approve: { status: "approved", action: "approved" },
  return: { status: "returned", action: "returned" },
  reopen: { status: "returned", action: "reopened" },
};

/**
 * One step of the unit above on a report: approve a submitted report (its figures are locked and count in the unit
 * above's entered figures), return it with a comment (the unit edits and submits again), or reopen an approved one
 * with a reason. Only a holder of report.approve at the unit above (at the top of the tree: at the unit itself).
 */
async function review(
  ctx: Ctx,
  params: ReportParams,
  step: ReviewStep,
  input: ReportStepInput,
  comment: string | null,
): Promise<ReportDetail> {
  const report = await loadReport(ctx, params, "report.read");
  requireApprover(report);
  requireStep(report, step, input.version);
  const row = report.row as repo.ReportRow;
  const { status, action } = outcome[step];
  const approved = step === "approve" ? { approvedAt: ctx.now, approvedBy: ctx.actor.userId } : {};
  const unlocked = step === "reopen" ? { approvedAt: null, approvedBy: null } : {};
  await ctx.transaction(async (tx) => {
    const changes = { status, ...approved, ...unlocked, updatedAt: ctx.now };
    if (!(await repo.updateReport(tx, row.id, row.version, changes)))
      throw new Conflict("version.stale", {}, { version: "version.stale" });
    await repo.insertAction(tx, {
      id: randomUUID(),
      reportId: row.id,
      action,
      comment,
      at: ctx.now,
      byUserId: ctx.actor.userId,
      byName: ctx.actor.displayName,
    });
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: `report.${action}`,
      entityType: "report",
      entityId: row.id,
      before: { status: report.status },
      after: { status, ...(comment ? { comment } : {}) },
    });
  });
  return getReport(ctx, params);
}

/** Approves a submitted report of a unit below: it is locked with its figures frozen. */
export function approveReport(ctx: Ctx, params: ReportParams, input: ReportStepInput): Promise<ReportDetail> {
  return review(ctx, params, "approve", input, null);
}

/** Returns a submitted report to its unit with a comment saying what to correct. */
export function returnReport(ctx: Ctx, params: ReportParams, input: ReportReturnInput): Promise<ReportDetail> {
  return review(ctx, params, "return", input, input.comment);
}

/** Reopens an approved report for correction, with the reason (audited); the unit submits it again. */
export function reopenReport(ctx: Ctx, params: ReportParams, input: ReportReopenInput): Promise<ReportDetail> {
  return review(ctx, params, "reopen", input, input.reason);
}

/**
 * The drill-down of one figure: each unit directly under the report's unit (as the tree stood in the period) with
 * its part. An entered figure: from the child's approved report (null while it has none). A computed figure: over
 * the child's subtree from the records, so the parts add up to the unit's figure unless a member moved between
 * children inside the period.
 */
export async function reportChildren(ctx: Ctx, params: ReportParams, indicator: string): Promise<ReportChildRow[]> {
  const report = await loadReport(ctx, params, "report.read");
  if (!isEntered(indicator) && !ctx.registry.indicators.has(indicator))
    throw new BadRequest("report.unknownIndicator", { id: indicator }, { indicator: "report.unknownIndicator" });
  const children = await repo.childReports(
    ctx.db,
    report.unit.id,
    report.period.key,
    dayOf({ period: report.period, today: ctx.today }),
  );
  const approved = children.filter((c) => c.status === "approved" && c.reportId).map((c) => c.reportId as string);
  const entered = isEntered(indicator) ? await repo.figureOfReports(ctx.db, approved, indicator) : undefined;
  const names = await templateNames(ctx, children, report.period.to);
  const rows: ReportChildRow[] = [];
  for (const child of children) {
    const value = entered
      ? child.status === "approved" && child.reportId
        ? (entered.get(child.reportId) ?? null)
        : null
      : ((await computeFigures(childSource(ctx, report, child.orgUnitId), [indicator])).get(indicator) ?? null);
    rows.push({
      orgUnitId: child.orgUnitId,
      orgUnitName: child.orgUnitName,
      status: (child.status as ReportStatus | null) ?? "not_started",
      templateName: child.templateId ? (names.get(child.templateId) ?? null) : null,
      value,
    });
  }
  return rows;
}

function childSource(ctx: Ctx, report: ReportContext, orgUnitId: string) {
  return {
    db: ctx.db,
    registry: ctx.registry,
    sections: report.sections,
    orgUnitId,
    period: report.period,
    today: ctx.today,
  };
}

async function templateNames(ctx: Ctx, children: repo.ChildReport[], day: string): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const id of new Set(children.flatMap((c) => (c.templateId ? [c.templateId] : [])))) {
    const version = await versionInForce(ctx.db, id, day);
    if (version) names.set(id, version.name);
  }
  return names;
}
