import { randomUUID } from "node:crypto";
import type { Job, JobError, JobProgress } from "@dangvu/contract";
import type { Ctx } from "../../context";
import { DomainError } from "../../errors";
import { translate } from "../../i18n";
import { findUserJobs, finishJob, insertJob, type JobRow, setJobProgress } from "./jobs.repo";

/** What a job's work may do while it runs: say how far it has gone. */
export interface JobControl {
  readonly id: string;
  /** Records the progress (at most a few times a second; the last one is always kept). */
  progress(update: Partial<JobProgress>): Promise<void>;
}

export interface StartedJob {
  job: Job;
  /** Settles when the work has ended and its outcome is stored (the benchmark and tests wait on it). */
  done: Promise<void>;
}

/** A job silent this long (its server stopped mid-way) is reported as failed. */
const staleAfterMs = 10 * 60_000;
const progressEveryMs = 250;
const queued: JobProgress = { stage: "queued", rowsRead: 0, validated: 0, written: 0, errors: 0 };

/**
 * Starts long work in the background and answers at once with the job, which the user then reads back with `getJob`
 * from any app server. The work's domain errors are stored as the error body an HTTP answer would have carried; any
 * other error is logged and stored as a server error, as the error handler would answer it.
 */
export async function startJob<T>(
  ctx: Ctx,
  kind: string,
  work: (job: JobControl) => Promise<T>,
  log: (error: unknown, jobId: string) => void,
): Promise<StartedJob> {
  const id = randomUUID();
  const createdAt = new Date();
  await insertJob(ctx.db, {
    id,
    kind,
    userId: ctx.actor.userId,
    state: "running",
    progress: queued,
    createdAt,
    updatedAt: createdAt,
  });
  let progress = { ...queued };
  let written = 0;
  const control: JobControl = {
    id,
    async progress(update) {
      progress = { ...progress, ...update };
      if (Date.now() - written < progressEveryMs) return;
      written = Date.now();
      await setJobProgress(ctx.db, id, progress, new Date());
    },
  };
  const done = (async () => {
    try {
      const result = await work(control);
      await finishJob(ctx.db, id, { state: "done", progress: { ...progress, stage: "finished" }, result }, new Date());
    } catch (error) {
      if (!(error instanceof DomainError)) log(error, id);
      const body = errorBody(ctx, error, id);
      await finishJob(ctx.db, id, { state: "failed", progress, error: body }, new Date()).catch((e) => log(e, id));
    }
  })();
  const job: Job = {
    id,
    kind,
    state: "running",
    progress: queued,
    result: null,
    error: null,
    createdAt: createdAt.toISOString(),
    finishedAt: null,
  };
  return { job, done };
}

/**
 * The user's latest jobs as they stand, newest first, or only the one asked for (none when it is not theirs): a list,
 * so that a job id never tells whether someone else's job exists.
 */
export async function listJobs(ctx: Ctx, id: string | undefined): Promise<Job[]> {
  const rows = await findUserJobs(ctx.db, ctx.actor.userId, id, 20);
  return rows.map((row) => toJob(ctx, row));
}

function toJob(ctx: Ctx, row: JobRow): Job {
  const stale = row.state === "running" && Date.now() - row.updatedAt.getTime() > staleAfterMs;
  const interrupted: JobError = {
    status: 500,
    code: "job.interrupted",
    message: translate(ctx.lang, "job.interrupted"),
    fields: {},
    extra: {},
  };
  return {
    id: row.id,
    kind: row.kind,
    state: stale ? "failed" : (row.state as Job["state"]),
    progress: row.progress as JobProgress,
    result: row.result ?? null,
    error: stale ? interrupted : ((row.error as JobError | null) ?? null),
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

function errorBody(ctx: Ctx, error: unknown, id: string): JobError {
  if (!(error instanceof DomainError))
    return {
      status: 500,
      code: "server.error",
      message: translate(ctx.lang, "server.error", { requestId: id }),
      fields: {},
      extra: {},
    };
  const fields: Record<string, string> = {};
  for (const [name, code] of Object.entries(error.fields)) fields[name] = translate(ctx.lang, code, error.params);
  const message = translate(ctx.lang, error.code, error.params);
  return { status: error.status, code: error.code, message, fields, extra: error.extra };
}
