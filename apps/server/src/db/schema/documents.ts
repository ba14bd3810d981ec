import { date, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { orgUnits } from "./org";

/**
 * The register of document numbers (sổ đăng ký văn bản): per issuing unit, type of document and term (nhiệm kỳ), in
 * the order they are issued from 01, never reused (HD 36-HD/VPTW mục II.1.3; domain.md §8.1). One row per number,
 * with the record it was given to, so the same document keeps its number.
 */
export const documentNumbers = pgTable(
  "document_numbers",
  {
    id: uuid("id").primaryKey(),
    issuerUnitId: uuid("issuer_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    typeCode: text("type_code").notNull(),
    /** The term's id, or "none" while the unit has no term recorded for the day of issue. */
    termKey: text("term_key").notNull(),
    termName: text("term_name"),
    number: integer("number").notNull(),
    /** As printed: "05-GM/CB". */
    code: text("code").notNull(),
    issuedOn: date("issued_on", { mode: "string" }).notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: uuid("subject_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    uniqueIndex("document_numbers_register_uq").on(t.issuerUnitId, t.typeCode, t.termKey, t.number),
    uniqueIndex("document_numbers_subject_uq").on(t.subjectType, t.subjectId, t.typeCode),
  ],
);
