import { randomUUID } from "node:crypto";
import type {
  PeriodType,
  ReportTemplate,
  ReportTemplateInput,
  ReportTemplatePatch,
  ReportTemplateSummary,
  ReportTemplateVersionInput,
} from "@dangvu/contract";
import type { Permission } from "../../access/roles";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import type { Tx } from "../../db/database";
import { Conflict, Forbidden, NotFound, RuleViolation } from "../../errors";
import { addDays, dmy } from "../../rules/dates";
import { enteredById } from "./reports.entered";
import { periodContaining } from "./reports.periods";
import * as repo from "./reports-templates.repo";
import { pathLabel, startsAfter, staysBetween, templateFaults } from "./reports-templates.rules";

type VersionRow = repo.TemplateVersionRow;
type VersionFields = Omit<ReportTemplateVersionInput, "periodType">;

/** Refuses (403) an actor who holds the permission through no grant: templates are shared by the whole tree. */
function requireAnywhere(ctx: Ctx, permission: Permission) {
  if (!ctx.actor.grants.some((g) => g.permissions.has(permission))) throw new Forbidden();
}

/** Every template with its versions, named and described by the version in force today (else its first). */
export async function listTemplates(ctx: Ctx): Promise<ReportTemplateSummary[]> {
  requireAnywhere(ctx, "report.read");
  const [templates, versions] = await Promise.all([repo.listTemplates(ctx.db), repo.listVersions(ctx.db)]);
  return templates.flatMap((t) => {
    const own = versions.filter((v) => v.templateId === t.id);
    const shown = own.filter((v) => v.validFrom <= ctx.today).at(-1) ?? own[0];
    if (!shown) return [];
    return [
      {
        id: t.id,
        code: t.code,
        name: shown.name,
        periodType: t.periodType as PeriodType,
        reportingUnitTypes: shown.reportingUnitTypes as ReportTemplateSummary["reportingUnitTypes"],
        dueOffsetDays: shown.dueOffsetDays,
        versions: own.map((v, i) => ({ versionId: v.id, versionNo: i + 1, validFrom: v.validFrom })),
      },
    ];
  });
}

/** One version of a template: `versionId`, or the one in force `on` a day (today by default; else the first). */
export async function getTemplate(
  ctx: Ctx,
  id: string,
  query: { versionId?: string; on?: string },
): Promise<ReportTemplate> {
  requireAnywhere(ctx, "report.read");
  const template = await repo.findTemplate(ctx.db, id);
  if (!template) throw new NotFound();
  const versions = await repo.listVersions(ctx.db, id);
  const day = query.on ?? ctx.today;
  const version = query.versionId
    ? versions.find((v) => v.id === query.versionId)
    : (versions.filter((v) => v.validFrom <= day).at(-1) ?? (query.on ? undefined : versions[0]));
  if (!version) throw new NotFound();
  return present(ctx, template, version, versions);
}

async function present(
  ctx: Ctx,
  template: { id: string; code: string; periodType: string },
  version: VersionRow,
  versions: VersionRow[],
): Promise<ReportTemplate> {
  return {
    id: template.id,
    code: template.code,
    periodType: template.periodType as PeriodType,
    versionId: version.id,
    version: version.version,
    versionNo: versions.findIndex((v) => v.id === version.id) + 1,
    inUse: await repo.versionInUse(ctx.db, version.id),
    ...fieldsOf(version),
  };
}

function fieldsOf(version: VersionRow): VersionFields {
  return {
    name: version.name,
    validFrom: version.validFrom,
    reportingUnitTypes: version.reportingUnitTypes as VersionFields["reportingUnitTypes"],
    dueOffsetDays: version.dueOffsetDays,
    sections: version.sections as VersionFields["sections"],
    rules: version.rules as VersionFields["rules"],
    document: version.document as VersionFields["document"],
  };
}

/** 422 naming each field of the version that refers to something unknown or repeats itself. */
function checkContent(ctx: Ctx, input: Pick<VersionFields, "sections" | "rules" | "reportingUnitTypes">) {
  const indicators = new Set([...ctx.registry.indicators.keys(), ...enteredById.keys()]);
  const faults = templateFaults(input, { indicators, breakdowns: new Set(ctx.registry.breakdowns.keys()) });
  const first = Object.keys(faults)[0];
  if (first) throw new RuleViolation("reportTemplate.invalid", { where: pathLabel(ctx.lang, first) }, faults);
}

