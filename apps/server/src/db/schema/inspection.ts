import { sql } from "drizzle-orm";
import {
  customType,
  date,
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
import { members } from "./members";
import { orgUnits } from "./org";

const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });

/** The year's inspection and supervision programme of one body of a unit (domain.md §7.2). */
export const inspectionProgrammes = pgTable(
  "inspection_programmes",
  {
    id: uuid("id").primaryKey(),
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    year: integer("year").notNull(),
    /** `committee`, `standing_committee`, `inspection_committee`, `cell`. */
    body: text("body").notNull(),
    title: text("title").notNull(),
    decisionNo: text("decision_no"),
    approvedOn: date("approved_on", { mode: "string" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [uniqueIndex("inspection_programmes_uq").on(t.orgUnitId, t.year, t.body)],
);

/** A subject as stored on an item, a case or a letter: the unit (an organisation, or the member's cell) and the member. */
export interface StoredSubject {
  type: string;
  orgUnitId: string;
  memberId: string | null;
}

export const inspectionProgrammeItems = pgTable(
  "inspection_programme_items",
  {
    id: uuid("id").primaryKey(),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => inspectionProgrammes.id),
    kind: text("kind").notNull(),
    content: text("content").notNull(),
    subjects: jsonb("subjects").$type<StoredSubject[]>().notNull(),
    month: integer("month").notNull(),
    team: text("team"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("inspection_programme_items_programme_idx").on(t.programmeId)],
);

/** An inspection or a supervision, from its decision to the follow-up of its conclusions (domain.md §7.1). */
export const inspectionCases = pgTable(
  "inspection_cases",
  {
    id: uuid("id").primaryKey(),
    /** The unit whose body inspects. */
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    body: text("body").notNull(),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    content: text("content"),
    decisionNo: text("decision_no").notNull(),
    decidedOn: date("decided_on", { mode: "string" }).notNull(),
    dueOn: date("due_on", { mode: "string" }),
    state: text("state").notNull(),
    stateSince: date("state_since", { mode: "string" }).notNull(),
    /** The current step's deadline in working days (null once closed), kept for lists, filters and reminders. */
    stepDueOn: date("step_due_on", { mode: "string" }),
    programmeItemId: uuid("programme_item_id").references(() => inspectionProgrammeItems.id),
    letterId: uuid("letter_id"),
    /** Roles whose holders over the unit may read the case besides the inspection committee. */
    sharedWithRoles: text("shared_with_roles").array().notNull().default(sql`'{}'`),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    index("inspection_cases_unit_idx").on(t.orgUnitId, t.decidedOn),
    index("inspection_cases_due_idx").on(t.stepDueOn),
    uniqueIndex("inspection_cases_decision_uq").on(
      t.orgUnitId,
      sql`lower(${t.decisionNo})`,
      sql`extract(year from ${t.decidedOn})`,
    ),
    uniqueIndex("inspection_cases_item_uq").on(t.programmeItemId),
  ],
);

/** Whom a case concerns: one row per organisation or member, with the unit they stood in when it was decided. */
export const inspectionCaseSubjects = pgTable(
  "inspection_case_subjects",
  {
    caseId: uuid("case_id")
      .notNull()
      .references(() => inspectionCases.id),
    position: integer("position").notNull(),
    type: text("type").notNull(),
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    memberId: uuid("member_id").references(() => members.id),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.position] }), index("inspection_case_subjects_member_idx").on(t.memberId)],
);

export const inspectionCaseSteps = pgTable(
  "inspection_case_steps",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => inspectionCases.id),
    action: text("action").notNull(),
    on: date("on", { mode: "string" }).notNull(),
    details: jsonb("details").$type<Record<string, unknown>>().notNull(),
    byName: text("by_name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("inspection_case_steps_case_idx").on(t.caseId)],
);

