import { randomUUID } from "node:crypto";
import type { Meeting } from "@dangvu/contract";
import type { FastifyRequest } from "fastify";
import { requireCan } from "../../access/require";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { BadRequest, NotFound, RuleViolation } from "../../errors";
import { readMultipart } from "../../platform/uploads";
import * as repo from "./meetings.repo";
import { getMeeting, writableMeeting } from "./meetings.service";
import * as documents from "./meetings-documents.repo";
import { cleanFileName, documentType, maxDocumentBytes } from "./meetings-documents.rules";

export interface Upload {
  fileName: string;
  content: Buffer;
}

/** The one file of a multipart request; a missing or empty file is a 400, an oversized one is refused, not truncated. */
export async function readDocumentUpload(request: FastifyRequest): Promise<Upload> {
  const { file } = await readMultipart(request, {
    file: "file",
    maxFileBytes: maxDocumentBytes,
    tooLargeCode: "meeting.documentTooLarge",
  });
  const fileName = cleanFileName(file?.fileName ?? "");
  if (!file || file.content.length === 0 || !fileName)
    throw new BadRequest("meeting.documentMissing", {}, { file: "meeting.documentMissing" });
  return { fileName, content: file.content };
}

/** Attaches a document (PDF, Word, Excel, picture) to a meeting that is not closed; the upload is read only once allowed. */
export async function attachDocument(ctx: Ctx, id: string, read: () => Promise<Upload>): Promise<Meeting> {
  await writableMeeting(ctx, id);
  const upload = await read();
  const mimeType = documentType(upload.fileName, upload.content.subarray(0, 8));
  if (!mimeType) throw new RuleViolation("meeting.documentType", {}, { file: "meeting.documentType" });
  const documentId = randomUUID();
  await ctx.transaction(async (tx) => {
    await documents.insertDocument(tx, {
      id: documentId,
      meetingId: id,
      fileName: upload.fileName,
      mimeType,
      size: upload.content.length,
      content: upload.content,
      uploadedAt: ctx.now,
    });
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "meeting.documentAttached",
      entityType: "meeting",
      entityId: id,
      after: { documentId, fileName: upload.fileName, mimeType, size: upload.content.length },
    });
  });
  return getMeeting(ctx, id);
}

/** A document's content, for anyone who may read the meeting (members of the cell, the committees above). */
export async function documentContent(ctx: Ctx, id: string, documentId: string) {
  const meeting = await repo.findMeeting(ctx.db, id);
  if (!meeting) throw new NotFound();
  await requireCan(ctx, "meeting.read", meeting.orgUnitId);
  const document = await documents.findDocument(ctx.db, id, documentId);
  if (!document) throw new NotFound();
  return { fileName: document.fileName, mimeType: document.mimeType, content: document.content };
}

/** Removes a document from a meeting that is not closed. */
export async function removeDocument(ctx: Ctx, id: string, documentId: string): Promise<Meeting> {
  await writableMeeting(ctx, id);
  const document = await documents.findDocument(ctx.db, id, documentId);
  if (!document) throw new NotFound();
  await ctx.transaction(async (tx) => {
    await documents.deleteDocument(tx, documentId);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "meeting.documentRemoved",
      entityType: "meeting",
      entityId: id,
      before: { documentId, fileName: document.fileName, mimeType: document.mimeType, size: document.size },
    });
  });
  return getMeeting(ctx, id);
}
