import { z } from "zod";
import { Id, IsoDate, OptionalText, SafeString, Text } from "./common";
import { PeriodKey, TemplateSection, ValidationRule } from "./report-templates";

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

// Reports of a unit for a period and their workflow (issue 10); templates and periods are in report-templates.ts.

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
