import { createHash, randomBytes, randomUUID } from "node:crypto";
import type {
  CommentRequestListQuery,
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
import { Conflict, NotFound, RuleViolation } from "../../errors";
import { requireMember } from "../members";
import * as repo from "./residence.repo";
import { linkState, linkValidDays, requestRefusal } from "./residence.rules";
import { toRequest } from "./residence.view";

/** The SHA-256 of a link token: only this is stored, so a database copy cannot be used to answer. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Asks the member's residence cell for the year's comment: issues a single-use link that expires, and returns it
 * this once. Refused for members not introduced, and for exempt members unless a reason is given (HD 33).
 */
export async function createCommentRequest(ctx: Ctx, input: CreateCommentRequestInput): Promise<CreatedCommentRequest> {
  await requireMember(ctx, input.memberId, "member.write");
  const registration = await repo.activeRegistration(ctx.db, input.memberId);
  if (!registration) throw new RuleViolation("residence.noRegistration");
  const refusal = requestRefusal(registration.case as ResidenceCase, input.reason);
  if (refusal) throw new RuleViolation(refusal, {}, refusal.endsWith("Reason") ? { reason: refusal } : {});
  if (input.dueOn < ctx.today) throw new RuleViolation("residence.dueInPast", {}, { dueOn: "residence.dueInPast" });
  await checkNoOpenRequest(ctx, input.memberId, input.year);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(ctx.now.getTime() + linkValidDays * 86_400_000);
  const id = randomUUID();
  await ctx.transaction(async (tx) => {
    await repo.insertRequest(tx, {
      id,
      memberId: input.memberId,
      registrationId: registration.id,
      year: input.year,
      requestedOn: ctx.today,
      dueOn: input.dueOn,
      tokenHash: hashToken(token),
      expiresAt,
      status: "requested",
    });
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "residence.commentRequested",
      entityType: "residenceRequest",
      entityId: id,
      after: { memberId: input.memberId, year: input.year, dueOn: input.dueOn, reason: input.reason ?? null },
    });
  });
  return { request: await requestView(ctx, id), link: `/nhan-xet/${token}`, expiresAt: expiresAt.toISOString() };
}

/** A year's comment is asked once: refused while a request is received or its link still open. */
async function checkNoOpenRequest(ctx: Ctx, memberId: string, year: number) {
  for (const existing of await repo.requestsOfMemberYear(ctx.db, memberId, year)) {
    if (existing.status === "received") throw new Conflict("residence.alreadyReceived", { year });
    if (linkState(existing, ctx.now) === "open") throw new Conflict("residence.requestOpen", { year });
  }
}

/** Comment requests of the members in the user's subtree (or a unit's subtree inside it), overdue ones first. */
export async function listCommentRequests(
  ctx: Ctx,
  query: CommentRequestListQuery,
): Promise<ResidenceCommentRequest[]> {
  if (query.orgUnitId) await requireCan(ctx, "member.read", query.orgUnitId);
  const scope = await resolveScope(ctx.db, ctx.actor, "member.read", query.orgUnitId);
  const rows = await repo.listRequests(ctx.db, scope, query, ctx.today);
  return rows.map((row) => toRequest(row, ctx.today));
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
