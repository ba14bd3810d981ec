import type { CellCommentRequests, CellCommentRequestsInput, CreatedCommentRequest } from "@dangvu/contract";
import { requireCan } from "../../access/require";
import type { Ctx } from "../../context";
import { RuleViolation } from "../../errors";
import { activeUnit, isCell } from "../org";
import * as followUp from "./residence-followup.repo";
import { checkDue, createdView, type IssuedLink, insertIssued, newLink } from "./residence-requests.service";

type Skipped = CellCommentRequests["skipped"];

/**
 * Asks, in one action, for the year's comment on every member on a cell's list who is registered at a residence in
 * the normal case and not yet asked that year; each gets a link and a short code, shown this once. Members not
 * registered, exempt from residence activity or not introduced (HD 33) are left out and counted.
 */
export async function requestForCell(ctx: Ctx, input: CellCommentRequestsInput): Promise<CellCommentRequests> {
  await requireCan(ctx, "member.write", input.orgUnitId);
  const unit = await activeUnit(ctx, input.orgUnitId);
  if (!isCell(unit.type as Parameters<typeof isCell>[0]))
    throw new RuleViolation("residence.notACell", { name: unit.name }, { orgUnitId: "residence.notACell" });
  checkDue(ctx, input.dueOn);
  const skipped: Skipped = { alreadyRequested: 0, exempt: 0, notIntroduced: 0, unregistered: 0 };
  const toAsk: { memberId: string; registrationId: string; issued: IssuedLink }[] = [];
  for (const row of await followUp.cellRosterResidence(ctx.db, input.orgUnitId, input.year)) {
    const reason = skipReason(row);
    if (reason) skipped[reason] += 1;
    else toAsk.push({ memberId: row.memberId, registrationId: row.registrationId ?? "", issued: await newLink(ctx) });
  }
  await ctx.transaction(async (tx) => {
    for (const { memberId, registrationId, issued } of toAsk)
      await insertIssued(tx, ctx, issued, {
        memberId,
        registrationId,
        year: input.year,
        dueOn: input.dueOn,
        reason: null,
      });
  });
  const created: CreatedCommentRequest[] = [];
  for (const { issued } of toAsk) created.push(await createdView(ctx, issued));
  return { created, skipped };
}

/** Why a member of the list is not asked; null when they are. */
function skipReason(row: followUp.RosterResidence): keyof Skipped | null {
  if (!row.registrationId) return "unregistered";
  if (row.case === "not_introduced") return "notIntroduced";
  if (row.case === "introduced_exempt") return "exempt";
  if (row.requested) return "alreadyRequested";
  return null;
}
