import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { orgUnits } from "./org";

/** Login accounts. A user is not a party member; `memberId` links the two when there is one. */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey(),
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    memberId: uuid("member_id"),
    language: text("language").notNull().default("vi"),
    isActive: boolean("is_active").notNull().default(true),
    failedLogins: integer("failed_logins").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true, mode: "date" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [uniqueIndex("users_username_uq").on(t.username)],
);

/** A role is a named set of permissions; roles are data so an office can read what each allows. */
export const roles = pgTable("roles", {
  code: text("code").primaryKey(),
  permissions: jsonb("permissions").$type<string[]>().notNull(),
});

/** A grant gives a user a role over one organisation unit and its whole subtree. */
export const grants = pgTable(
  "grants",
  {
    id: uuid("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    roleCode: text("role_code")
      .notNull()
      .references(() => roles.code),
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    grantedBy: uuid("granted_by"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [index("grants_user_idx").on(t.userId).where(sql`revoked_at is null`)],
);

/** Server-side sessions; the cookie holds a random token whose SHA-256 is the id. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    csrfToken: text("csrf_token").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Append-only, hash-chained record of every write. */
export const auditEvents = pgTable(
  "audit_events",
  {
    seq: bigint("seq", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
    actorUserId: uuid("actor_user_id"),
    actorName: text("actor_name"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [index("audit_entity_idx").on(t.entityType, t.entityId)],
);

/** Rules that change by regulation or province, each value valid from a date. */
export const ruleSettings = pgTable(
  "rule_settings",
  {
    key: text("key").notNull(),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    value: jsonb("value").notNull(),
    source: text("source"),
    /** How sure the source is (domain.md tags): S sourced, S-old from a replaced text, P one province's, C unverified. */
    confidence: text("confidence").notNull().default("S"),
    /** What the setting means and, where the source is weak, the doubt a committee should know before relying on it. */
    note: text("note"),
  },
  (t) => [uniqueIndex("rule_settings_key_from_uq").on(t.key, t.validFrom)],
);
