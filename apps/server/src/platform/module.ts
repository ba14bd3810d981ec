import type { Reminder } from "@dangvu/contract";
import type { SQL } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { Permission } from "../access/roles";
import type { Ctx } from "../context";
import type { Db, Tx } from "../db/database";

/**
 * One module of the server, described in one object: what it serves, what it owns and what it answers. `app.ts`
 * lists the modules; nothing registers itself as a side effect of being imported.
 */
export interface ModuleDescriptor {
  name: string;
  /** Registers the module's HTTP routes. */
  routes(app: FastifyInstance): Promise<void>;
  /** The database tables this module owns; other modules read them only through its `index.ts`. */
  tables: readonly string[];
  /** The permissions this module introduces (granted through roles). */
  permissions?: readonly Permission[];
  /** Entity types whose audit history this module can show, keyed by the type written in the audit trail. */
  auditEntities?: Record<string, AuditEntity>;
  /** What this module does when the organisation tree changes. */
  orgEventHooks?: OrgEventHooks;
  /** The figures this module contributes to reports. */
  indicators?: readonly Indicator[];
  /** The breakdowns (counts by category as at a day) this module contributes to reports, such as the 3-TCTW tables. */
  breakdowns?: readonly Breakdown[];
  /** The versioned rule settings this module reads, seeded into every database (an office adds later versions). */
  ruleSettings?: readonly SeededRuleSetting[];
  /** Counts of its records that this module lends to the org module's unit listings. */
  unitCounts?: Partial<Record<UnitCountName, UnitCount>>;
  /** How this module answers the org module's question about a member who would hold a committee seat. */
  memberOn?: MemberOn;
  /** Reminders this module adds to the members' list of what needs doing (such as striking off after absences). */
  reminders?: ReminderSource;
  /**
   * Puts the data every database starts with into its own tables (the standard report templates), at every start
   * after the migrations and rule settings: it must insert only what is missing and never overwrite an office's edits.
   */
  seed?(db: Db): Promise<unknown>;
}

/**
 * Reminders of one module for the units in `units` (a subquery of unit ids: the reader's scope for member records,
 * narrowed to a subtree when asked). The members module lists them with its own; it cannot import the modules that
 * keep such records (they import members), so it asks the registry.
 */
export type ReminderSource = (ctx: Ctx, units: SQL) => Promise<Reminder[]>;

/**
 * A member as the org module needs to know them to seat them on a committee, on a date: the name to show, the cell
 * they officially belonged to that day, and whether they were a full member then (probationary members may not stand
 * for a party committee: Điều lệ Đảng, Điều 3). Members imports org, so org asks the registry; undefined when unknown.
 */
export type MemberOn = (
  db: Db,
  memberId: string,
  on: string,
) => Promise<{ fullName: string; officialUnitId: string | null; isFull: boolean } | undefined>;

/**
 * The counts shown on a unit (members in the tree, members and full members on a unit's page). The org module
 * cannot import the modules that keep these records, since they import org; it asks the registry instead, and the
 * owner of the records answers with SQL, so the tree still lists every unit with its counts in one query.
 */
export type UnitCountName = "members" | "fullMembers";

/** A scalar subquery counting a unit's records, for the unit in `unit` (a column or a value) on a date (today when absent). */
export type UnitCount = (unit: SQL, asOf: string | undefined) => SQL;

/**
 * A rule that changes by regulation or province, as data in force from a date. `confidence` carries domain.md's tag:
 * S sourced, S-old from a text since replaced, P one province's rule, C common knowledge not verified; `note` says
 * what the setting means and, below S, what is doubtful, so a committee never takes its setting for the Charter.
 */
export interface SeededRuleSetting {
  key: string;
  validFrom: string;
  value: unknown;
  source: string;
  confidence: "S" | "S-old" | "P" | "C";
  note?: string;
}

/** How the audit trail finds who may read an entity's history, and what of it they may see. */
export interface AuditEntity {
  /** The unit that governs access to the entity (as of a date for a dissolved unit); undefined when not found. */
  locate(ctx: Ctx, entityId: string): Promise<{ orgUnitId: string; asOf?: string } | undefined>;
  /** The permission needed to read the record itself: its history needs the same one, besides `audit.read`. */
  readPermission: Permission;
  /** Hides in a before/after value what the record would hide from someone holding `held`. */
  mask?(value: Record<string, unknown>, held: ReadonlySet<string>): Record<string, unknown>;
}

