import { createHash, randomUUID } from "node:crypto";
import type {
  CommentRequestListQuery,
  CommentRequestPage,
  CreateCommentRequestInput,
  CreatedCommentRequest,
  PaperCommentInput,
  ResidenceCase,
  ResidenceCommentRequest,
} from "@dangvu/contract";
import { requireCan } from "../../access/require";
import { resolveScope } from "../../access/scope";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import type { Tx } from "../../db/database";
import { Conflict, NotFound, RuleViolation } from "../../errors";
import { requireMember } from "../members";
import * as repo from "./residence.repo";
import { linkState, linkValidDays, requestRefusal } from "./residence.rules";
import { toRequest } from "./residence.view";
import { displayShortCode, newToken, sealToken, shortCodeHash, shortCodeOf } from "./residence-codes";

/** The SHA-256 of a link token: only this is stored, so a database copy cannot be used to answer. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Asks the member's residence cell for the year's comment: issues a single-use link that expires, and its short code,
 * and returns them this once. Refused for members not introduced, and for exempt members unless a reason is given
 * (HD 33).
 */
export async function createCommentRequest(ctx: Ctx, input: CreateCommentRequestInput): Promise<CreatedCommentRequest> {
  await requireMember(ctx, input.memberId, "member.write");
  const registration = await repo.activeRegistration(ctx.db, input.memberId);
  if (!registration) throw new RuleViolation("residence.noRegistration");
  const refusal = requestRefusal(registration.case as ResidenceCase, input.reason);
  if (refusal) throw new RuleViolation(refusal, {}, refusal.endsWith("Reason") ? { reason: refusal } : {});
  checkDue(ctx, input.dueOn);
  await checkNoOpenRequest(ctx, input.memberId, input.year);
  const issued = await newLink(ctx);
  await ctx.transaction((tx) =>
    insertIssued(tx, ctx, issued, { ...input, registrationId: registration.id, reason: input.reason ?? null }),
  );
  return createdView(ctx, issued);
}

/** The due date of a request is today or later. */
export function checkDue(ctx: Ctx, dueOn: string) {
  if (dueOn < ctx.today) throw new RuleViolation("residence.dueInPast", {}, { dueOn: "residence.dueInPast" });
}

export interface IssuedLink {
  id: string;
  token: string;
  code: string;
  expiresAt: Date;
}

/** A fresh link and short code; a code already given to another request (one chance in 10^15) is drawn again. */
export async function newLink(ctx: Ctx): Promise<IssuedLink> {
  for (;;) {
    const token = newToken();
    const code = shortCodeOf(token);
    if (await repo.shortCodeTaken(ctx.db, shortCodeHash(code))) continue;
    return { id: randomUUID(), token, code, expiresAt: new Date(ctx.now.getTime() + linkValidDays * 86_400_000) };
  }
}

/** Stores a request with its link's hashes and its audit entry, inside the caller's transaction. */
export async function insertIssued(
  tx: Tx,
  ctx: Ctx,
  issued: IssuedLink,
  request: { memberId: string; registrationId: string; year: number; dueOn: string; reason: string | null },
) {
  await repo.insertRequest(tx, {
    id: issued.id,
    memberId: request.memberId,
    registrationId: request.registrationId,
    year: request.year,
    requestedOn: ctx.today,
    dueOn: request.dueOn,
    tokenHash: hashToken(issued.token),
    shortCodeHash: shortCodeHash(issued.code),
    tokenSealed: sealToken(issued.token, issued.code),
    expiresAt: issued.expiresAt,
    status: "requested",
  });
  await recordAudit(tx, ctx.actor, ctx.now, {
    action: "residence.commentRequested",
    entityType: "residenceRequest",
    entityId: issued.id,
    after: { memberId: request.memberId, year: request.year, dueOn: request.dueOn, reason: request.reason },
  });
}

/**
 * Gives a request still waiting for its comment a new link and short code, valid 60 days from now (the letter was
 * lost, or the page closed before it was printed); the old link and code stop working. Refused once answered (409).
 */
