import { createHash } from "node:crypto";

/** JSON with object keys sorted at every level, so a value hashes the same after a round trip through jsonb. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export interface ChainedFields {
  seq: number;
  at: Date;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** The hash of one audit event, chained to the previous event's hash. */
export function chainHash(prevHash: string, event: ChainedFields): string {
  const body = canonicalJson({ ...event, at: event.at.toISOString() });
  return createHash("sha256").update(prevHash).update("\n").update(body).digest("hex");
}

export const genesisHash = "0".repeat(64);
