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
import { findTemplate, listTemplates, versionInForce } from "./reports-templates.repo";

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
  const writeUnits = ctx.actor.grants.filter((g) => g.permissions.has("report.write")).map((g) => g.orgUnitId);
  const approveUnits = ctx.actor.grants.filter((g) => g.permissions.has("report.approve")).map((g) => g.orgUnitId);
  const [units, templates, waiting] = await Promise.all([
    lists.unitsToday(ctx.db, [...new Set(writeUnits)]),
    listTemplates(ctx.db),
    lists.waitingFor(ctx.db, [...new Set(approveUnits)]),
  ]);
  const toFill: ReportInboxRow[] = [];
  for (const template of templates) {
    const version = await versionInForce(ctx.db, template.id, ctx.today);
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
