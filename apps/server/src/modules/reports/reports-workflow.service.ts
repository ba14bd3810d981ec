import { randomUUID } from "node:crypto";
import type { ReportDetail, ReportParams, ReportPatch, ReportStepInput } from "@dangvu/contract";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import type { Tx } from "../../db/database";
import { BadRequest, Conflict, RuleViolation } from "../../errors";
import { takeNumber } from "../documents";
import { isEntered } from "./reports.entered";
import * as repo from "./reports.repo";
import { breachedRules, nextStatus, type ReportStep, tableIndicators } from "./reports.rules";
import { currentVersion, loadReport, type ReportContext, sourceOf } from "./reports-context";
import { dueOf, figuresOf, toDetail } from "./reports-detail";
import { computeFigures, enteredTotal } from "./reports-figures";

/** A unit's report for a period: its figures, narrative, history and what the reader may do (nothing is created). */
export async function getReport(ctx: Ctx, params: ReportParams): Promise<ReportDetail> {
  return toDetail(ctx, await loadReport(ctx, params, "report.read"));
}

/** Checks the step is allowed from the report's status and the edit is made on the version the actor read. */
export function requireStep(report: ReportContext, step: ReportStep, version: number): void {
  if (!nextStatus(report.status, step))
    throw new Conflict(`report.${report.status}`, {}, { status: `report.${report.status}` });
  if (version !== currentVersion(report)) throw new Conflict("version.stale", {}, { version: "version.stale" });
}

/**
 * Saves a draft's entered figures and narrative (autosave): only the template's entered figures and narrative
 * sections, and only while the report is a draft or returned; a figure that breaks a validation rule is refused
 * (422, nothing written). The first save creates the report with its computed figures taken from the records.
 */
export async function patchReport(ctx: Ctx, params: ReportParams, input: ReportPatch): Promise<ReportDetail> {
  const report = await loadReport(ctx, params, "report.write");
  requireStep(report, "edit", input.version);
  const rows = new Set(tableIndicators(report.sections));
  const narratives = new Set(report.sections.filter((s) => s.kind === "narrative").map((s) => s.key));
  const entered = Object.entries(input.entered ?? {});
  for (const [id] of entered)
    if (!isEntered(id) || !rows.has(id))
      throw new BadRequest("report.unknownFigure", { id }, { [id]: "report.unknownFigure" });
  for (const key of Object.keys(input.narrative ?? {}))
    if (!narratives.has(key))
      throw new BadRequest("report.unknownSection", { key }, { [key]: "report.unknownSection" });
  const values = await figuresOf(ctx, report);
  for (const [id, own] of entered) values.set(id, { own, total: enteredTotal(own, childrenPart(values.get(id))) });
  requireRules(report, values);
  const narrative = { ...(report.row?.narrative ?? {}), ...cleanNarrative(input.narrative) };
  await ctx.transaction(async (tx) => {
    const id = report.row?.id ?? (await createReport(ctx, tx, report, { narrative, computedAt: ctx.now }));
    if (report.row && !(await repo.updateReport(tx, id, report.row.version, { narrative, updatedAt: ctx.now })))
      throw new Conflict("version.stale", {}, { version: "version.stale" });
    await repo.saveValues(
      tx,
      id,
      report.row ? new Map(entered.map(([k]) => [k, values.get(k) as repo.StoredValue])) : values,
    );
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "report.edited",
      entityType: "report",
      entityId: id,
      after: { entered: input.entered ?? {}, narrative: Object.keys(input.narrative ?? {}) },
    });
  });
  return getReport(ctx, params);
}

/** The children's part of an entered figure as figuresOf states it (its total less the unit's own). */
function childrenPart(value: repo.StoredValue | undefined): number | undefined {
  return value?.total === null || value?.total === undefined ? undefined : value.total - (value.own ?? 0);
}

function cleanNarrative(narrative: ReportPatch["narrative"]): Record<string, string> {
  return Object.fromEntries(Object.entries(narrative ?? {}).map(([k, v]) => [k, v ?? ""]));
}

/** Refuses figures that break the template's validation rules, naming each figure with the template's message. */
function requireRules(report: ReportContext, values: Map<string, repo.StoredValue>): void {
  const totals = new Map([...values].map(([id, v]) => [id, v.total]));
  const breaches = breachedRules(report.rules, totals);
  if (breaches.length === 0) return;
  const fields = Object.fromEntries(breaches.map((b) => [b.field, b.message]));
  throw new RuleViolation("report.ruleBroken", { rule: breaches[0]?.message ?? "" }, fields);
}

