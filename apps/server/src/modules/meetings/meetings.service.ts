import { randomBytes, randomUUID } from "node:crypto";
import type {
  CreateMeetingInput,
  Meeting,
  MeetingListItem,
  MeetingListQuery,
  MeetingPage,
  OrgUnitType,
  QualityLevel,
  UpdateMeetingInput,
} from "@dangvu/contract";
import { requireCan, requireVisible } from "../../access/require";
import { resolveScope } from "../../access/scope";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { Conflict, NotFound, RuleViolation } from "../../errors";
import { translate } from "../../i18n";
import { addDays, dmy } from "../../rules/dates";
import { ruleValue } from "../../rules/settings";
import { activeUnit, isCell, signerOn, unitNames } from "../org";
import * as repo from "./meetings.repo";
import { attendanceCounts, attendees, dayReached, meetingDay } from "./meetings.rules";
import { listDocuments } from "./meetings-documents.repo";
import { invitationOf } from "./meetings-invitation.service";
import { attendanceScoreOf, votingOf } from "./meetings-voting.service";

/** A page of the meetings of the actor's subtree (or a unit's) in a period: by default the last year and the next three months. */
export async function listMeetings(ctx: Ctx, query: MeetingListQuery): Promise<MeetingPage> {
  if (query.orgUnitId) await requireCan(ctx, "meeting.read", query.orgUnitId);
  const scope = await resolveScope(ctx.db, ctx.actor, "meeting.read", query.orgUnitId);
  const filter = {
    from: query.from ?? addDays(ctx.today, -366),
    to: query.to ?? addDays(ctx.today, 92),
    kind: query.kind,
    status: query.status,
  };
  const { rows, total } = await repo.listMeetings(ctx.db, scope, filter, query);
  return { items: rows.map(toListItem), total };
}

function toListItem(r: repo.ListedMeeting): MeetingListItem {
  return {
    ...r,
    kind: r.kind as MeetingListItem["kind"],
    status: r.status as MeetingListItem["status"],
    scheduledAt: new Date(r.scheduledAt).toISOString(),
    level: r.level as MeetingListItem["level"],
  };
}

/** Plans a meeting of a cell (or a committee meeting of any unit), with the agenda template and open follow-up tasks. */
export async function createMeeting(ctx: Ctx, input: CreateMeetingInput): Promise<Meeting> {
  await requireCan(ctx, "meeting.write", input.orgUnitId);
  const unit = await activeUnit(ctx, input.orgUnitId);
  if (input.kind !== "committee" && !isCell(unit.type as OrgUnitType))
    throw new RuleViolation("meeting.cellOnly", {}, { kind: "meeting.cellOnly" });
  const template = await ruleValue<string[]>(ctx.db, "meeting.agendaTemplate", ctx.today);
  const carried = (await repo.openTasks(ctx.db, input.orgUnitId)).map((t) => ({
    title: translate(ctx.lang, "meeting.carriedTask", { title: t.title, owner: t.ownerName }),
  }));
  const agenda = input.agenda ?? [...template.map((title) => ({ title })), ...carried];
  const id = randomUUID();
  const row = {
    id,
    orgUnitId: input.orgUnitId,
    kind: input.kind,
    topic: input.topic,
    scheduledAt: new Date(input.scheduledAt),
    place: input.place ?? null,
    status: "planned",
    agenda,
    checkinSecret: randomBytes(16).toString("base64url"),
    createdAt: ctx.now,
  };
  await ctx.transaction(async (tx) => {
    await repo.insertMeetings(tx, [row]);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "meeting.created",
      entityType: "meeting",
      entityId: id,
      after: input,
    });
  });
  return getMeeting(ctx, id);
}

/** Changes a planned meeting (topic, time, place, agenda); a closed one is frozen. */
export async function updateMeeting(ctx: Ctx, id: string, input: UpdateMeetingInput): Promise<Meeting> {
  const meeting = await writableMeeting(ctx, id, input.version);
  const changes = {
    topic: input.topic,
    scheduledAt: input.scheduledAt ? new Date(input.scheduledAt) : undefined,
    place: input.place,
    agenda: input.agenda,
  };
  await ctx.transaction(async (tx) => {
    if (!(await repo.updateMeeting(tx, id, input.version, changes)))
      throw new Conflict("version.stale", {}, { version: "version.stale" });
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "meeting.updated",
      entityType: "meeting",
      entityId: id,
      before: { topic: meeting.topic, agenda: meeting.agenda },
      after: input,
    });
  });
  return getMeeting(ctx, id);
}

