import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { members } from "./members";
import { orgUnits } from "./org";

/**
 * A review cycle (đợt kiểm điểm, đánh giá, xếp loại chất lượng) run by a committee for its subtree: yearly, and where
 * the committee chooses, by quarter, by term or when needed (366-QĐ/TW, domain.md §5.2). `referenceDate` is the day
 * the cycle is judged on (who is reviewed: §5.4); the due dates are those of each step.
 */
export const reviewCycles = pgTable(
  "review_cycles",
  {
    id: uuid("id").primaryKey(),
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    /** `year`, `quarter`, `term`, `ad_hoc`. */
    kind: text("kind").notNull(),
    year: integer("year").notNull(),
    quarter: integer("quarter"),
    name: text("name").notNull(),
    referenceDate: date("reference_date", { mode: "string" }).notNull(),
    selfDueOn: date("self_due_on", { mode: "string" }).notNull(),
    proposalDueOn: date("proposal_due_on", { mode: "string" }).notNull(),
    decisionDueOn: date("decision_due_on", { mode: "string" }).notNull(),
    /** `open` while steps are recorded, `closed` when the results are final. */
    status: text("status").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("review_cycles_unit_idx").on(t.orgUnitId, t.year)],
);

/** A vote as recorded with a proposal: counts of those present, for, against. */
export interface RatingVote {
  present: number;
  inFavour: number;
  against: number;
}

/**
 * One subject of a cycle, a member or an organisation, and its steps: self-assessment on the framework in force →
 * the proposal (with the vote) → the decision by the body with the authority (§5.5). A subject left out of the review
 * (exempt, suspended, admitted less than six months before) keeps a row with `excludedReason` and no steps.
 */
export const ratingAssessments = pgTable(
  "rating_assessments",
  {
    id: uuid("id").primaryKey(),
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => reviewCycles.id),
    /** `member` or `org`. */
    subjectType: text("subject_type").notNull(),
    memberId: uuid("member_id").references(() => members.id),
    /** The organisation rated, or the member's cell when the cycle opened. */
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    excludedReason: text("excluded_reason"),
    /** `pending`, `self_assessed`, `proposed`, `decided`, `excluded`. */
    status: text("status").notNull(),
    frameworkKey: text("framework_key"),
    selfPoints: jsonb("self_points").$type<Record<string, number>>(),
    selfTotal: integer("self_total"),
    selfLevel: text("self_level"),
    selfText: text("self_text"),
    selfAt: timestamp("self_at", { withTimezone: true, mode: "date" }),
    selfBy: uuid("self_by"),
    proposedLevel: text("proposed_level"),
    proposalVote: jsonb("proposal_vote").$type<RatingVote>(),
    proposalNote: text("proposal_note"),
    proposedAt: timestamp("proposed_at", { withTimezone: true, mode: "date" }),
    proposedBy: uuid("proposed_by"),
    decidedLevel: text("decided_level"),
    /** The body that decided: only it may change the level, with a reason. */
    decidedByUnitId: uuid("decided_by_unit_id").references(() => orgUnits.id),
    decisionNumber: text("decision_number"),
    decidedOn: date("decided_on", { mode: "string" }),
    decidedAt: timestamp("decided_at", { withTimezone: true, mode: "date" }),
    decidedBy: uuid("decided_by"),
    changeReason: text("change_reason"),
    announcedAt: timestamp("announced_at", { withTimezone: true, mode: "date" }),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("rating_assessments_member_uq").on(t.cycleId, t.memberId).where(sql`${t.subjectType} = 'member'`),
    uniqueIndex("rating_assessments_org_uq").on(t.cycleId, t.orgUnitId).where(sql`${t.subjectType} = 'org'`),
    index("rating_assessments_member_idx").on(t.memberId),
    index("rating_assessments_unit_idx").on(t.orgUnitId),
  ],
);