export async function reissueLink(ctx: Ctx, requestId: string): Promise<CreatedCommentRequest> {
  const request = await repo.findRequest(ctx.db, requestId);
  if (!request) throw new NotFound();
  await requireMember(ctx, request.memberId, "member.write");
  const answered = new Conflict("residence.alreadyReceived", { year: request.year });
  if (request.status === "received") throw answered;
  const issued = { ...(await newLink(ctx)), id: requestId };
  await ctx.transaction(async (tx) => {
    const replaced = await repo.replaceLink(tx, requestId, {
      tokenHash: hashToken(issued.token),
      shortCodeHash: shortCodeHash(issued.code),
      tokenSealed: sealToken(issued.token, issued.code),
      expiresAt: issued.expiresAt,
    });
    if (!replaced) throw answered;
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "residence.linkReissued",
      entityType: "residenceRequest",
      entityId: requestId,
      before: { expiresAt: request.expiresAt?.toISOString() ?? null },
      after: { expiresAt: issued.expiresAt.toISOString() },
    });
  });
  return createdView(ctx, issued);
}

/** What the creating answer shows, the one time the link and the code are seen. */
export async function createdView(ctx: Ctx, issued: IssuedLink): Promise<CreatedCommentRequest> {
  return {
    request: await requestView(ctx, issued.id),
    link: `/nhan-xet/${issued.token}`,
    shortCode: displayShortCode(issued.code),
    expiresAt: issued.expiresAt.toISOString(),
  };
}

/** A year's comment is asked once: refused while a request is received or its link still open. */
async function checkNoOpenRequest(ctx: Ctx, memberId: string, year: number) {
  for (const existing of await repo.requestsOfMemberYear(ctx.db, memberId, year)) {
    if (existing.status === "received") throw new Conflict("residence.alreadyReceived", { year });
    if (linkState(existing, ctx.now) === "open") throw new Conflict("residence.requestOpen", { year });
  }
}

/** A page of the comment requests of the members in the user's subtree (or a unit's subtree inside it). */
export async function listCommentRequests(ctx: Ctx, query: CommentRequestListQuery): Promise<CommentRequestPage> {
  if (query.orgUnitId) await requireCan(ctx, "member.read", query.orgUnitId);
  const scope = await resolveScope(ctx.db, ctx.actor, "member.read", query.orgUnitId);
  const { rows, total } = await repo.listRequests(ctx.db, scope, query, ctx.today, query);
  return { items: rows.map((row) => toRequest(row, ctx.today)), total };
}

export interface ScanFile {
  fileName: string;
  content: Buffer;
}

/** Records a comment the residence cell returned on paper, with its scan; the link, if any, can no longer be used. */
export async function recordPaperComment(
  ctx: Ctx,
  requestId: string,
  input: PaperCommentInput,
  scan: ScanFile | null,
): Promise<ResidenceCommentRequest> {
  const request = await repo.findRequest(ctx.db, requestId);
  if (!request) throw new NotFound();
  await requireMember(ctx, request.memberId, "member.write");
  if (request.status === "received") throw new Conflict("residence.alreadyReceived", { year: request.year });
  if (input.receivedOn > ctx.today)
    throw new RuleViolation("residence.dateInFuture", {}, { receivedOn: "residence.dateInFuture" });
  await ctx.transaction(async (tx) => {
    const saved = await repo.markReceived(tx, requestId, {
      ...input,
      via: "paper",
      scanFileName: scan?.fileName ?? null,
      scanContent: scan?.content ?? null,
    });
    if (!saved) throw new Conflict("residence.alreadyReceived", { year: request.year });
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "residence.commentReceived",
      entityType: "residenceRequest",
      entityId: requestId,
      after: { ...input, via: "paper", scanFileName: scan?.fileName ?? null },
    });
  });
  return requestView(ctx, requestId);
}

async function requestView(ctx: Ctx, id: string): Promise<ResidenceCommentRequest> {
  return toRequest((await repo.listedRequest(ctx.db, id)) as repo.ListedRequest, ctx.today);
}
