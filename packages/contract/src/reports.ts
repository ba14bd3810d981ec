import { z } from "zod";
import { Id, IsoDate, OptionalText, SafeString, Text, Version } from "./common";
import { OrgUnitType } from "./org";

/** A figure the modules compute from the records for a subtree and a period (report indicators). */
export const IndicatorInfo = z.object({
  id: z.string(),
  group: z.string(),
  label: z.string(),
  unit: z.enum(["count", "percent"]),
  /** Computed from the records by a module, or entered by the unit (`entered.*`). */
  kind: z.enum(["computed", "entered"]),
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

// ---------------------------------------------------------------------------------------------------------------
// Report templates, reports and their workflow (issue 10). Glossary: báo cáo sơ kết / tổng kết → `report` for a
// `period`; a period is written as a key: "2026-11" (month), "2026-Q3", "2026-H1", "2026-9M", "2026", "2020-2025"
// (term).
// ---------------------------------------------------------------------------------------------------------------

export const PeriodType = z.enum(["month", "quarter", "half_year", "nine_months", "year", "term"]);
export type PeriodType = z.infer<typeof PeriodType>;

/** A period key as written in URLs; which keys a template accepts depends on its period type. */
export const PeriodKey = z
  .string()
  .regex(/^(\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]|9M))?|\d{4}-\d{4})$/, { message: "report.periodKey" });

/** A row of an indicator table: a computed indicator (`<module>.<name>`) or an entered one (`entered.<name>`). */
export const TemplateRow = z.object({
  indicator: SafeString().trim().min(1).max(100),
  /** The label printed instead of the indicator's own. */
  label: OptionalText(300),
  /** Indentation: 0 for a total, 1 for a part of it, 2 for a part of a part. */
  level: z.number().int().min(0).max(2).optional(),
  /** Printed as a share of another figure ("134 = 67% kế hoạch năm"). */
  percentOf: SafeString().trim().min(1).max(100).optional(),
});
export type TemplateRow = z.infer<typeof TemplateRow>;

const sectionBase = {
  key: z.string().regex(/^[a-z][a-zA-Z0-9_]{0,39}$/, { message: "report.sectionKey" }),
  title: Text(300),
};
export const TemplateSection = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("table"), ...sectionBase, rows: z.array(TemplateRow).min(1).max(200) }),
  /** A table of one breakdown (members by ethnic group, by religion, by political theory …) as at the period's end. */
  z.object({ kind: z.literal("breakdown"), ...sectionBase, breakdown: SafeString().trim().min(1).max(100) }),
  z.object({ kind: z.literal("narrative"), ...sectionBase, hint: OptionalText(1000) }),
  /** The member list book (sổ danh sách đảng viên, mẫu 7-HSĐV) as at the period's end. */
  z.object({ kind: z.literal("memberList"), ...sectionBase }),
]);
export type TemplateSection = z.infer<typeof TemplateSection>;

/** A validation rule over a report's figures, as data: `left op right`, right an indicator or a number. */
export const ValidationRule = z.object({
  left: SafeString().trim().min(1).max(100),
  op: z.enum(["lte", "gte", "eq"]),
  right: z.union([SafeString().trim().min(1).max(100), z.number().int().min(0)]),
  /** What the office reads when the rule is broken. */
  message: Text(300),
});
export type ValidationRule = z.infer<typeof ValidationRule>;

/** How the report is printed in the party document format (domain.md §8.4). */
export const TemplateDocument = z.object({
  /** "BC" (báo cáo); the number comes from the unit's register for this type and term. */
  typeCode: z.string().regex(/^[A-ZĐ]{1,5}$/, { message: "report.typeCode" }),
  /** The summary line (trích yếu); `{period}` becomes "6 tháng đầu năm 2026" and the like. */
  summary: Text(300),
  signerAuthority: OptionalText(100),
  signerTitle: Text(100),
  recipients: z.array(Text(200)).max(20),
});
export type TemplateDocument = z.infer<typeof TemplateDocument>;

export const ReportTemplateInput = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, { message: "report.templateCode" }),
  name: Text(200),
  periodType: PeriodType,
  /** The unit types that must report on this template. */
  reportingUnitTypes: z.array(OrgUnitType).min(1).max(7),
  /** The due date, in days after the period's last day (negative: before it). */
  dueOffsetDays: z.number().int().min(-60).max(120),
  validFrom: IsoDate,
  sections: z.array(TemplateSection).min(1).max(40),
  rules: z.array(ValidationRule).max(100),
  document: TemplateDocument,
});
export type ReportTemplateInput = z.infer<typeof ReportTemplateInput>;

/** A new version of a template, in force from `validFrom`; reports of earlier periods keep the version they used. */
export const ReportTemplateVersionInput = ReportTemplateInput.omit({ code: true });
export type ReportTemplateVersionInput = z.infer<typeof ReportTemplateVersionInput>;

