import {
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { orgUnits } from "./org";
import { users } from "./platform";

/** A report template (mẫu báo cáo): the family of its versions, which reports refer to. */
export const reportTemplates = pgTable(
  "report_templates",
  {
    id: uuid("id").primaryKey(),
    /** Stable short code ("cell_monthly"), unique. */
    code: text("code").notNull(),
    /** `month`, `quarter`, `half_year`, `nine_months`, `year`, `term`: fixed for the template's life. */
    periodType: text("period_type").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [uniqueIndex("report_templates_code_uq").on(t.code)],
);

/**
 * One version of a template, in force from `validFrom` (a report uses the version in force on its period's first
 * day and keeps it). Sections, validation rules and the document settings are data the committee office edits.
 */
export const reportTemplateVersions = pgTable(
  "report_template_versions",
  {
    id: uuid("id").primaryKey(),
    templateId: uuid("template_id")
      .notNull()
      .references(() => reportTemplates.id),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    name: text("name").notNull(),
    reportingUnitTypes: jsonb("reporting_unit_types").$type<string[]>().notNull(),
    dueOffsetDays: integer("due_offset_days").notNull(),
    sections: jsonb("sections").$type<unknown[]>().notNull(),
    rules: jsonb("rules").$type<unknown[]>().notNull(),
    document: jsonb("document").$type<Record<string, unknown>>().notNull(),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [uniqueIndex("report_template_versions_uq").on(t.templateId, t.validFrom)],
);

/**
 * A unit's report for one period on one template: draft → submitted → approved, or returned to the unit with a
 * comment by the unit above. Its figures are in `report_values`; once submitted they are frozen.
 */
export const reports = pgTable(
  "reports",
  {
    id: uuid("id").primaryKey(),
    templateId: uuid("template_id")
      .notNull()
      .references(() => reportTemplates.id),
    templateVersionId: uuid("template_version_id")
      .notNull()
      .references(() => reportTemplateVersions.id),
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    period: text("period").notNull(),
    periodFrom: date("period_from", { mode: "string" }).notNull(),
    periodTo: date("period_to", { mode: "string" }).notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    /** `draft`, `submitted`, `returned`, `approved`. */
    status: text("status").notNull(),
    narrative: jsonb("narrative").$type<Record<string, string>>().notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true, mode: "date" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true, mode: "date" }),
    submittedBy: uuid("submitted_by").references(() => users.id),
    approvedAt: timestamp("approved_at", { withTimezone: true, mode: "date" }),
    approvedBy: uuid("approved_by").references(() => users.id),
    /** As printed: "12-BC/ĐU", taken from the unit's register when first submitted. */
    documentNumber: text("document_number"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    uniqueIndex("reports_unit_period_uq").on(t.templateId, t.orgUnitId, t.period),
    index("reports_period_idx").on(t.period, t.status),
    index("reports_unit_idx").on(t.orgUnitId, t.periodTo),
  ],
);

/**
 * A figure of a report. Computed ones: `total` as last taken from the records. Entered ones: `own` as the unit typed
 * it, `total` = own + the children's approved reports (filled in when the report is submitted).
 */
export const reportValues = pgTable(
  "report_values",
  {
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id),
    indicator: text("indicator").notNull(),
    own: doublePrecision("own"),
    total: doublePrecision("total"),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.indicator] })],
);

/** The report's workflow as the unit sees it: created, submitted, approved, returned (with the comment), reopened. */
export const reportActions = pgTable(
  "report_actions",
  {
    id: uuid("id").primaryKey(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id),
    action: text("action").notNull(),
    comment: text("comment"),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
    byUserId: uuid("by_user_id").references(() => users.id),
    /** The name of who acted, as it was then. */
    byName: text("by_name"),
  },
  (t) => [index("report_actions_report_idx").on(t.reportId, t.at)],
);
