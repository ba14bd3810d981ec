import type { AttendanceInput, Meeting, MeetingTask, MinutesInput, ScoreInput } from "@dangvu/contract";
import { requireCan } from "../../access/require";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { Conflict, NotFound, RuleViolation } from "../../errors";
import { unitNames } from "../org";
import * as repo from "./meetings.repo";
import { attendees, localTime, meetingDay, scoreMeeting, voteTooLarge } from "./meetings.rules";
import { getMeeting, heldMeeting } from "./meetings.service";
import { votersOf } from "./meetings-voting.service";

/** Records attendance for members of the meeting's unit; anyone else is refused and nothing is written. */
export async function recordAttendance(ctx: Ctx, id: string, input: AttendanceInput): Promise<Meeting> {
  const meeting = await heldMeeting(ctx, id);
  const roster = await repo.roster(ctx.db, meeting);
  const members = new Set(attendees(roster).map((m) => m.memberId));
  const away = new Set(roster.filter((m) => m.away).map((m) => m.memberId));
  const stranger = input.entries.findIndex((e) => !members.has(e.memberId));
  if (stranger >= 0) {
    // A member away in temporary activity elsewhere attends there, not here (domain.md §2.5).
    const code = away.has(input.entries[stranger]?.memberId ?? "") ? "meeting.memberAway" : "meeting.notInCell";
    throw new RuleViolation(code, {}, { [`entries.${stranger}.memberId`]: code });
  }
  await ctx.transaction(async (tx) => {
    for (const entry of input.entries) await repo.upsertAttendance(tx, id, entry, "secretary", ctx.now);
    if (meeting.status === "planned") await repo.updateMeeting(tx, id, meeting.version, { status: "held" });
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "meeting.attendance",
      entityType: "meeting",
      entityId: id,
      after: input,
    });
  });
  return getMeeting(ctx, id);
}

/** Writes the minutes: chair, secretary, discussion, conclusions, votes (checked against full members present) and resolutions as tasks. */
export async function writeMinutes(ctx: Ctx, id: string, input: MinutesInput): Promise<Meeting> {
  const meeting = await heldMeeting(ctx, id, input.version);
  const people = await repo.roster(ctx.db, meeting);
  const voters = await votersOf(ctx.db, meetingDay(meeting.scheduledAt), people);
  const bad = (input.votes ?? []).findIndex((v) => voteTooLarge(v, voters));
  if (bad >= 0)
    throw new RuleViolation(
      "meeting.voteTooLarge",
      { present: voters },
      { [`votes.${bad}.forCount`]: "meeting.voteTooLarge" },
    );
  const tasks = await tasksOf(ctx, meeting.orgUnitId, people, input.resolutions ?? []);
  if (input.endTime && input.endTime <= localTime(meeting.scheduledAt))
    throw new RuleViolation(
      "meeting.endBeforeStart",
      { start: localTime(meeting.scheduledAt) },
      { endTime: "meeting.endBeforeStart" },
    );
  await ctx.transaction(async (tx) => {
    const changes = {
      chairName: input.chairName,
      secretaryName: input.secretaryName,
      discussion: input.discussion,
      conclusions: input.conclusions,
      endTime: input.endTime,
      status: "held",
    };
    if (!(await repo.updateMeeting(tx, id, input.version, changes)))
      throw new Conflict("version.stale", {}, { version: "version.stale" });
    if (input.votes) await repo.replaceVotes(tx, id, input.votes);
    await repo.insertTasks(tx, meeting, tasks);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "meeting.minutes",
      entityType: "meeting",
      entityId: id,
      after: input,
    });
  });
  return getMeeting(ctx, id);
}

/** Resolutions as tasks: each owned by a member on the roster (422 on the field otherwise) or by the cell itself. */
async function tasksOf(
  ctx: Ctx,
  orgUnitId: string,
  people: { memberId: string; fullName: string }[],
  resolutions: NonNullable<MinutesInput["resolutions"]>,
) {
  const names = new Map(people.map((p) => [p.memberId, p.fullName]));
  const stranger = resolutions.findIndex((r) => r.ownerMemberId && !names.has(r.ownerMemberId));
  if (stranger >= 0)
    throw new RuleViolation(
      "meeting.ownerNotInCell",
      {},
      { [`resolutions.${stranger}.ownerMemberId`]: "meeting.ownerNotInCell" },
    );
  const cellName = resolutions.some((r) => !r.ownerMemberId)
    ? ((await unitNames(ctx.db, [orgUnitId])).get(orgUnitId) ?? "")
    : "";
  return resolutions.map((r) => ({
    title: r.title,
    dueOn: r.dueOn,
    ownerMemberId: r.ownerMemberId ?? null,
    ownerName: r.ownerMemberId ? (names.get(r.ownerMemberId) as string) : cellName,
  }));
}

