import { createHash } from "node:crypto";
import { setImmediate as yieldToOthers } from "node:timers/promises";
import type { ImportReport } from "@dangvu/contract";
import type { FastifyRequest } from "fastify";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { BadRequest, DomainError, Forbidden } from "../../errors";
import { readMultipart } from "../../platform/uploads";
import { checkXlsxLimits } from "../../platform/xlsx-limits";
import { type JobControl, type StartedJob, startJob } from "../jobs";
import { streamRows } from "./members-import.parse";
import { cellLookup, clearStaged, stagedDuplicates, stageRows, writeStaged } from "./members-import.repo";
import { templateWorkbook as buildTemplate } from "./members-import.template";
import { type CheckedRow, checkRow, duplicateErrors, indexCells, stagedRow } from "./members-import.validate";
import { loadPaperRuleBook } from "./members-rules.load";

export const maxFileBytes = 20 * 1024 * 1024;
/** Rows checked and staged at a time: each chunk is one short statement, and other requests pass between chunks. */
const chunkRows = 2000;

export interface Upload {
  fileName: string;
  content: Buffer;
}

/** The upload of a multipart request; an oversized file is refused, not truncated. */
export async function readUpload(request: FastifyRequest): Promise<Upload> {
  const { file } = await readMultipart(request, { file: "file", maxFileBytes, tooLargeCode: "import.tooLarge" });
  if (!file || file.content.length === 0) throw new BadRequest("import.noFile", {}, { file: "import.noFile" });
  return file;
}

/** A template workbook for the user's cells (members-import.template.ts). */
export async function templateWorkbook(ctx: Ctx): Promise<Buffer> {
  requireSomeWriteGrant(ctx);
  return buildTemplate(ctx);
}

/**
 * Starts checking (dry run) or importing an Excel file of members as a background job and answers with the job; the
 * file's packaging is checked first (a zip bomb is refused at once). See `importMembers` for what the job does.
 */
export async function startMemberImport(
  ctx: Ctx,
  upload: Upload,
  dryRun: boolean,
  log: (error: unknown, jobId: string) => void,
): Promise<StartedJob> {
  requireSomeWriteGrant(ctx);
  await checkXlsxLimits(upload.content);
  return startJob(ctx, "members.import", (job) => importMembers(ctx, job, upload, dryRun), log);
}

/**
 * Validates every row (dry run), or imports them all in one transaction when there is no error at all. The file is
 * read as a stream; each chunk of rows is checked in JavaScript (formats, the record's rules) and staged in the
 * database, yielding to other requests between chunks; identifiers are checked in SQL over the staged rows; the import
 * itself is one short transaction of `insert … select` with one audit entry. Any error: nothing is written (422).
 */
export async function importMembers(ctx: Ctx, job: JobControl, upload: Upload, dryRun: boolean): Promise<ImportReport> {
  try {
    await job.progress({ stage: "reading" });
    await clearStaged(ctx.db, job.id);
    const { totalRows, errors } = await readAndStage(ctx, job, upload);
    await job.progress({ stage: "checking" });
    errors.push(...duplicateErrors(ctx, await stagedDuplicates(ctx.db, job.id)));
    const validRows = totalRows - new Set(errors.map((e) => e.row)).size;
    errors.sort((a, b) => a.row - b.row);
    const report: ImportReport = { dryRun, totalRows, validRows, imported: 0, errors };
    await job.progress({ stage: dryRun ? "checking" : "writing", validated: validRows, errors: errors.length });
    if (dryRun) return report;
    if (errors.length > 0) throw new DomainError(422, "import.hasErrors", { count: errors.length }, {}, { report });
    const imported = await writeImport(ctx, job.id, upload, validRows);
    await job.progress({ written: imported });
    return { ...report, imported };
  } finally {
    await clearStaged(ctx.db, job.id);
  }
}

/**
 * Reads the file row by row, checks each row in JavaScript and stages the rows in chunks, one chunk written while the
 * next is read (on PostgreSQL the database works while this process parses), yielding to other requests between.
 */
async function readAndStage(ctx: Ctx, job: JobControl, upload: Upload) {
  const cells = indexCells(await cellLookup(ctx));
  const book = await loadPaperRuleBook(ctx.db);
  const errors: ImportReport["errors"] = [];
  let totalRows = 0;
  let validRows = 0;
  let chunk: CheckedRow[] = [];
  let writing: Promise<unknown> = Promise.resolve();
  const flush = async () => {
    const staged = chunk.map((c) => stagedRow(job.id, c));
    chunk = [];
    await writing;
    writing = stageRows(ctx.db, staged);
    writing.then(undefined, awaitedBelow);
    await job.progress({ stage: "reading", rowsRead: totalRows, validated: validRows, errors: errors.length });
    await yieldToOthers();
  };
  try {
    for await (const raw of streamRows(upload.content)) {
      const checked = checkRow(ctx, raw, cells, book);
      totalRows++;
      if (checked.input) validRows++;
      errors.push(...checked.errors);
      chunk.push(checked);
      if (chunk.length >= chunkRows) await flush();
    }
    if (chunk.length > 0) await flush();
    await writing;
    return { totalRows, errors };
  } finally {
    // A file that turns out broken half-way leaves no chunk still being written when the staged rows are cleared.
    await writing.then(undefined, awaitedBelow);
  }
}

/** A chunk's write is awaited where the rows are read: its failure surfaces there, not as an unhandled rejection. */
function awaitedBelow(_error: unknown) {}

/** Every row's unit came from cellLookup, which lists only the cells the actor may write members into. */
function writeImport(ctx: Ctx, jobId: string, upload: Upload, rows: number): Promise<number> {
  return ctx.transaction(async (tx) => {
    const written = await writeStaged(tx, jobId, ctx);
    const sha256 = createHash("sha256").update(upload.content).digest("hex");
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "member.imported",
      entityType: "import",
      entityId: sha256.slice(0, 16),
      after: { rows, sha256, fileName: upload.fileName },
    });
    return written;
  });
}

/** Importing needs the right to write members somewhere; which cells is checked row by row. */
function requireSomeWriteGrant(ctx: Ctx) {
  if (!ctx.actor.grants.some((g) => g.permissions.has("member.write"))) throw new Forbidden();
}
