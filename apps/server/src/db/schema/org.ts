import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** The identity of a unit; its name, type and parent live in dated versions. */
export const orgUnits = pgTable("org_units", {
  id: uuid("id").primaryKey(),
  establishedOn: date("established_on", { mode: "string" }).notNull(),
  dissolvedOn: date("dissolved_on", { mode: "string" }),
  /** The place name the unit's documents are dated from ("Bình Sơn, ngày …"); a unit without one takes its parent's. */
  locality: text("locality"),
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
});

/** One state of a unit, valid over [validFrom, validTo); the open version has validTo null. */
export const orgUnitVersions = pgTable(
  "org_unit_versions",
  {
    id: uuid("id").primaryKey(),
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    name: text("name").notNull(),
    type: text("type").notNull(),
    parentId: uuid("parent_id").references(() => orgUnits.id),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    validTo: date("valid_to", { mode: "string" }),
    /** `vi_sort_key(name)`, kept by a trigger (migration 0022): sorting units by name computes no key per row. */
    nameSortKey: text("name_sort_key"),
  },
  (t) => [
    index("org_unit_versions_unit_idx").on(t.orgUnitId, t.validFrom),
    index("org_unit_versions_parent_idx").on(t.parentId).where(sql`valid_to is null`),
    // A subtree as it stood on any day (report figures walk the tree by parent over versions of every date).
    index("org_unit_versions_parent_history_idx").on(t.parentId, t.validFrom),
    // Lists sorted by unit rank the current units in this index's order (members.repo.ts).
    index("org_unit_versions_sort_idx").on(sql`${t.nameSortKey} collate "C"`, t.orgUnitId).where(sql`valid_to is null`),
  ],
);

/** The dated events that changed the tree (create, rename, move, merge, split, dissolve). */
export const orgUnitEvents = pgTable(
  "org_unit_events",
  {
    id: uuid("id").primaryKey(),
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    kind: text("kind").notNull(),
    effectiveOn: date("effective_on", { mode: "string" }).notNull(),
    decisionNo: text("decision_no"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull(),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("org_unit_events_unit_idx").on(t.orgUnitId, t.effectiveOn)],
);

/** Nhiệm kỳ: the term of a unit's elected committee. */
export const terms = pgTable(
  "terms",
  {
    id: uuid("id").primaryKey(),
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    name: text("name").notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }),
  },
  (t) => [index("terms_unit_idx").on(t.orgUnitId)],
);

/** A committee position (bí thư, phó bí thư …) held over a period. */
export const committeePositions = pgTable(
  "committee_positions",
  {
    id: uuid("id").primaryKey(),
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    termId: uuid("term_id").references(() => terms.id),
    kind: text("kind").notNull(),
    holderName: text("holder_name").notNull(),
    memberId: uuid("member_id"),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }),
  },
  (t) => [index("committee_positions_unit_idx").on(t.orgUnitId)],
);
