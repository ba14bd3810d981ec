import type { OrgUnitType } from "@dangvu/contract";
import type { TFunction } from "i18next";
import { translateKnown } from "../../i18n";
import { formatDate, formatDateTime } from "../../lib/dates";

const unitTypes = new Set<string>([
  "provincial_committee",
  "upper_committee",
  "grassroots_committee",
  "grassroots_cell",
  "sub_committee",
  "cell",
  "party_group",
]);
const roles = new Set<string>(["admin", "inspection", "grassroots_staff", "cell_secretary", "member"]);
const positionKinds = new Set<string>([
  "secretary",
  "deputy_secretary",
  "committee_member",
  "standing_committee_member",
  "inspection_chair",
]);
// Bookkeeping fields that mean nothing to a reader.
const hidden = new Set(["id", "version", "orgUnitId", "createdAt", "createdBy", "grantId", "kind"]);

/** Resolves an id to a name where the page knows it. */
export type NameOf = (id: string) => string | undefined;

/** One value of an audit record, in words: dates as dd/mm/yyyy, codes as labels, ids as names (or nothing). */
export function readableValue(t: TFunction, key: string, value: unknown, nameOf: NameOf): string | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (typeof value === "boolean") return value ? t("common.yes") : t("common.no");
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) {
    const items = value.map((v) => readableValue(t, key, v, nameOf)).filter((v) => v !== undefined);
    return items.length > 0 ? items.join("; ") : undefined;
  }
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.name === "string") return record.name;
    return JSON.stringify(record);
  }
  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text);
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) return formatDateTime(text);
  if (unitTypes.has(text) && key.toLowerCase().includes("type")) return t(`unitType.${text as OrgUnitType}`);
  if (roles.has(text) && key === "role") return translateKnown(`role.${text}`, text);
  if (positionKinds.has(text)) return translateKnown(`positionKind.${text}`, text);
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(text)) return nameOf(text);
  return text;
}

export interface AuditChange {
  key: string;
  label: string;
  before?: string;
  after?: string;
  /** Present on both sides: shown as "before → after". */
  changed: boolean;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The fields an audit event touched, each with a label and its readable before and after values. */
export function auditChanges(t: TFunction, before: unknown, after: unknown, nameOf: NameOf): AuditChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !hidden.has(k));
  return keys
    .map((key) => ({
      key,
      label: translateKnown(`audit.fields.${key}`, key),
      before: readableValue(t, key, b[key], nameOf),
      after: readableValue(t, key, a[key], nameOf),
      changed: key in b && key in a,
    }))
    .filter((c) => (c.before !== undefined || c.after !== undefined) && !(c.changed && c.before === c.after));
}
