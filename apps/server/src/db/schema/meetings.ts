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

/** A cell or committee meeting (sinh hoạt chi bộ, họp cấp ủy): planned, held, then closed and frozen. */
export const meetings = pgTable(
  "meetings",
  {
    id: uuid("id").primaryKey(),
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    kind: text("kind").notNull(),
    topic: text("topic").notNull(),
    scheduledAt: timestamp("scheduled_at", { withTimezone: true, mode: "date" }).notNull(),
    place: text("place"),
    status: text("status").notNull(),
    agenda: jsonb("agenda").$type<{ title: string; note?: string }[]>().notNull(),
    chairName: text("chair_name"),
    secretaryName: text("secretary_name"),
    discussion: text("discussion"),
    conclusions: text("conclusions"),
    /** When the meeting ended ("HH:MM", Vietnam time), as the minutes record it. */
    endTime: text("end_time"),
    checkinSecret: text("checkin_secret").notNull(),
    closedAt: timestamp("closed_at", { withTimezone: true, mode: "date" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    index("meetings_unit_idx").on(t.orgUnitId, t.scheduledAt),
    // The list of every meeting (a grant on the top of the tree) reads its page newest first from here.
    index("meetings_scheduled_idx").on(t.scheduledAt),
  ],
);

/** Documents attached to a meeting, kept in the database with the rest of the record. */
export const meetingDocuments = pgTable("meeting_documents", {
  id: uuid("id").primaryKey(),
  meetingId: uuid("meeting_id")
    .notNull()
    .references(() => meetings.id),
  fileName: text("file_name").notNull(),
  mimeType: text("mime_type").notNull(),
  size: integer("size").notNull(),
  content: bytea("content").notNull(),
  uploadedAt: timestamp("uploaded_at", { withTimezone: true, mode: "date" }).notNull(),
});

/** Who attended: present, absent with reason, absent without reason; by the secretary or a self check-in. */
export const meetingAttendance = pgTable(
  "meeting_attendance",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id),
    status: text("status").notNull(),
    reason: text("reason"),
    via: text("via").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.memberId] }),
    // A member's own attendance across meetings (absence alerts, the handbook), without reading every meeting's.
    index("meeting_attendance_member_idx").on(t.memberId),
  ],
);

/** A vote taken at a meeting, counted against the full members (domain.md §3.5). */
export const meetingVotes = pgTable("meeting_votes", {
  id: uuid("id").primaryKey(),
  meetingId: uuid("meeting_id")
    .notNull()
    .references(() => meetings.id),
  subject: text("subject").notNull(),
  /** What is decided: an ordinary resolution (more than half), an admission or a recognition as full member (two thirds). */
  kind: text("kind").notNull().default("resolution"),
  forCount: integer("for_count").notNull(),
  againstCount: integer("against_count").notNull(),
  abstainCount: integer("abstain_count").notNull(),
});

/** A resolution turned into a follow-up task, carried into later agendas until closed. */
export const meetingTasks = pgTable(
  "meeting_tasks",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    title: text("title").notNull(),
    ownerMemberId: uuid("owner_member_id").references(() => members.id),
    ownerName: text("owner_name").notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    status: text("status").notNull(),
    closedOn: date("closed_on", { mode: "string" }),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("meeting_tasks_unit_idx").on(t.orgUnitId, t.status)],
);

/** A versioned scoring template (criteria with maximum points, level thresholds), valid from a date. */
export const scoringTemplates = pgTable("scoring_templates", {
  id: uuid("id").primaryKey(),
  name: text("name").notNull(),
  validFrom: date("valid_from", { mode: "string" }).notNull(),
  criteria: jsonb("criteria").$type<{ key: string; label: string; max: number }[]>().notNull(),
  levels: jsonb("levels").$type<{ level: string; min: number }[]>().notNull(),
  source: text("source"),
});

/** A meeting's quality score under one template. */
export const meetingScores = pgTable("meeting_scores", {
  meetingId: uuid("meeting_id")
    .primaryKey()
    .references(() => meetings.id),
  templateId: uuid("template_id")
    .notNull()
    .references(() => scoringTemplates.id),
  points: jsonb("points").$type<Record<string, number>>().notNull(),
  total: integer("total").notNull(),
  level: text("level").notNull(),
  scoredAt: timestamp("scored_at", { withTimezone: true, mode: "date" }).notNull(),
});

/** A member's registration at their place of residence (Quy định 213-QĐ/TW; HD 33-HD/BTCTW). */
export const residenceRegistrations = pgTable(
  "residence_registrations",
  {
    id: uuid("id").primaryKey(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id),
    address: text("address").notNull(),
    residenceOrgName: text("residence_org_name").notNull(),
    registeredOn: date("registered_on", { mode: "string" }).notNull(),
    case: text("case").notNull(),
    endedOn: date("ended_on", { mode: "string" }),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("residence_registrations_member_idx").on(t.memberId)],
);

/** A yearly request for the residence cell's comment: a single-use expiring link, or a comment entered from paper. */
export const residenceCommentRequests = pgTable(
  "residence_comment_requests",
  {
    id: uuid("id").primaryKey(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id),
    registrationId: uuid("registration_id")
      .notNull()
      .references(() => residenceRegistrations.id),
    year: integer("year").notNull(),
    requestedOn: date("requested_on", { mode: "string" }).notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    tokenHash: text("token_hash"),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }),
    status: text("status").notNull(),
    assessment: text("assessment"),
    commentText: text("comment_text"),
    signerName: text("signer_name"),
    signerPosition: text("signer_position"),
    receivedOn: date("received_on", { mode: "string" }),
    via: text("via"),
    scanFileName: text("scan_file_name"),
    scanContent: bytea("scan_content"),
    /** SHA-256 of the short code printed on the letter, typed at /nx instead of the long link. */
    shortCodeHash: text("short_code_hash"),
    /** The link's token sealed with a key from the short code: only the code's holder can recover the link. */
    tokenSealed: text("token_sealed"),
  },
  (t) => [
    uniqueIndex("residence_requests_token_uq").on(t.tokenHash).where(sql`token_hash is not null`),
    uniqueIndex("residence_requests_short_code_uq").on(t.shortCodeHash).where(sql`short_code_hash is not null`),
    index("residence_requests_member_idx").on(t.memberId, t.year),
    // The list's order (latest year, awaited before received, by due date) read from an index, not sorted whole.
    index("residence_requests_list_idx").on(t.year.desc(), t.status.desc(), t.dueOn),
  ],
);

/**
 * Check-in attempts of a member at a meeting in the current window: a wrong code counts, and past five in ten
 * minutes the member must wait. In the database, so that every app server counts the same attempts.
 */
export const checkinAttempts = pgTable(
  "checkin_attempts",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id),
    windowStart: timestamp("window_start", { withTimezone: true, mode: "date" }).notNull(),
    attempts: integer("attempts").notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.memberId] })],
);

/** A notice a cell (or committee) posts for its members, shown in the handbook. */
export const notices = pgTable(
  "notices",
  {
    id: uuid("id").primaryKey(),
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    title: text("title").notNull(),
    body: text("body").notNull(),
    postedOn: date("posted_on", { mode: "string" }).notNull(),
    postedByName: text("posted_by_name"),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true, mode: "date" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("notices_unit_idx").on(t.orgUnitId, t.postedOn)],
);
