import { sql } from "drizzle-orm";
import { bigint, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { members } from "./members";
import { orgUnits } from "./org";

/** An emulation campaign (đợt thi đua) of a committee, with its period and criteria (domain.md §6.2, §6.4). */
export const awardCampaigns = pgTable("award_campaigns", {
  id: uuid("id").primaryKey(),
  orgUnitId: uuid("org_unit_id")
    .notNull()
    .references(() => orgUnits.id),
  name: text("name").notNull(),
  startsOn: date("starts_on", { mode: "string" }).notNull(),
  endsOn: date("ends_on", { mode: "string" }).notNull(),
  criteria: text("criteria"),
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
});

/**
 * A decision (quyết định) of a body: commendations of one form, or party badges on an award date. Its number is
 * unique; one decision lists many recipients.
 */
export const awardDecisions = pgTable(
  "award_decisions",
  {
    id: uuid("id").primaryKey(),
    /** `commendation` or `badge`. */
    kind: text("kind").notNull(),
    decidingUnitId: uuid("deciding_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    number: text("number").notNull(),
    signedOn: date("signed_on", { mode: "string" }).notNull(),
    signerName: text("signer_name"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [uniqueIndex("award_decisions_number_uq").on(sql`lower(${t.number})`)],
);

/**
 * A commendation (khen thưởng) proposed for a collective or an individual, then decided (or refused) by the body
 * allowed to award its form (§6.1). `basis` says why: the year's outstanding rating, five years running, a campaign.
 */
export const commendations = pgTable(
  "commendations",
  {
    id: uuid("id").primaryKey(),
    /** The form's code in the catalogue (`praise`, `certificate_of_merit`, `certificate_of_commendation`, `emulation_flag` …). */
    form: text("form").notNull(),
    /** `member` or `org`. */
    recipientType: text("recipient_type").notNull(),
    memberId: uuid("member_id").references(() => members.id),
    /** The organisation commended, or the member's cell when proposed. */
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    proposingUnitId: uuid("proposing_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    campaignId: uuid("campaign_id").references(() => awardCampaigns.id),
    year: integer("year"),
    /** `year_excellent`, `five_years_excellent`, `campaign`, `ad_hoc`. */
    basis: text("basis").notNull(),
    reason: text("reason").notNull(),
    /** `proposed`, `decided`, `refused`. */
    status: text("status").notNull(),
    proposedOn: date("proposed_on", { mode: "string" }).notNull(),
    decisionId: uuid("decision_id").references(() => awardDecisions.id),
    refusalReason: text("refusal_reason"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    index("commendations_member_idx").on(t.memberId),
    index("commendations_unit_idx").on(t.orgUnitId),
    index("commendations_decision_idx").on(t.decisionId),
  ],
);

/**
 * A party badge (Huy hiệu Đảng) awarded to a member for a milestone of party age (§6.3), on an award date, by a
 * decision, with its number. `kind`: `regular`, `early_illness`, `posthumous`, `reissue` (a lost badge).
 */
export const partyBadges = pgTable(
  "party_badges",
  {
    id: uuid("id").primaryKey(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id),
    milestone: integer("milestone").notNull(),
    kind: text("kind").notNull(),
    awardDate: date("award_date", { mode: "string" }).notNull(),
    decisionId: uuid("decision_id")
      .notNull()
      .references(() => awardDecisions.id),
    badgeNumber: text("badge_number").notNull(),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    uniqueIndex("party_badges_number_uq").on(sql`lower(${t.badgeNumber})`),
    uniqueIndex("party_badges_milestone_uq").on(t.memberId, t.milestone).where(sql`${t.kind} <> 'reissue'`),
    index("party_badges_date_idx").on(t.awardDate),
  ],
);

/**
 * An emulation model or work (mô hình, công trình thi đua), such as "Dân vận khéo" (§6.4): the registering unit, the
 * title from the committee's catalogue, field, level, value in đồng, then its score and recognition.
 */
export const emulationModels = pgTable(
  "emulation_models",
  {
    id: uuid("id").primaryKey(),
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    /** Who carries it: a member (an exemplar, gương điển hình) or the unit itself. */
    memberId: uuid("member_id").references(() => members.id),
    title: text("title").notNull(),
    name: text("name").notNull(),
    field: text("field").notNull(),
    /** `bloc` (the upper committee's level) or `grassroots`. */
    level: text("level").notNull(),
    year: integer("year").notNull(),
    registeredOn: date("registered_on", { mode: "string" }).notNull(),
    valueVnd: bigint("value_vnd", { mode: "number" }),
    description: text("description"),
    score: integer("score"),
    /** `registered`, `recognised`, `not_recognised`. */
    status: text("status").notNull(),
    recognitionNumber: text("recognition_number"),
    recognisedOn: date("recognised_on", { mode: "string" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("emulation_models_unit_idx").on(t.orgUnitId, t.year)],
);
