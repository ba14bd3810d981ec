import type { PublicResidenceForm, ResidenceCommentInput } from "@dangvu/contract";
import { recordAudit } from "../../audit/audit";
import type { PublicCtx } from "../../context";
import { Conflict, DomainError, NotFound } from "../../errors";
import * as repo from "./residence.repo";
import { linkState } from "./residence.rules";
import { hashToken } from "./residence-requests.service";

/** The request behind a link that can still be answered: 404 unknown, 409 already answered, 410 expired. */
async function openRequest(ctx: PublicCtx, token: string): Promise<repo.RequestRow> {
  const request = await repo.findRequestByTokenHash(ctx.db, hashToken(token));
  if (!request) throw new NotFound("residence.linkUnknown");
  const state = linkState(request, ctx.now);
  if (state === "used") throw new Conflict("residence.linkUsed");
  if (state === "expired") throw new DomainError(410, "residence.linkExpired");
  return request;
}

/** What the residence cell sees before commenting: the member's name, their cell and the year, nothing else. */
export async function getPublicForm(ctx: PublicCtx, token: string): Promise<PublicResidenceForm> {
  const request = await openRequest(ctx, token);
  const listed = (await repo.listedRequest(ctx.db, request.id)) as repo.ListedRequest;
  return { memberName: listed.memberName, cellName: listed.orgUnitName, year: request.year };
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
