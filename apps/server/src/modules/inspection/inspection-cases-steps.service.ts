import { randomUUID } from "node:crypto";
import type { CaseKind, CaseState, CaseStepInput, InspectionCase } from "@dangvu/contract";
import type { FastifyRequest } from "fastify";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { BadRequest, Conflict, NotFound, RuleViolation } from "../../errors";
import { cleanFileName, documentType, maxDocumentBytes, readMultipart } from "../../platform/uploads";
import { dmy } from "../../rules/dates";
import { requireInspectionAt } from "./inspection.access";
import { nextState } from "./inspection.rules";
import * as repo from "./inspection-cases.repo";
import { caseView, deadlineOf, loaded, writableCase } from "./inspection-cases.service";
import { caseActionLabels, caseStateLabels } from "./inspection-labels";

/**
 * Takes the next step of a case: only an action the workflow allows from its state (409 otherwise, naming both), on a
 * day not before the current step began nor after today; the new step's deadline is counted afresh in working days.
 */
export async function takeStep(ctx: Ctx, id: string, input: CaseStepInput): Promise<InspectionCase> {
  const row = await writableCase(ctx, id);
  const state = row.state as CaseState;
  const next = nextState(row.kind as CaseKind, state, input.action);
  if (!next) {
    throw new Conflict(
      "case.stepOutOfOrder",
      { action: caseActionLabels[input.action], state: caseStateLabels[state] },
      { action: "case.stepOutOfOrder" },
    );
  }
  if (input.on < row.stateSince)
    throw new RuleViolation(
      "case.stepBeforePrevious",
      { date: dmy(row.stateSince) },
      { on: "case.stepBeforePrevious" },
    );
  if (input.on > ctx.today) throw new RuleViolation("case.stepInFuture", {}, { on: "case.stepInFuture" });
  const { action, version, on, ...details } = input;
  const stepDueOn = await deadlineOf(ctx, next, on);
  await ctx.transaction(async (tx) => {
    if (!(await repo.updateCase(tx, id, version, { state: next, stateSince: on, stepDueOn })))
      throw new Conflict("version.stale");
    await repo.insertStep(tx, {
      id: randomUUID(),
      caseId: id,
      action,
      on,
      details,
      byName: ctx.actor.displayName,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: `inspectionCase.${action}`,
      entityType: "inspectionCase",
      entityId: id,
      before: { state },
      after: input,
    });
  });
  return caseView(ctx, await loaded(ctx, id), true);
}

export interface Upload {
  fileName: string;
  content: Buffer;
}

/** The one file of a multipart request; a missing or empty file is a 400, an oversized one is refused, not truncated. */
export async function readCaseUpload(request: FastifyRequest): Promise<Upload> {
  const { file } = await readMultipart(request, {
    file: "file",
    maxFileBytes: maxDocumentBytes,
    tooLargeCode: "case.documentTooLarge",
  });
  const fileName = cleanFileName(file?.fileName ?? "");
  if (!file || file.content.length === 0 || !fileName)
    throw new BadRequest("case.documentMissing", {}, { file: "case.documentMissing" });
  return { fileName, content: file.content };
}

/** Attaches a document (decision, report, minutes, conclusion …) to a case; the upload is read only once allowed. */
export async function attachCaseDocument(ctx: Ctx, id: string, read: () => Promise<Upload>): Promise<InspectionCase> {
  await writableCase(ctx, id);
  const upload = await read();
  const mimeType = documentType(upload.fileName, upload.content.subarray(0, 8));
  if (!mimeType) throw new RuleViolation("case.documentType", {}, { file: "case.documentType" });
  const documentId = randomUUID();
  await ctx.transaction(async (tx) => {
    await repo.insertDocument(tx, {
      id: documentId,
      caseId: id,
      fileName: upload.fileName,
      mimeType,
      size: upload.content.length,
      content: upload.content,
      uploadedAt: ctx.now,
      uploadedByName: ctx.actor.displayName,
    });
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "inspectionCase.documentAttached",
      entityType: "inspectionCase",
      entityId: id,
      after: { documentId, fileName: upload.fileName, mimeType, size: upload.content.length },
    });
  });
  return caseView(ctx, await loaded(ctx, id), true);
}

/** A document's content, for the case's readers; a download is an opening of the case too. */
export async function caseDocument(ctx: Ctx, id: string, documentId: string) {
  const row = await loaded(ctx, id);
  await requireInspectionAt(ctx, "inspection.read", row.orgUnitId, row.sharedWithRoles);
  const document = await repo.findDocument(ctx.db, id, documentId);
  if (!document) throw new NotFound();
  await ctx.transaction((tx) =>
    recordAudit(tx, ctx.actor, ctx.now, {
      action: "inspectionCase.opened",
      entityType: "inspectionCase",
      entityId: id,
      after: { documentId, fileName: document.fileName },
    }),
  );
  return { fileName: document.fileName, mimeType: document.mimeType, content: document.content };
}