/** Scores the meeting with the template in force on its date; points outside the template are refused. */
export async function scoreMeetingQuality(ctx: Ctx, id: string, input: ScoreInput): Promise<Meeting> {
  const meeting = await heldMeeting(ctx, id);
  const template = await repo.templateOn(ctx.db, meeting.scheduledAt.toISOString().slice(0, 10));
  if (!template) throw new RuleViolation("meeting.noTemplate");
  const result = scoreMeeting(template, input.points);
  if (result.problems.length) {
    const fields = Object.fromEntries(result.problems.map((key) => [`points.${key}`, "meeting.scoreOutOfTemplate"]));
    throw new RuleViolation("meeting.scoreOutOfTemplate", {}, fields);
  }
  await ctx.transaction(async (tx) => {
    await repo.saveScore(tx, {
      meetingId: id,
      templateId: template.id,
      points: input.points,
      total: result.total,
      level: result.level,
      scoredAt: ctx.now,
    });
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "meeting.scored",
      entityType: "meeting",
      entityId: id,
      after: { ...input, total: result.total, level: result.level },
    });
  });
  return getMeeting(ctx, id);
}

/** Closes a meeting: attendance, minutes and score are frozen from then on. */
export async function closeMeeting(ctx: Ctx, id: string): Promise<Meeting> {
  const meeting = await heldMeeting(ctx, id);
  if (!meeting.chairName) throw new RuleViolation("meeting.minutesMissing");
  await ctx.transaction(async (tx) => {
    await repo.updateMeeting(tx, id, meeting.version, { status: "closed", closedAt: ctx.now });
    await recordAudit(tx, ctx.actor, ctx.now, { action: "meeting.closed", entityType: "meeting", entityId: id });
  });
  return getMeeting(ctx, id);
}

/** Reopens a closed meeting for a correction; the reopening is audited with its reason. */
export async function reopenMeeting(ctx: Ctx, id: string, reason: string): Promise<Meeting> {
  const meeting = await repo.findMeeting(ctx.db, id);
  if (!meeting) throw new NotFound();
  await requireCan(ctx, "meeting.write", meeting.orgUnitId);
  if (meeting.status !== "closed") throw new Conflict("meeting.notClosed");
  await ctx.transaction(async (tx) => {
    await repo.updateMeeting(tx, id, meeting.version, { status: "held", closedAt: null });
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "meeting.reopened",
      entityType: "meeting",
      entityId: id,
      after: { reason },
    });
  });
  return getMeeting(ctx, id);
}

/** Marks a follow-up task done or open again. */
export async function updateTask(ctx: Ctx, id: string, version: number, status: "open" | "done"): Promise<MeetingTask> {
  const task = await repo.findTask(ctx.db, id);
  if (!task) throw new NotFound();
  await requireCan(ctx, "meeting.write", task.orgUnitId);
  await ctx.transaction(async (tx) => {
    const changes = { status, closedOn: status === "done" ? ctx.today : null };
    if (!(await repo.updateTask(tx, id, version, changes)))
      throw new Conflict("version.stale", {}, { version: "version.stale" });
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "meeting.taskUpdated",
      entityType: "meeting",
      entityId: task.meetingId,
      before: { status: task.status },
      after: { taskId: id, status },
    });
  });
  const updated = await repo.findTask(ctx.db, id);
  return toTask(updated as NonNullable<typeof updated>);
}

/** Open follow-up tasks of a unit. */
export async function listOpenTasks(ctx: Ctx, orgUnitId: string): Promise<MeetingTask[]> {
  await requireCan(ctx, "meeting.read", orgUnitId);
  return (await repo.openTasks(ctx.db, orgUnitId)).map(toTask);
}

function toTask(row: NonNullable<Awaited<ReturnType<typeof repo.findTask>>>): MeetingTask {
  return {
    id: row.id,
    meetingId: row.meetingId,
    orgUnitId: row.orgUnitId,
    title: row.title,
    ownerName: row.ownerName,
    ownerMemberId: row.ownerMemberId,
    dueOn: row.dueOn,
    status: row.status as MeetingTask["status"],
    closedOn: row.closedOn,
    version: row.version,
  };
}
