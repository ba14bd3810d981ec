import { z } from "zod";
import { Id, IsoDateTime } from "./common";

/** How far a long piece of work (an import, later reports and backups) has gone, for a progress bar. */
export const JobProgress = z.object({
  /** Where the work is: queued, reading the file, checking in the database, writing, finished. */
  stage: z.enum(["queued", "reading", "checking", "writing", "finished"]),
  rowsRead: z.number().int(),
  validated: z.number().int(),
  written: z.number().int(),
  errors: z.number().int(),
});
export type JobProgress = z.infer<typeof JobProgress>;

/** Why a job failed, as an HTTP error body would say it; `extra` holds what the kind adds (an import's report). */
export const JobError = z.object({
  status: z.number().int(),
  code: z.string(),
  message: z.string(),
  fields: z.record(z.string(), z.string()),
  extra: z.record(z.string(), z.unknown()),
});
export type JobError = z.infer<typeof JobError>;

/**
 * A long piece of work run in the background (POST answers 202 with it), read back with GET /api/jobs?id= from any
 * app server until `state` is no longer running; `result` is the kind's answer (an import's report).
 */
export const Job = z.object({
  id: Id,
  kind: z.string(),
  state: z.enum(["running", "done", "failed"]),
  progress: JobProgress,
  result: z.unknown().nullable(),
  error: JobError.nullable(),
  createdAt: IsoDateTime,
  finishedAt: IsoDateTime.nullable(),
});
export type Job = z.infer<typeof Job>;
