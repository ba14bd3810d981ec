import { z } from "zod";
import { Id, IsoDate, OptionalText, SafeString, Text, Version } from "./common";
import { OrgUnitType } from "./org";

// ---------------------------------------------------------------------------------------------------------------
// Report templates and their periods (issue 10). Glossary: báo cáo sơ kết / tổng kết → `report` for a
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
