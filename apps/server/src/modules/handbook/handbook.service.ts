import type { HandbookMeeting, HandbookSummary, Member } from "@dangvu/contract";
import type { Ctx } from "../../context";
import { NotFound } from "../../errors";
import { nextBadgeOfMember } from "../awards";
import {
  attendanceCounts,
  type CellMeetingRow,
  cellMeetingsOfMember,
  cellNoticesSince,
  meetingDay,
  openTasksOfMember,
} from "../meetings";
import { getMember } from "../members";
import { ownResidence } from "../residence";
import { memberIdOfUser } from "../users";

/** The member behind the signed-in account; 404 when the account is not linked to a member's record. */
async function ownMemberId(ctx: Ctx): Promise<string> {
  const memberId = await memberIdOfUser(ctx.db, ctx.actor.userId);
  if (!memberId) throw new NotFound("handbook.notLinked");
  return memberId;
}

/** The member's own record, as the handbook shows it (read through their own grant on the record's cell). */
export async function ownRecord(ctx: Ctx): Promise<Member> {
  const memberId = await ownMemberId(ctx);
  return getMember(selfCtx(ctx), memberId);
}

/**
 * The handbook's first screen: party age and the next badge, the cell's coming and recent meetings with the member's
 * attendance, and the member's own open tasks. A member sees only their own cell's meetings.
 */
export async function summary(ctx: Ctx): Promise<HandbookSummary> {
  const member = await ownRecord(ctx);
  const monthAgo = new Date(ctx.now.getTime() - 92 * 86_400_000);
  const inTwoMonths = new Date(ctx.now.getTime() + 62 * 86_400_000);
  const meetings = (await cellMeetingsOfMember(ctx.db, member.orgUnitId, member.id, monthAgo, inTwoMonths)).map((row) =>
    toHandbookMeeting(row, ctx.today),
  );
  // Today's meeting stays among the coming ones after its hour, so a member arriving late still checks in.
  const upcoming = meetings.filter((m) => meetingDay(new Date(m.scheduledAt)) >= ctx.today && m.status !== "closed");
  const recent = meetings.filter((m) => !upcoming.includes(m)).reverse();
  const attended = recent.filter((m) => m.myAttendance);
  const rate = attended.length
    ? attendanceCounts(
        attended.map((m) => ({ memberId: m.id, status: "full", counted: true, attendance: m.myAttendance })),
      ).attendanceRate
    : null;
  return {
    memberId: member.id,
    fullName: member.fullName,
    orgUnitName: member.orgUnitName,
    status: member.status,
    partyAge: member.partyAge,
    nextBadge: await nextBadge(ctx, member),
    upcoming,
    recent,
    tasks: await openTasksOfMember(ctx.db, member.id, member.orgUnitId),
    attendanceRate: rate,
    notices: await cellNoticesSince(ctx.db, member.orgUnitId, monthAgo.toISOString().slice(0, 10)),
    residence: await ownResidence(ctx.db, member.id),
  };
}

/** The next party badge the member reaches: the awards module's judgement, one home for the rule. */
async function nextBadge(ctx: Ctx, member: Member): Promise<HandbookSummary["nextBadge"]> {
  if (!member.partyAge.since || member.status === "left") return null;
  return nextBadgeOfMember(ctx, member.id);
}

function toHandbookMeeting(row: CellMeetingRow, today: string): HandbookMeeting {
  const scheduledAt = new Date(row.scheduledAt);
  return {
    id: row.id,
    kind: row.kind as HandbookMeeting["kind"],
    topic: row.topic,
    scheduledAt: scheduledAt.toISOString(),
    place: row.place,
    status: row.status as HandbookMeeting["status"],
    agenda: row.agenda,
    myAttendance: row.myAttendance as HandbookMeeting["myAttendance"],
    documents: row.documents ?? [],
    canCheckIn: row.status !== "closed" && meetingDay(scheduledAt) === today,
  };
}

/** Members read their own record with `self.read`: a context whose grants also allow member.read on it. */
function selfCtx(ctx: Ctx): Ctx {
  return {
    ...ctx,
    actor: {
      ...ctx.actor,
      grants: ctx.actor.grants.map((g) =>
        g.permissions.has("self.read") ? { ...g, permissions: new Set([...g.permissions, "member.read"]) } : g,
      ),
    },
  };
}
