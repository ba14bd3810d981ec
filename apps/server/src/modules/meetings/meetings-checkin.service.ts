import { requireCan } from "../../access/require";
import type { Ctx } from "../../context";
import { NotFound } from "../../errors";
import { memberIdOfUser } from "../users";
import { findMeeting } from "./meetings.repo";
import { checkinCode } from "./meetings.rules";
import { checkIn } from "./meetings-conduct.service";

/** The code the secretary shows at the meeting, valid for this minute and the next. */
export async function checkinCodeFor(ctx: Ctx, id: string) {
  const meeting = await findMeeting(ctx.db, id);
  if (!meeting) throw new NotFound();
  await requireCan(ctx, "meeting.write", meeting.orgUnitId);
  const minuteEnd = new Date((Math.floor(ctx.now.getTime() / 60_000) + 1) * 60_000);
  return { code: checkinCode(meeting.checkinSecret, ctx.now), validUntil: minuteEnd.toISOString() };
}

/** The signed-in member checks themselves in; only members of the meeting's cell can. */
export async function checkInAsSelf(ctx: Ctx, id: string, code: string) {
  await checkIn(ctx, id, code, await memberIdOfUser(ctx.db, ctx.actor.userId));
  return { ok: true as const };
}
