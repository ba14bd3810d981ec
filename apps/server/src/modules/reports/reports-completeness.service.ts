import type {
  Completeness,
  CompletenessQuery,
  PeriodType,
  ReportInbox,
  ReportInboxRow,
  ReportStatus,
} from "@dangvu/contract";
import { requireCan } from "../../access/require";
import type { Ctx } from "../../context";
import { vietnamDate } from "../../context";
import { BadRequest, NotFound, RuleViolation } from "../../errors";
import { dueOn, type Period, parsePeriod, periodContaining, previousPeriod } from "./reports.periods";
import { onTime } from "./reports.rules";
import * as lists from "./reports-lists.repo";
import { findTemplate, listTemplates, type TemplateVersionRow, versionInForce } from "./reports-templates.repo";

const submittedStates = new Set(["submitted", "approved"]);

/**
 * Completeness and timeliness of one template's reports for a period over a subtree, in the style of DHIS2's
 * reporting rates: the units expected to report (their type must report on the template, in the tree as it stood
 * at the period's end), how many submitted, how many of those on time (first submission by the due date, in
 * Vietnam's day), how many approved.
 */
export async function completeness(ctx: Ctx, q: CompletenessQuery): Promise<Completeness> {
  const template = await findTemplate(ctx.db, q.templateId);
  if (!template) throw new NotFound("report.templateNotFound");
  const period = parsePeriod(template.periodType as PeriodType, q.period);
  if (!period) throw new BadRequest("report.periodKey", {}, { period: "report.periodNotOfTemplate" });
  if (period.from > ctx.today) throw new RuleViolation("report.periodFuture", {}, { period: "report.periodFuture" });
  const past = period.to < ctx.today;
  await requireCan(ctx, "report.read", q.orgUnitId, past ? period.to : undefined);
  const version = await versionInForce(ctx.db, template.id, period.to);
  const due = dueOn(period, version?.dueOffsetDays ?? 0);
  const expected = await lists.expectedReports(ctx.db, {
    templateId: template.id,
    period: period.key,
    orgUnitId: q.orgUnitId,
    day: past ? period.to : ctx.today,
    types: version?.reportingUnitTypes ?? [],
  });
  const rows = expected.map((r) => {
    const status = (r.status ?? "not_started") as ReportStatus;
    const dueDay = r.dueOn ?? due;
    const sent = r.submittedAt && submittedStates.has(status) ? vietnamDate(r.submittedAt) : null;
    return {
      orgUnitId: r.orgUnitId,
      orgUnitName: r.orgUnitName,
      parentName: r.parentName,
      status,
      dueOn: dueDay,
      submittedAt: sent ? (r.submittedAt as Date).toISOString() : null,
      onTime: onTime(sent, dueDay),
      approvedAt: r.approvedAt?.toISOString() ?? null,
    };
  });
  return {
    templateId: template.id,
    period: period.key,
    periodLabel: period.label,
    dueOn: due,
    expected: rows.length,
    submitted: rows.filter((r) => submittedStates.has(r.status)).length,
    onTime: rows.filter((r) => r.onTime).length,
    approved: rows.filter((r) => r.status === "approved").length,
    rows,
  };
}

/**
 * What the user must do about reports: for each unit their grants with report.write sit on, each template its
 * type reports on, the current period and the previous one while it is not approved; and the submitted reports of
 * the units directly under their report.approve grants, waiting for review.
 */
export async function inbox(ctx: Ctx): Promise<ReportInbox> {
  const templates = await listTemplates(ctx.db);
  const versions = new Map<string, TemplateVersionRow>();
  for (const template of templates) {
    const version = await versionInForce(ctx.db, template.id, ctx.today);
    if (version) versions.set(template.id, version);
  }
  const reporting = new Set([...versions.values()].flatMap((v) => v.reportingUnitTypes));
  const units = await standIns(ctx, "report.write", reporting);
  const approvers = await standIns(ctx, "report.approve", reporting);
  const waiting = await lists.waitingFor(ctx.db, [
    ...new Set([...approvers.map((u) => u.id), ...grantUnits(ctx, "report.approve")]),
  ]);
  const toFill: ReportInboxRow[] = [];
  for (const template of templates) {
    const version = versions.get(template.id);
    if (!version) continue;
    const current = periodContaining(template.periodType as PeriodType, ctx.today);
    const periods = [previousPeriod(current), current];
    for (const unit of units.filter((u) => version.reportingUnitTypes.includes(u.type))) {
      const statuses = await lists.statusesOf(
        ctx.db,
        template.id,
        unit.id,
        periods.map((p) => p.key),
      );
      for (const period of periods) {
        const status = (statuses.get(period.key) ?? "not_started") as ReportStatus;
        if (period !== current && status === "approved") continue;
        toFill.push(
          row(ctx, {
            templateId: template.id,
            templateName: version.name,
            unit,
            period,
            status,
            offset: version.dueOffsetDays,
          }),
        );
      }
    }
  }
  const toReview = waiting.flatMap((w) => {
    const period = parsePeriod(w.periodType as PeriodType, w.period);
    return period
      ? [
          {
            ...row(ctx, {
              templateId: w.templateId,
              templateName: w.templateName,
              unit: { id: w.orgUnitId, name: w.orgUnitName },
              period,
              status: "submitted",
              offset: 0,
            }),
            dueOn: w.dueOn,
            overdue: false,
          },
        ]
      : [];
  });
  return { toFill: toFill.sort((a, b) => a.dueOn.localeCompare(b.dueOn)), toReview };
}

const grantUnits = (ctx: Ctx, permission: string) =>
  ctx.actor.grants.filter((g) => g.permissions.has(permission)).map((g) => g.orgUnitId);

/**
 * The units whose reports a user handles through their grants holding `permission`: each grant's unit, or, for a
 * unit that files no reports (a province's party committee above the upper-grassroots committees), the units
 * directly under it, whose office the grant stands for.
 */
async function standIns(ctx: Ctx, permission: string, reporting: ReadonlySet<string>) {
  const units = await lists.unitsToday(ctx.db, [...new Set(grantUnits(ctx, permission))]);
  const above = units.filter((u) => !reporting.has(u.type)).map((u) => u.id);
  const below = await lists.childrenToday(ctx.db, above);
  return [...units.filter((u) => reporting.has(u.type)), ...below.filter((u) => reporting.has(u.type))];
}

function row(
  ctx: Ctx,
  r: {
    templateId: string;
    templateName: string;
    unit: { id: string; name: string };
    period: Period;
    status: ReportStatus;
    offset: number;
  },
): ReportInboxRow {
  const due = dueOn(r.period, r.offset);
  return {
    templateId: r.templateId,
    templateName: r.templateName,
    orgUnitId: r.unit.id,
    orgUnitName: r.unit.name,
    period: r.period.key,
    periodLabel: r.period.label,
    dueOn: due,
    status: r.status,
    overdue: due < ctx.today && !submittedStates.has(r.status),
  };
}