/** Hooks a module answers to follow a restructuring of the tree (members move with a merged unit). */
export interface OrgEventHooks {
  /** How many of the module's records still hold the unit; a dissolution is refused while any remain. */
  beforeDissolve?(tx: Tx, unitId: string): Promise<number>;
  /** Moves the module's records from a unit merged into another. */
  onMerge?(tx: Tx, fromId: string, intoId: string, effectiveOn: string): Promise<void>;
}

/** A figure over a unit's subtree and a period, computed from the records as they stood in the period. */
export interface Indicator {
  /** Stable id, `<module>.<name>`, as reports refer to it. */
  id: string;
  label: { vi: string; en: string };
  /** What the number counts: a count of records, a percentage. */
  unit: "count" | "percent";
  /** Groups the indicator in lists (members, units, meetings …). */
  group: string;
  compute(db: Db, query: IndicatorQuery): Promise<number | null>;
}

/**
 * Counts by category for a unit's subtree as it stood on a day (members by ethnic group, by religion, by political
 * theory …): the rows of the basic statistics tables (HD 11-HD/BTCTW). Rows come in the order to print them.
 */
export interface Breakdown {
  /** Stable id, `<module>.<name>`. */
  id: string;
  label: { vi: string; en: string };
  compute(db: Db, query: { orgUnitId: string; on: string }): Promise<{ key: string; label: string; value: number }[]>;
}

export interface IndicatorQuery {
  orgUnitId: string;
  /** First and last day of the period, inclusive (YYYY-MM-DD). */
  from: string;
  to: string;
}

/** What the modules contribute, gathered once per app instance (never in module globals). */
export interface Registry {
  modules: readonly ModuleDescriptor[];
  auditEntities: ReadonlyMap<string, AuditEntity>;
  orgEventHooks: readonly OrgEventHooks[];
  indicators: ReadonlyMap<string, Indicator>;
  breakdowns: ReadonlyMap<string, Breakdown>;
  unitCounts: ReadonlyMap<UnitCountName, UnitCount>;
  /** The members module's answer about a would-be seat holder; absent in an app built without it. */
  memberOn: MemberOn | undefined;
  /** The other modules' reminders, listed with the members' own. */
  reminderSources: readonly ReminderSource[];
}

/** Gathers the modules' contributions; a name, table, entity or indicator claimed twice is a programming error. */
export function buildRegistry(modules: readonly ModuleDescriptor[]): Registry {
  const auditEntities = new Map<string, AuditEntity>();
  const indicators = new Map<string, Indicator>();
  const breakdowns = new Map<string, Breakdown>();
  const unitCounts = new Map<UnitCountName, UnitCount>();
  let memberOn: MemberOn | undefined;
  const claim = new Map<string, string>();
  const once = (kind: string, key: string, owner: string) => {
    const previous = claim.get(`${kind}:${key}`);
    if (previous) throw new Error(`${kind} "${key}" is claimed by both ${previous} and ${owner}`);
    claim.set(`${kind}:${key}`, owner);
  };
  for (const m of modules) {
    once("module", m.name, m.name);
    for (const table of m.tables) once("table", table, m.name);
    for (const permission of m.permissions ?? []) once("permission", permission, m.name);
    for (const setting of m.ruleSettings ?? []) once("rule setting", `${setting.key}@${setting.validFrom}`, m.name);
    for (const [type, entity] of Object.entries(m.auditEntities ?? {})) {
      once("audit entity", type, m.name);
      auditEntities.set(type, entity);
    }
    for (const indicator of m.indicators ?? []) {
      once("indicator", indicator.id, m.name);
      if (!indicator.id.startsWith(`${m.name}.`))
        throw new Error(`indicator ${indicator.id} must start with ${m.name}.`);
      indicators.set(indicator.id, indicator);
    }
    for (const breakdown of m.breakdowns ?? []) {
      once("breakdown", breakdown.id, m.name);
      if (!breakdown.id.startsWith(`${m.name}.`))
        throw new Error(`breakdown ${breakdown.id} must start with ${m.name}.`);
      breakdowns.set(breakdown.id, breakdown);
    }
    for (const [name, count] of Object.entries(m.unitCounts ?? {}) as [UnitCountName, UnitCount][]) {
      once("unit count", name, m.name);
      unitCounts.set(name, count);
    }
    if (m.memberOn) {
      once("member lookup", "memberOn", m.name);
      memberOn = m.memberOn;
    }
  }
  return {
    modules,
    auditEntities,
    orgEventHooks: modules.flatMap((m) => (m.orgEventHooks ? [m.orgEventHooks] : [])),
    indicators,
    breakdowns,
    unitCounts,
    memberOn,
    reminderSources: modules.flatMap((m) => (m.reminders ? [m.reminders] : [])),
  };
}