/** An edit of a version no report has been submitted on yet (otherwise the office makes a new version). */
export const ReportTemplatePatch = ReportTemplateVersionInput.partial().extend({ version: Version });
export type ReportTemplatePatch = z.infer<typeof ReportTemplatePatch>;

export const ReportTemplate = ReportTemplateInput.extend({
  /** The template (all its versions); reports refer to it. */
  id: Id,
  versionId: Id,
  /** Edits of this version (optimistic locking). */
  version: z.number().int(),
  /** 1, 2, 3 … in the order of `validFrom`. */
  versionNo: z.number().int(),
  /** Reports submitted or approved on this version: it can no longer be edited. */
  inUse: z.boolean(),
});
export type ReportTemplate = z.infer<typeof ReportTemplate>;

export const ReportTemplateSummary = ReportTemplate.pick({
  id: true,
  code: true,
  name: true,
  periodType: true,
  reportingUnitTypes: true,
  dueOffsetDays: true,
}).extend({ versions: z.array(z.object({ versionId: Id, versionNo: z.number().int(), validFrom: IsoDate })) });
export type ReportTemplateSummary = z.infer<typeof ReportTemplateSummary>;

export const ReportStatus = z.enum(["not_started", "draft", "submitted", "returned", "approved"]);
export type ReportStatus = z.infer<typeof ReportStatus>;

/** One figure of a report: computed from the records, or entered (the unit's own plus its children's approved reports). */
export const ReportValue = z.object({
  indicator: z.string(),
  label: z.string(),
  kind: z.enum(["computed", "entered"]),
  unit: z.enum(["count", "percent"]),
  /** The figure as the report states it (for an entered one: own + children). */
  value: z.number().nullable(),
  /** Entered figures only: what the unit typed for its own work, and the sum of its children's approved reports. */
  own: z.number().nullable(),
  children: z.number().nullable(),
});
export type ReportValue = z.infer<typeof ReportValue>;

export const BreakdownRow = z.object({ key: z.string(), label: z.string(), value: z.number() });
export type BreakdownRow = z.infer<typeof BreakdownRow>;

/**
 * One member of the member list book (sổ danh sách đảng viên, mẫu 7-HSĐV, HD 12-HD/BTCTW; records-and-calendar.md
 * §2.7) as at a day, by its 14 columns (`col1` … in the comments). Codes the records hold come as printed words
 * ("Nam", "Sơ cấp"); what the records do not hold (foreign language, occupation before admission, badge number,
 * armed forces or retired) is null, as are the columns of leaving, which stay empty for a member on the list.
 */
export const MemberListBookRow = z.object({
  /** col 1: Số TT, in Vietnamese name order. */
  no: z.number().int(),
  memberId: Id,
  /** col 2: the name in use, and the birth name when it differs. */
  fullName: z.string(),
  birthName: z.string().nullable(),
  birthDate: IsoDate,
  /** col 3: "Nam" or "Nữ"; ethnic group; religion. */
  sex: z.string(),
  ethnicity: z.string().nullable(),
  religion: z.string().nullable(),
  /** col 4. */
  homeTown: z.string().nullable(),
  /** col 5: general education, political theory ("Trung cấp"), qualification, academic title, foreign language. */
  generalEducation: z.string().nullable(),
  politicalTheory: z.string().nullable(),
  professionalQualification: z.string().nullable(),
  academicTitle: z.string().nullable(),
  foreignLanguage: z.string().nullable(),
  /** col 6: occupation before joining the Party (not recorded), occupation now and post. */
  occupationBeforeAdmission: z.string().nullable(),
  occupation: z.string().nullable(),
  jobTitle: z.string().nullable(),
  /** col 7: the admission decision's date; full membership (null while probationary on the day). */
  admittedOn: IsoDate.nullable(),
  fullMembershipOn: IsoDate.nullable(),
  /** col 8: party card held on the day, file number (số lý lịch), badge number (kept by the awards module). */
  cardNumber: z.string().nullable(),
  fileNumber: z.string().nullable(),
  badgeNumber: z.string().nullable(),
  /** col 9: armed forces, police, retired (not recorded). */
  armedForcesOrRetired: z.string().nullable(),
  /** col 10 and 11: transferred out (to where), transferred in (from where): the latest move into the subtree. */
  transferredOutOn: IsoDate.nullable(),
  transferredOutTo: z.string().nullable(),
  transferredInOn: IsoDate.nullable(),
  transferredInFrom: z.string().nullable(),
  /** col 12 and 13: died; left the Party and how. */
  diedOn: IsoDate.nullable(),
  leftOn: IsoDate.nullable(),
  leftHow: z.string().nullable(),
  /** col 14: exempt from activity, in temporary activity elsewhere, probationary. */
  note: z.string().nullable(),
  /** The member's official cell on the day. */
  orgUnitId: Id,
  orgUnitName: z.string(),
  status: z.enum(["probationary", "full"]),
});
export type MemberListBookRow = z.infer<typeof MemberListBookRow>;