export const inspectionCaseDocuments = pgTable(
  "inspection_case_documents",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => inspectionCases.id),
    fileName: text("file_name").notNull(),
    mimeType: text("mime_type").notNull(),
    size: integer("size").notNull(),
    content: bytea("content").notNull(),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true, mode: "date" }).notNull(),
    uploadedByName: text("uploaded_by_name").notNull(),
  },
  (t) => [index("inspection_case_documents_case_idx").on(t.caseId)],
);

/** A letter (đơn thư) received by a unit's inspection committee (domain.md §7.5). */
export const inspectionLetters = pgTable(
  "inspection_letters",
  {
    id: uuid("id").primaryKey(),
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    receivedOn: date("received_on", { mode: "string" }).notNull(),
    kind: text("kind").notNull(),
    identity: text("identity").notNull(),
    senderName: text("sender_name"),
    senderAddress: text("sender_address"),
    summary: text("summary").notNull(),
    subjects: jsonb("subjects").$type<StoredSubject[]>().notNull(),
    status: text("status").notNull(),
    dueOn: date("due_on", { mode: "string" }),
    handledOn: date("handled_on", { mode: "string" }),
    forwardedTo: text("forwarded_to"),
    result: text("result"),
    resultOn: date("result_on", { mode: "string" }),
    filedReason: text("filed_reason"),
    caseId: uuid("case_id").references(() => inspectionCases.id),
    disciplineId: uuid("discipline_id"),
    sharedWithRoles: text("shared_with_roles").array().notNull().default(sql`'{}'`),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    index("inspection_letters_unit_idx").on(t.orgUnitId, t.receivedOn),
    index("inspection_letters_due_idx").on(t.dueOn),
  ],
);

/** A discipline proposal and its decision, on a member or an organisation (domain.md §7.3–7.4). */
export const disciplineActions = pgTable(
  "discipline_actions",
  {
    id: uuid("id").primaryKey(),
    subjectType: text("subject_type").notNull(),
    memberId: uuid("member_id").references(() => members.id),
    /** The organisation disciplined, or the member's cell when proposed. */
    subjectUnitId: uuid("subject_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    decidingUnitId: uuid("deciding_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    decidingBody: text("deciding_body").notNull(),
    caseId: uuid("case_id").references(() => inspectionCases.id),
    violation: text("violation").notNull(),
    violationGroup: text("violation_group").notNull(),
    violationFrom: date("violation_from", { mode: "string" }).notNull(),
    violationTo: date("violation_to", { mode: "string" }),
    renewedOn: date("renewed_on", { mode: "string" }),
    proposedForm: text("proposed_form").notNull(),
    proposedBy: text("proposed_by").notNull(),
    proposedOn: date("proposed_on", { mode: "string" }).notNull(),
    status: text("status").notNull(),
    form: text("form"),
    decisionNo: text("decision_no"),
    decidedOn: date("decided_on", { mode: "string" }),
    post: text("post"),
    note: text("note"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    index("discipline_actions_deciding_idx").on(t.decidingUnitId, t.decidedOn),
    index("discipline_actions_subject_idx").on(t.subjectUnitId, t.decidedOn),
    index("discipline_actions_member_idx").on(t.memberId),
    /** A decision number is unique per deciding unit and year. */
    uniqueIndex("discipline_actions_decision_uq").on(
      t.decidingUnitId,
      sql`lower(${t.decisionNo})`,
      sql`extract(year from ${t.decidedOn})`,
    ),
  ],
);

export const disciplineComplaints = pgTable(
  "discipline_complaints",
  {
    id: uuid("id").primaryKey(),
    disciplineId: uuid("discipline_id")
      .notNull()
      .references(() => disciplineActions.id),
    level: integer("level").notNull(),
    filedOn: date("filed_on", { mode: "string" }).notNull(),
    filedWith: text("filed_with").notNull(),
    content: text("content").notNull(),
    result: text("result"),
    resultOn: date("result_on", { mode: "string" }),
    /** The number of the decision that resolved the complaint (required to restore an expelled member). */
    resultDecisionNo: text("result_decision_no"),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [uniqueIndex("discipline_complaints_level_uq").on(t.disciplineId, t.level)],
);
