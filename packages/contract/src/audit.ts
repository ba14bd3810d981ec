import { z } from "zod";
import { Id } from "./common";

export const AuditQuery = z.object({
  entityType: z
    .string()
    .trim()
    .regex(/^[a-zA-Z]{1,50}$/, { message: "field.invalidValue" }),
  // Every audited record has a uuid; anything else would only reach the database to fail there.
  entityId: Id,
});

export const AuditEvent = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;
