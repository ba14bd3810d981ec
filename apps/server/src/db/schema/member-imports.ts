import { sql } from "drizzle-orm";
import { date, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * The rows of an import being checked (a staging table, UNLOGGED by its migration): every row of the file is written
 * here in chunks as it is read, the checks against the records run in SQL over it, and the import is one
 * `insert … select` from it. A row with errors keeps only its identifiers (for the duplicate checks) and no member.
 * Rows are deleted when their import ends; `staged_at` lets a later import clear what a crashed one left.
 */
export const memberImportRows = pgTable(
  "member_import_rows",
  {
    jobId: uuid("job_id").notNull(),
    row: integer("row").notNull(),
    /** Set only on a row without errors: the new member's id. */
    memberId: uuid("member_id"),
    citizenId: text("citizen_id"),
    cardNumber: text("card_number"),
    fullName: text("full_name"),
    nameSortKey: text("name_sort_key"),
    sex: text("sex"),
    birthDate: date("birth_date", { mode: "string" }),
    homeTown: text("home_town"),
    ethnicity: text("ethnicity"),
    religion: text("religion"),
    generalEducation: text("general_education"),
    professionalQualification: text("professional_qualification"),
    politicalTheoryLevel: text("political_theory_level"),
    occupation: text("occupation"),
    jobTitle: text("job_title"),
    phone: text("phone"),
    address: text("address"),
    orgUnitId: uuid("org_unit_id"),
    status: text("status"),
    admissionDecisionNo: text("admission_decision_no"),
    admissionDecidedOn: date("admission_decided_on", { mode: "string" }),
    ceremonyOn: date("ceremony_on", { mode: "string" }),
    fullMembershipOn: date("full_membership_on", { mode: "string" }),
    stagedAt: timestamp("staged_at", { withTimezone: true, mode: "date" }).notNull().default(sql`now()`),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.row] })],
);