/** One meeting with its roster, counts, votes, score, warnings and the actions allowed. */
export async function getMeeting(ctx: Ctx, id: string): Promise<Meeting> {
  const meeting = await repo.findMeeting(ctx.db, id);
  if (!meeting) throw new NotFound();
  const held = await requireVisible(ctx, meeting.orgUnitId);
  if (!held.has("meeting.read")) throw new NotFound();
  const day = meetingDay(meeting.scheduledAt);
  const [people, votes, score, names, attached, template, invitation, leader] = await Promise.all([
    repo.roster(ctx.db, meeting),
    repo.listVotes(ctx.db, id),
    repo.findScore(ctx.db, id),
    unitNames(ctx.db, [meeting.orgUnitId]),
    listDocuments(ctx.db, id),
    repo.templateOn(ctx.db, day),
    invitationOf(ctx.db, id),
    signerOn(ctx.db, meeting.orgUnitId, day),
  ]);
  const counts = attendanceCounts(people);
  const voting = await votingOf(ctx.db, ctx.lang, day, people, counts, votes);
  const open = meeting.status !== "closed";
  const write = held.has("meeting.write");
  const hold = open && write && dayReached(meeting.scheduledAt, ctx.today);
  return {
    id,
    orgUnitId: meeting.orgUnitId,
    orgUnitName: names.get(meeting.orgUnitId) ?? "",
    kind: meeting.kind as Meeting["kind"],
    topic: meeting.topic,
    scheduledAt: meeting.scheduledAt.toISOString(),
    place: meeting.place,
    status: meeting.status as Meeting["status"],
    agenda: meeting.agenda,
    chairName: meeting.chairName,
    secretaryName: meeting.secretaryName,
    discussion: meeting.discussion,
    conclusions: meeting.conclusions,
    endTime: meeting.endTime,
    closedAt: meeting.closedAt?.toISOString() ?? null,
    opensOn: day,
    version: meeting.version,
    roster: attendees(people),
    counts,
    ...voting,
    attendanceScore: await attendanceScoreOf(ctx.db, day, template, counts.attendanceRate),
    score: score ? { total: score.total, level: score.level as QualityLevel, points: score.points } : null,
    documents: attached,
    invitation,
    leaderName: leader?.name ?? null,
    can: { update: open && write, hold, close: hold, reopen: !open && write },
  };
}

/** A meeting the actor may change: visible (404), allowed (403), not closed (409), at the version read (409). */
export async function writableMeeting(ctx: Ctx, id: string, version?: number) {
  const meeting = await repo.findMeeting(ctx.db, id);
  if (!meeting) throw new NotFound();
  await requireCan(ctx, "meeting.write", meeting.orgUnitId);
  if (meeting.status === "closed") throw new Conflict("meeting.closed");
  if (version !== undefined && version !== meeting.version)
    throw new Conflict("version.stale", {}, { version: "version.stale" });
  return meeting;
}

/** A meeting being held: writable, and its day has come (422 before it: nothing is recorded for a future meeting). */
export async function heldMeeting(ctx: Ctx, id: string, version?: number) {
  const meeting = await writableMeeting(ctx, id, version);
  requireDayReached(ctx, meeting.scheduledAt);
  return meeting;
}

/** Refuses what only happens at the meeting (attendance, check-in, minutes, score, closing) before its day. */
export function requireDayReached(ctx: Ctx, scheduledAt: Date) {
  if (!dayReached(scheduledAt, ctx.today))
    throw new RuleViolation("meeting.notYet", { date: dmy(meetingDay(scheduledAt)) });
}

/** For the audit trail: the unit of the meeting. */
export async function locateMeetingForAudit(ctx: Ctx, id: string): Promise<{ orgUnitId: string } | undefined> {
  const meeting = await repo.findMeeting(ctx.db, id);
  return meeting && { orgUnitId: meeting.orgUnitId };
}