async function createReport(
  ctx: Ctx,
  tx: Tx,
  report: ReportContext,
  extra: Partial<repo.ReportInsert> = {},
): Promise<string> {
  const id = randomUUID();
  const created = await repo.insertReport(tx, {
    id,
    templateId: report.templateId,
    templateVersionId: report.version.id,
    orgUnitId: report.unit.id,
    period: report.period.key,
    periodFrom: report.period.from,
    periodTo: report.period.to,
    dueOn: dueOf(report),
    status: "draft",
    narrative: {},
    createdAt: ctx.now,
    updatedAt: ctx.now,
    ...extra,
  });
  if (!created) throw new Conflict("version.stale", {}, { version: "version.stale" });
  await repo.insertAction(tx, {
    id: randomUUID(),
    reportId: id,
    action: "created",
    at: ctx.now,
    byUserId: ctx.actor.userId,
    byName: ctx.actor.displayName,
  });
  return id;
}

/** Takes the computed figures from the records again (a draft only; a submitted report keeps its figures). */
export async function refreshReport(ctx: Ctx, params: ReportParams, input: ReportStepInput): Promise<ReportDetail> {
  const report = await loadReport(ctx, params, "report.write");
  requireStep(report, "edit", input.version);
  const computed = await computeFigures(sourceOf(ctx, report));
  await ctx.transaction(async (tx) => {
    const id = report.row?.id ?? (await createReport(ctx, tx, report));
    if (!(await repo.updateReport(tx, id, report.row?.version ?? 1, { computedAt: ctx.now, updatedAt: ctx.now })))
      throw new Conflict("version.stale", {}, { version: "version.stale" });
    await repo.saveValues(tx, id, new Map([...computed].map(([k, v]) => [k, { own: null, total: v }])));
    await recordAudit(tx, ctx.actor, ctx.now, { action: "report.refreshed", entityType: "report", entityId: id });
  });
  return getReport(ctx, params);
}

/**
 * Submits the report to the unit above: the computed figures are taken from the records once more and frozen with
 * the entered ones (own + the children's approved reports), the validation rules are checked, and the report takes
 * its number from the unit's register of reports ("Số 12-BC/ĐU"), kept if it is returned and submitted again.
 */
export async function submitReport(ctx: Ctx, params: ReportParams, input: ReportStepInput): Promise<ReportDetail> {
  const report = await loadReport(ctx, params, "report.write");
  requireStep(report, "submit", input.version);
  const values = await figuresOf(ctx, report, true);
  requireRules(report, values);
  await ctx.transaction(async (tx) => {
    const id = report.row?.id ?? (await createReport(ctx, tx, report));
    const typeCode = String(report.version.document.typeCode ?? "BC");
    const number = await takeNumber(tx, {
      issuerUnitId: report.unit.id,
      typeCode,
      issuedOn: ctx.today,
      subject: { type: "report", id },
    });
    const changes = {
      status: "submitted",
      computedAt: ctx.now,
      submittedAt: report.row?.submittedAt ?? ctx.now,
      submittedBy: ctx.actor.userId,
      documentNumber: number.code,
      updatedAt: ctx.now,
    };
    if (!(await repo.updateReport(tx, id, report.row?.version ?? 1, changes)))
      throw new Conflict("version.stale", {}, { version: "version.stale" });
    await repo.saveValues(tx, id, values);
    await repo.insertAction(tx, {
      id: randomUUID(),
      reportId: id,
      action: "submitted",
      at: ctx.now,
      byUserId: ctx.actor.userId,
      byName: ctx.actor.displayName,
    });
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "report.submitted",
      entityType: "report",
      entityId: id,
      after: {
        status: "submitted",
        documentNumber: number.code,
        figures: Object.fromEntries([...values].map(([k, v]) => [k, v.total])),
      },
    });
  });
  return getReport(ctx, params);
}

/** Where a report's history is read: its unit, as the tree stood at the period's end for a past period. */
export async function locateReportForAudit(
  ctx: Ctx,
  id: string,
): Promise<{ orgUnitId: string; asOf?: string } | undefined> {
  const row = await repo.findReportById(ctx.db, id);
  if (!row) return undefined;
  return { orgUnitId: row.orgUnitId, asOf: row.periodTo < ctx.today ? row.periodTo : undefined };
}
