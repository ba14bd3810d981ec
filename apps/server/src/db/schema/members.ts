import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { orgUnits } from "./org";

/** A party member's record: the lý lịch and phiếu đảng viên fields, and the state the lifecycle events leave. */
export const members = pgTable(
  "members",
  {
    id: uuid("id").primaryKey(),
    fullName: text("full_name").notNull(),
    /** Vietnamese name order (given, middle, family): viNameSortKey(fullName), written with every name. */
    nameSortKey: text("name_sort_key").notNull(),
    /** The name without accents, lower-cased, for accent-free search with a trigram index. */
    nameSearch: text("name_search").generatedAlwaysAs(sql`vi_unaccent(full_name)`),
    birthName: text("birth_name"),
    sex: text("sex").notNull(),
    birthDate: date("birth_date", { mode: "string" }).notNull(),
    birthPlace: text("birth_place"),
    homeTown: text("home_town"),
    ethnicity: text("ethnicity"),
    religion: text("religion"),
    citizenId: text("citizen_id"),
    generalEducation: text("general_education"),
    professionalQualification: text("professional_qualification"),
    academicTitle: text("academic_title"),
    politicalTheoryLevel: text("political_theory_level").notNull().default("none"),
    occupation: text("occupation"),
    jobTitle: text("job_title"),
    phone: text("phone"),
    address: text("address"),
    fileNumber: text("file_number"),
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    status: text("status").notNull(),
    exitReason: text("exit_reason"),
    exitedOn: date("exited_on", { mode: "string" }),
    isExempt: boolean("is_exempt").notNull().default(false),
    temporaryOrgUnitId: uuid("temporary_org_unit_id").references(() => orgUnits.id),
    temporaryOrgName: text("temporary_org_name"),
    admissionDecisionNo: text("admission_decision_no"),
    admissionDecidedOn: date("admission_decided_on", { mode: "string" }),
    /** The day the cell received the admission decision: the ceremony's 30 working days count from it (QĐ 24 mục 4.1). */
    decisionReceivedOn: date("decision_received_on", { mode: "string" }),
    firstAdmissionDecidedOn: date("first_admission_decided_on", { mode: "string" }),
    ceremonyOn: date("ceremony_on", { mode: "string" }),
    ceremonyPlace: text("ceremony_place"),
    fullMembershipOn: date("full_membership_on", { mode: "string" }),
    cardNumber: text("card_number"),
    courseCertificateNo: text("course_certificate_no"),
    courseCompletedOn: date("course_completed_on", { mode: "string" }),
    helperMemberId: uuid("helper_member_id"),
    /** Periods outside the Party, [from, to) pairs, subtracted from party age (domain.md §2.4). */
    partyGaps: jsonb("party_gaps").$type<[string, string][]>().notNull().default([]),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    index("members_unit_idx").on(t.orgUnitId, t.status),
    index("members_name_search_idx").using("gin", sql`${t.nameSearch} gin_trgm_ops`),
    index("members_name_sort_idx").on(sql`${t.nameSortKey} collate "C"`, t.id),
    uniqueIndex("members_citizen_id_uq").on(t.citizenId).where(sql`citizen_id is not null`),
    uniqueIndex("members_card_number_uq").on(t.cardNumber).where(sql`card_number is not null`),
  ],
);

/** Every lifecycle event of a member, with its decision. */
export const memberEvents = pgTable(
  "member_events",
  {
    id: uuid("id").primaryKey(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id),
    kind: text("kind").notNull(),
    occurredOn: date("occurred_on", { mode: "string" }).notNull(),
    decisionNo: text("decision_no"),
    orgUnitId: uuid("org_unit_id").references(() => orgUnits.id),
    details: jsonb("details").$type<Record<string, unknown>>().notNull(),
    createdBy: uuid("created_by"),
    createdByName: text("created_by_name"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    index("member_events_member_idx").on(t.memberId, t.occurredOn),
    index("member_events_kind_idx").on(t.kind, t.occurredOn),
    // A cell's or a small subtree's events of a kind in a period (report figures).
    index("member_events_unit_idx").on(t.orgUnitId, t.kind, t.occurredOn),
  ],
);

/** Which unit a member belonged to over time (official or temporary), for counts as of any date. */
export const memberships = pgTable(
  "memberships",
  {
    id: uuid("id").primaryKey(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id),
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    kind: text("kind").notNull(),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    validTo: date("valid_to", { mode: "string" }),
  },
  (t) => [index("memberships_member_idx").on(t.memberId), index("memberships_unit_idx").on(t.orgUnitId, t.validFrom)],
);

/** Party cards issued to a member, old and new (domain.md §2.7: the number is an opaque string). */
export const partyCards = pgTable(
  "party_cards",
  {
    id: uuid("id").primaryKey(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id),
    cardNumber: text("card_number").notNull(),
    issuedOn: date("issued_on", { mode: "string" }).notNull(),
    reason: text("reason").notNull(),
    endedOn: date("ended_on", { mode: "string" }),
  },
  (t) => [uniqueIndex("party_cards_number_uq").on(t.cardNumber), index("party_cards_member_idx").on(t.memberId)],
);

/** A transfer of party activity while it is open (the letter is out, the receiving unit has not recorded it). */
export const transfers = pgTable(
  "transfers",
  {
    id: uuid("id").primaryKey(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id),
    kind: text("kind").notNull(),
    fromOrgUnitId: uuid("from_org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    toOrgUnitId: uuid("to_org_unit_id").references(() => orgUnits.id),
    toOrganisationName: text("to_organisation_name"),
    decidedOn: date("decided_on", { mode: "string" }).notNull(),
    letterNo: text("letter_no"),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    expectedReturnOn: date("expected_return_on", { mode: "string" }),
    status: text("status").notNull(),
    closedOn: date("closed_on", { mode: "string" }),
  },
  (t) => [
    index("transfers_member_idx").on(t.memberId),
    index("transfers_open_idx").on(t.status, t.dueOn),
    // The transfers received in a period (report figures).
    index("transfers_closed_idx").on(t.closedOn),
  ],
);

/** Days that break the Monday–Friday week: holidays and make-up days off, and Saturdays worked in exchange. */
export const calendarDays = pgTable("calendar_days", {
  day: date("day", { mode: "string" }).primaryKey(),
  kind: text("kind").notNull(),
  name: text("name").notNull(),
  source: text("source"),
  provisional: boolean("provisional").notNull().default(false),
});
