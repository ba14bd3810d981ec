import { requireCan } from "../../access/require";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { Conflict, DomainError, NotFound, RuleViolation } from "../../errors";
import { memberIdOfUser } from "../users";
import * as repo from "./meetings.repo";
import { attendees, checkinCode, checkinCodeValid } from "./meetings.rules";
import { requireDayReached } from "./meetings.service";
import { clearCheckinAttempts, countCheckinAttempt } from "./meetings-checkin.repo";

// A six-digit code lives two minutes: at 2,000 tries a minute one of them would hit within a meeting. Five tries in
// ten minutes are plenty for a member who mistyped and make guessing hopeless.
const maxAttempts = 5;
const windowMinutes = 10;

/** The code the secretary shows at the meeting, valid for this minute and the next. */
export async function checkinCodeFor(ctx: Ctx, id: string) {
  const meeting = await repo.findMeeting(ctx.db, id);
  if (!meeting) throw new NotFound();
  await requireCan(ctx, "meeting.write", meeting.orgUnitId);
  requireDayReached(ctx, meeting.scheduledAt);
  const minuteEnd = new Date((Math.floor(ctx.now.getTime() / 60_000) + 1) * 60_000);
  return { code: checkinCode(meeting.checkinSecret, ctx.now), validUntil: minuteEnd.toISOString() };
}

/**
 * The signed-in member checks themselves in with the code shown at the meeting; only members of the meeting's cell
 * can, and after five codes in ten minutes a member waits for the window to pass (429), whichever server they reach.
 */
export async function checkInAsSelf(ctx: Ctx, id: string, code: string) {
  const memberId = await memberIdOfUser(ctx.db, ctx.actor.userId);
  const meeting = await repo.findMeeting(ctx.db, id);
  if (!meeting) throw new NotFound();
  const people = await repo.roster(ctx.db, meeting);
  if (!memberId || !attendees(people).some((p) => p.memberId === memberId)) throw new NotFound();
  if (meeting.status === "closed") throw new Conflict("meeting.closed");
  requireDayReached(ctx, meeting.scheduledAt);
  // The attempt is counted before the code is compared, so parallel guesses cannot all be compared.
  const counted = await countCheckinAttempt(ctx.db, id, memberId, ctx.now, windowMinutes);
  if (counted.attempts > maxAttempts) {
    const waitMs = counted.windowStart.getTime() + windowMinutes * 60_000 - ctx.now.getTime();
    throw new DomainError(429, "meeting.checkinThrottled", {
      max: maxAttempts,
      minutes: Math.max(1, Math.ceil(waitMs / 60_000)),
    });
  }
  if (!checkinCodeValid(meeting.checkinSecret, code, ctx.now))
    throw new RuleViolation("meeting.checkinCodeWrong", {}, { code: "meeting.checkinCodeWrong" });
  await ctx.transaction(async (tx) => {
    await repo.upsertAttendance(tx, id, { memberId, status: "present" }, "self", ctx.now);
    await clearCheckinAttempts(tx, id, memberId);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "meeting.checkin",
      entityType: "meeting",
      entityId: id,
      after: { memberId },
    });
  });
  return { ok: true as const };
}