export const ReportAction = z.object({
  action: z.enum(["created", "submitted", "approved", "returned", "reopened"]),
  comment: z.string().nullable(),
  at: z.string(),
  byName: z.string().nullable(),
});
export type ReportAction = z.infer<typeof ReportAction>;

export const ReportDetail = z.object({
  /** Null until the unit first opens its report for the period (status not_started). */
  id: Id.nullable(),
  templateId: Id,
  templateVersionId: Id,
  templateName: z.string(),
  orgUnitId: Id,
  orgUnitName: z.string(),
  /** The unit above, which approves; null at the top of the tree. */
  parentUnitId: Id.nullable(),
  parentUnitName: z.string().nullable(),
  /** How many units stood directly under the unit in the period (the drill-down of a figure lists them). */
  childUnits: z.number().int(),
  period: z.string(),
  periodLabel: z.string(),
  from: IsoDate,
  to: IsoDate,
  dueOn: IsoDate,
  status: ReportStatus,
  /** Edits of the report (optimistic locking); 0 before it exists. */
  version: z.number().int(),
  /** When the computed figures were last taken from the records. */
  computedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  documentNumber: z.string().nullable(),
  sections: z.array(TemplateSection),
  rules: z.array(ValidationRule),
  values: z.array(ReportValue),
  breakdowns: z.record(z.string(), z.array(BreakdownRow)),
  narrative: z.record(z.string(), z.string()),
  history: z.array(ReportAction),
  can: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    approve: z.boolean(),
    return: z.boolean(),
    reopen: z.boolean(),
  }),
});
export type ReportDetail = z.infer<typeof ReportDetail>;

export const ReportParams = z.object({ templateId: Id, orgUnitId: Id, period: PeriodKey });
export type ReportParams = z.infer<typeof ReportParams>;

/** Autosave of a draft: the unit's own entered figures and the narrative sections, by key; absent keys stay. */
export const ReportPatch = z.object({
  version: z.number().int().min(0),
  entered: z
    .record(
      z.string().max(100),
      z
        .number()
        .int({ message: "report.wholeNumber" })
        .min(0, { message: "report.negative" })
        .max(10_000_000)
        .nullable(),
    )
    .optional(),
  narrative: z.record(z.string().max(40), OptionalText(50_000)).optional(),
});
export type ReportPatch = z.infer<typeof ReportPatch>;

export const ReportStepInput = z.object({ version: z.number().int().min(0) });
export type ReportStepInput = z.infer<typeof ReportStepInput>;
export const ReportReturnInput = ReportStepInput.extend({ comment: Text(2000) });
export type ReportReturnInput = z.infer<typeof ReportReturnInput>;
export const ReportReopenInput = ReportStepInput.extend({ reason: Text(2000) });
export type ReportReopenInput = z.infer<typeof ReportReopenInput>;

/** A child unit's part of an entered figure (drill-down). */
export const ReportChildRow = z.object({
  orgUnitId: Id,
  orgUnitName: z.string(),
  status: ReportStatus,
  templateName: z.string().nullable(),
  value: z.number().nullable(),
});
export type ReportChildRow = z.infer<typeof ReportChildRow>;

export const CompletenessQuery = z.object({ templateId: Id, period: PeriodKey, orgUnitId: Id });
export type CompletenessQuery = z.infer<typeof CompletenessQuery>;

/** One expected report, in the style of DHIS2's reporting rates. */
export const CompletenessRow = z.object({
  orgUnitId: Id,
  orgUnitName: z.string(),
  parentName: z.string().nullable(),
  status: ReportStatus,
  dueOn: IsoDate,
  submittedAt: z.string().nullable(),
  onTime: z.boolean().nullable(),
  approvedAt: z.string().nullable(),
});
export type CompletenessRow = z.infer<typeof CompletenessRow>;

export const Completeness = z.object({
  templateId: Id,
  period: z.string(),
  periodLabel: z.string(),
  dueOn: IsoDate,
  expected: z.number().int(),
  submitted: z.number().int(),
  onTime: z.number().int(),
  approved: z.number().int(),
  rows: z.array(CompletenessRow),
});
export type Completeness = z.infer<typeof Completeness>;

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

/** A report someone must file or review, as listed on the desk's reports page. */
export const ReportInboxRow = z.object({
  templateId: Id,
  templateName: z.string(),
  orgUnitId: Id,
  orgUnitName: z.string(),
  period: z.string(),
  periodLabel: z.string(),
  dueOn: IsoDate,
  status: ReportStatus,
  overdue: z.boolean(),
});
export type ReportInboxRow = z.infer<typeof ReportInboxRow>;

/** The user's reports to fill (their units' current and unfinished previous periods) and to review (the units below). */
export const ReportInbox = z.object({ toFill: z.array(ReportInboxRow), toReview: z.array(ReportInboxRow) });
export type ReportInbox = z.infer<typeof ReportInbox>;
