import type { Meeting } from "@dangvu/contract";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import type { Db } from "../../db/database";
import { numberOf, takeNumber } from "../documents";
import { getMeeting, writableMeeting } from "./meetings.service";

/** Invitations (giấy mời) are numbered in their issuer's register of type GM (domain.md §8.2). */
const invitationType = "GM";

const subjectOf = (meetingId: string) => ({ type: "meeting", id: meetingId });

/**
 * Issues the invitation to a meeting: it takes the next number of the unit's register of invitations for the term in
 * force today and is dated today. Issuing again changes nothing: the invitation keeps its number and date.
 */
export async function issueInvitation(ctx: Ctx, id: string): Promise<Meeting> {
  const meeting = await writableMeeting(ctx, id);
  if (await numberOf(ctx.db, subjectOf(id), invitationType)) return getMeeting(ctx, id);
  await ctx.transaction(async (tx) => {
    const number = await takeNumber(tx, {
      issuerUnitId: meeting.orgUnitId,
      typeCode: invitationType,
      issuedOn: ctx.today,
      subject: subjectOf(id),
    });
    // Asked for twice at once (two app servers), the later request finds the number taken and changes nothing.
    if (!number.fresh) return;
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "meeting.invitationIssued",
      entityType: "meeting",
      entityId: id,
      after: { number: number.code, issuedOn: number.issuedOn, term: number.termName },
    });
  });
  return getMeeting(ctx, id);
}

/** The invitation's number and day of issue, or null before it is issued. */
export async function invitationOf(db: Db, meetingId: string): Promise<Meeting["invitation"]> {
  const number = await numberOf(db, subjectOf(meetingId), invitationType);
  return number && { code: number.code, issuedOn: number.issuedOn };
}