/** Creates a template with its first version (committee office, report.template); codes are unique. */
export async function createTemplate(ctx: Ctx, input: ReportTemplateInput): Promise<ReportTemplate> {
  requireAnywhere(ctx, "report.template");
  checkContent(ctx, input);
  if (await repo.findTemplateByCode(ctx.db, input.code))
    throw new Conflict("reportTemplate.codeTaken", { code: input.code }, { code: "reportTemplate.codeTaken" });
  const { code, periodType, ...fields } = input;
  const template = { id: randomUUID(), code, periodType, createdAt: ctx.now };
  const version = { id: randomUUID(), templateId: template.id, ...fields, createdAt: ctx.now, version: 1 };
  await ctx.transaction(async (tx) => {
    await repo.insertTemplate(tx, template);
    await repo.insertVersion(tx, version);
    await audit(ctx, tx, "reportTemplate.created", template.id, undefined, input);
  });
  return present(ctx, template, version, [version]);
}

/** Adds a version in force from its `validFrom`, after the latest one's; reports of earlier periods keep theirs. */
export async function addVersion(ctx: Ctx, id: string, input: ReportTemplateVersionInput): Promise<ReportTemplate> {
  requireAnywhere(ctx, "report.template");
  const template = await repo.findTemplate(ctx.db, id);
  if (!template) throw new NotFound();
  samePeriodType(template.periodType, input.periodType);
  const versions = await repo.listVersions(ctx.db, id);
  const latest = versions.at(-1)?.validFrom;
  if (!startsAfter(input.validFrom, latest))
    throw new RuleViolation(
      "reportTemplate.startsAfter",
      { date: dmy(latest ?? "") },
      {
        validFrom: "reportTemplate.startsAfter",
      },
    );
  checkContent(ctx, input);
  const { periodType: _, ...fields } = input;
  const version = { id: randomUUID(), templateId: id, ...fields, createdAt: ctx.now, version: 1 };
  await ctx.transaction(async (tx) => {
    await repo.insertVersion(tx, version);
    await audit(ctx, tx, "reportTemplate.versionAdded", id, undefined, input);
  });
  return present(ctx, template, version, [...versions, version]);
}

function samePeriodType(actual: string, given: string | undefined) {
  if (given !== undefined && given !== actual)
    throw new RuleViolation("reportTemplate.periodTypeFixed", {}, { periodType: "reportTemplate.periodTypeFixed" });
}

/**
 * Edits a version no report has been submitted on (409 otherwise: the office makes a new version from the next
 * period, so an approved report never changes under its readers); a stale `version` is 409 too.
 */
export async function patchVersion(
  ctx: Ctx,
  id: string,
  versionId: string,
  patch: ReportTemplatePatch,
): Promise<ReportTemplate> {
  requireAnywhere(ctx, "report.template");
  const template = await repo.findTemplate(ctx.db, id);
  const current = await repo.findVersion(ctx.db, versionId);
  if (!template || current?.templateId !== id) throw new NotFound();
  if (await repo.versionInUse(ctx.db, versionId)) throw inUse(ctx, template.periodType as PeriodType);
  if (current.version !== patch.version) throw new Conflict("version.stale", {}, { version: "version.stale" });
  samePeriodType(template.periodType, patch.periodType);
  const { version: expected, periodType: _, ...changes } = patch;
  const merged: VersionFields = { ...fieldsOf(current), ...changes };
  const versions = await repo.listVersions(ctx.db, id);
  const at = versions.findIndex((v) => v.id === versionId);
  if (!staysBetween(merged.validFrom, versions[at - 1]?.validFrom, versions[at + 1]?.validFrom))
    throw new RuleViolation("reportTemplate.outOfOrder", {}, { validFrom: "reportTemplate.outOfOrder" });
  checkContent(ctx, merged);
  await ctx.transaction(async (tx) => {
    if (!(await repo.updateVersion(tx, versionId, expected, merged))) throw new Conflict("version.stale");
    await audit(ctx, tx, "reportTemplate.versionEdited", id, fieldsOf(current), { versionId, ...merged });
  });
  const updated = (await repo.findVersion(ctx.db, versionId)) as VersionRow;
  return present(ctx, template, updated, versions);
}

/** The refusal to edit a version in use, naming the first day of the next period as the new version's start. */
function inUse(ctx: Ctx, periodType: PeriodType): Conflict {
  const next = addDays(periodContaining(periodType, ctx.today).to, 1);
  return new Conflict("reportTemplate.versionInUse", { date: dmy(next) });
}

async function audit(ctx: Ctx, tx: Tx, action: string, entityId: string, before: unknown, after: unknown) {
  await recordAudit(tx, ctx.actor, ctx.now, {
    action,
    entityType: "reportTemplate",
    entityId,
    ...(before === undefined ? {} : { before }),
    after,
  });
}

/** Templates are shared by the whole tree: their history is located at its top unit (report.read there). */
export async function locateTemplateForAudit(ctx: Ctx, id: string) {
  if (!(await repo.findTemplate(ctx.db, id))) return undefined;
  const top = await repo.topUnitId(ctx.db);
  return top ? { orgUnitId: top } : undefined;
}
