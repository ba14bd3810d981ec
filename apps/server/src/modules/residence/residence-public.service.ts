import type { PublicResidenceForm, ResidenceCommentInput, ResolvedShortCode } from "@dangvu/contract";
import { recordAudit } from "../../audit/audit";
import type { PublicCtx } from "../../context";
import { BadRequest, Conflict, DomainError, NotFound } from "../../errors";
import { unitAndParentNames } from "../org";
import * as repo from "./residence.repo";
import { linkState } from "./residence.rules";
import { normalizeShortCode, openToken, readToken, shortCodeHash, tokenLength } from "./residence-codes";
import { hashToken } from "./residence-requests.service";

/**
 * The request behind a link that can still be answered: 400 for a link cut off in copying (said in plain words, with
 * how many characters are missing), 404 unknown, 409 already answered, 410 expired.
 */
async function openRequest(ctx: PublicCtx, raw: string): Promise<repo.RequestRow> {
  const { token, complete } = readToken(raw);
  if (!complete)
    throw new BadRequest(
      "residence.linkIncomplete",
      { missing: Math.max(tokenLength - token.length, 1) },
      { token: "residence.linkIncomplete" },
    );
  const request = await repo.findRequestByTokenHash(ctx.db, hashToken(token));
  if (!request) throw new NotFound("residence.linkUnknown");
  const state = linkState(request, ctx.now);
  if (state === "used") throw new Conflict("residence.linkUsed");
  if (state === "expired") throw new DomainError(410, "residence.linkExpired");
  return request;
}

/**
 * What the residence cell sees before commenting: the member's name, their cell and the cell's parent (so that a
 * secretary who has never heard of "Chi bộ Văn phòng" knows which one), the year and the date to answer by.
 */
export async function getPublicForm(ctx: PublicCtx, token: string): Promise<PublicResidenceForm> {
  const request = await openRequest(ctx, token);
  const listed = (await repo.listedRequest(ctx.db, request.id)) as repo.ListedRequest;
  const { parentName } = await unitAndParentNames(ctx.db, listed.orgUnitId);
  return {
    memberName: listed.memberName,
    cellName: listed.orgUnitName,
    parentName,
    year: request.year,
    dueOn: request.dueOn,
  };
}

/** Records the residence cell's comment given through the link; the link cannot be used again. */
export async function submitPublicComment(
  ctx: PublicCtx,
  token: string,
  input: ResidenceCommentInput,
): Promise<{ ok: true }> {
  const request = await openRequest(ctx, token);
  await ctx.transaction(async (tx) => {
    if (!(await repo.markReceived(tx, request.id, { ...input, via: "link", receivedOn: ctx.today })))
      throw new Conflict("residence.linkUsed");
    await recordAudit(tx, null, ctx.now, {
      action: "residence.commentReceived",
      entityType: "residenceRequest",
      entityId: request.id,
      after: { ...input, via: "link" },
    });
  });
  return { ok: true };
}

/**
 * The long link behind a short code typed from a paper letter. The code must have its 10 characters (the answer
 * says how many were typed) and only characters codes use; an unknown code is 404. Rate-limited per address.
 */
export async function resolveShortCode(ctx: PublicCtx, typed: string): Promise<ResolvedShortCode> {
  const normalized = normalizeShortCode(typed);
  if ("error" in normalized) {
    const params: Record<string, string | number> =
      "length" in normalized ? { length: normalized.length } : { chars: normalized.chars };
    throw new BadRequest(normalized.error, params, { code: normalized.error });
  }
  const request = await repo.findRequestByShortCode(ctx.db, shortCodeHash(normalized.code));
  const token = request?.tokenSealed ? openToken(request.tokenSealed, normalized.code) : null;
  if (!token) throw new NotFound("residence.codeUnknown", {}, { code: "residence.codeUnknown" });
  return { link: `/nhan-xet/${token}` };
}
