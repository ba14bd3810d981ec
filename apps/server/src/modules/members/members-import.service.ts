import { createHash, randomUUID } from "node:crypto";
import type { ImportReport } from "@dangvu/contract";
import type { FastifyRequest } from "fastify";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { BadRequest, DomainError, Forbidden } from "../../errors";
import { readMultipart } from "../../platform/uploads";
import { readRows } from "./members-import.parse";
import { cellLookup, findTakenIds, insertImported } from "./members-import.repo";
import { templateWorkbook as buildTemplate } from "./members-import.template";
import { checkRow, duplicateErrors, indexCells } from "./members-import.validate";
import { loadPaperRuleBook } from "./members-rules.load";

export const maxFileBytes = 20 * 1024 * 1024;

/** The upload of a multipart request as a buffer; an oversized file is refused, not truncated. */
export async function readUpload(request: FastifyRequest): Promise<Buffer> {
  const { file } = await readMultipart(request, { file: "file", maxFileBytes, tooLargeCode: "import.tooLarge" });
  if (!file || file.content.length === 0) throw new BadRequest("import.noFile", {}, { file: "import.noFile" });
  return file.content;
}

/** A template workbook for the user's cells (members-import.template.ts). */
export async function templateWorkbook(ctx: Ctx): Promise<Buffer> {
  requireSomeWriteGrant(ctx);
  return buildTemplate(ctx);
}

/** Validates every row (dry run), or imports them all in one transaction when there is no error at all. */
export async function importMembers(ctx: Ctx, buffer: Buffer, dryRun: boolean): Promise<ImportReport> {
  requireSomeWriteGrant(ctx);
  const rows = await readRows(buffer);
  const cells = indexCells(await cellLookup(ctx));
  const book = await loadPaperRuleBook(ctx.db);
  const checked = rows.map((raw) => checkRow(ctx, raw, cells, book));
  const errors = [
    ...checked.flatMap((c) => c.errors),
    ...(await duplicateErrors(ctx, checked, (ids, cards) => findTakenIds(ctx.db, ids, cards))),
  ];
  const bad = new Set(errors.map((e) => e.row));
  const valid = checked.flatMap((c) => (c.input && !bad.has(c.row) ? [{ row: c.row, input: c.input }] : []));
  const report: ImportReport = {
    dryRun,
    totalRows: rows.length,
    validRows: valid.length,
    imported: 0,
    errors: errors.sort((a, b) => a.row - b.row),
  };
  if (dryRun) return report;
  if (errors.length > 0) throw new DomainError(422, "import.hasErrors", { count: errors.length }, {}, { report });
  // Every row's unit came from cellLookup, which lists only the cells the actor may write members into.
  await ctx.transaction(async (tx) => {
    await insertImported(
      tx,
      valid.map((v) => ({ id: randomUUID(), input: v.input })),
      ctx,
    );
    const sha256 = createHash("sha256").update(buffer).digest("hex");
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "member.imported",
      entityType: "import",
      entityId: sha256.slice(0, 16),
      after: { rows: valid.length, sha256 },
    });
  });
  return { ...report, imported: valid.length };
}

/** Importing needs the right to write members somewhere; which cells is checked row by row. */
function requireSomeWriteGrant(ctx: Ctx) {
  if (!ctx.actor.grants.some((g) => g.permissions.has("member.write"))) throw new Forbidden();
}
