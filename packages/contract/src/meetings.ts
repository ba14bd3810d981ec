import { z } from "zod";
import { Id, IsoDate, IsoDateTime, OptionalText, Page, SafeString, Text } from "./common";

export const MeetingKind = z.enum(["regular", "thematic", "extraordinary", "committee"]);
export type MeetingKind = z.infer<typeof MeetingKind>;
export const AttendanceStatus = z.enum(["present", "absent_excused", "absent_unexcused"]);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;
export const MeetingStatus = z.enum(["planned", "held", "closed"]);
export const QualityLevel = z.enum(["good", "fair", "average", "poor"]);
export type QualityLevel = z.infer<typeof QualityLevel>;

export const AgendaItem = z.object({ title: Text(300), note: OptionalText(2000) });
const DateTime = IsoDateTime;

export const CreateMeetingInput = z.object({
  orgUnitId: Id,
  kind: MeetingKind,
  topic: Text(300),
  scheduledAt: DateTime,
  place: OptionalText(200),
  agenda: z.array(AgendaItem).max(40).optional(),
});
export type CreateMeetingInput = z.infer<typeof CreateMeetingInput>;

export const UpdateMeetingInput = z.object({
  version: z.number().int().min(1),
  topic: Text(300).optional(),
  scheduledAt: DateTime.optional(),
  place: OptionalText(200),
  agenda: z.array(AgendaItem).max(40).optional(),
});
export type UpdateMeetingInput = z.infer<typeof UpdateMeetingInput>;

export const AttendanceEntry = z.object({
  memberId: Id,
  status: AttendanceStatus,
  reason: OptionalText(300),
});
export const AttendanceInput = z.object({ entries: z.array(AttendanceEntry).min(1).max(500) });
export type AttendanceInput = z.infer<typeof AttendanceInput>;

/**
 * What a vote decides: an ordinary resolution (more than half of the base), an admission or a recognition as full
 * member (two thirds); the thresholds are rule settings, read on the meeting's date.
 */
export const VoteKind = z.enum(["resolution", "admission", "full_membership"]);
export type VoteKind = z.infer<typeof VoteKind>;

/** A share of the base: more than (strict) or at least numerator/denominator. */
export const VoteThreshold = z.object({
  numerator: z.number().int().min(1),
  denominator: z.number().int().min(1),
  strict: z.boolean(),
});
export type VoteThreshold = z.infer<typeof VoteThreshold>;

export const VoteInput = z.object({
  subject: Text(300),
  // Left out, the vote is an ordinary resolution (votes are written whole with the minutes, never patched).
  kind: VoteKind.optional(),
  forCount: z.number().int().min(0),
  againstCount: z.number().int().min(0),
  abstainCount: z.number().int().min(0),
});
/** A resolution made a task: owned by a member on the cell's roster, or, without one, by the cell itself. */
export const ResolutionInput = z.object({
  title: Text(300),
  ownerMemberId: Id.optional(),
  dueOn: IsoDate,
});

/** A time of day, "HH:MM" (24 hours). */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "meeting.timeFormat" });

export const MinutesInput = z.object({
  version: z.number().int().min(1),
  chairName: Text(120),
  secretaryName: Text(120),
  /** When the meeting ended, Vietnam time; left out, it stays as it was. */
  endTime: TimeOfDay.optional(),
  // Left out, a part of the minutes stays as it was (votes included); resolutions sent are added as tasks.
  discussion: OptionalText(20_000),
  conclusions: OptionalText(20_000),
  votes: z.array(VoteInput).max(30).optional(),
  resolutions: z.array(ResolutionInput).max(30).optional(),
});
export type MinutesInput = z.infer<typeof MinutesInput>;

export const ScoreInput = z.object({ points: z.record(SafeString(), z.number().int().min(0)) });
export type ScoreInput = z.infer<typeof ScoreInput>;

export const CheckinInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { message: "meeting.checkinCodeFormat" }),
});

export const RosterEntry = z.object({
  memberId: Id,
  fullName: z.string(),
  status: z.enum(["probationary", "full"]),
  /** False for a member exempt from activities, and for a member of another cell here in temporary activity. */
  counted: z.boolean(),
  /** A member of another cell in temporary activity here: attends and is marked, does not vote, is not counted. */
  temporary: z.boolean(),
  exempt: z.boolean(),
  attendance: AttendanceStatus.nullable(),
  reason: z.string().nullable(),
  via: z.string().nullable(),
});

export const MeetingCounts = z.object({
  /** The cell's own members on the list (those away in temporary activity elsewhere included). */
  fullMembers: z.number().int(),
  probationaryMembers: z.number().int(),
  /** Its members away in temporary activity elsewhere, left out of its attendance. */
  away: z.number().int(),
  /** Members of other cells here in temporary activity (not the cell's own, not counted in its rate). */
  temporary: z.number().int(),
  counted: z.number().int(),
  present: z.number().int(),
  presentFull: z.number().int(),
  absentExcused: z.number().int(),
  absentUnexcused: z.number().int(),
  attendanceRate: z.number(),
});
export type MeetingCounts = z.infer<typeof MeetingCounts>;

/** A document attached to a meeting (plan, report, scan); its content is downloaded separately. */
export const MeetingDocument = z.object({
  id: Id,
  fileName: z.string(),
  size: z.number().int(),
  mimeType: z.string(),
});
export type MeetingDocument = z.infer<typeof MeetingDocument>;

export const Meeting = z.object({
  id: Id,
  orgUnitId: Id,
  orgUnitName: z.string(),
  kind: MeetingKind,
  topic: z.string(),
  scheduledAt: z.string(),
  place: z.string().nullable(),
  status: MeetingStatus,
  agenda: z.array(AgendaItem),
  chairName: z.string().nullable(),
  secretaryName: z.string().nullable(),
  discussion: z.string().nullable(),
  conclusions: z.string().nullable(),
  /** When the meeting ended ("HH:MM"), as the minutes record it. */
  endTime: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** The meeting's day in Vietnam: attendance, check-in, minutes, score and closing open on it. */
  opensOn: IsoDate,
  version: z.number().int(),
  roster: z.array(RosterEntry),
  counts: MeetingCounts,
  votes: z.array(
    VoteInput.extend({
      id: Id,
      kind: VoteKind,
      verdict: z.object({
        passed: z.boolean(),
        base: z.number().int(),
        needed: z.number().int(),
        forCount: z.number().int(),
      }),
    }),
  ),
  /** The base votes count against (domain.md §3.5) and what each kind of vote needs, by the rules on the meeting's date. */
  voting: z.object({
    fullMembers: z.number().int(),
    excluded: z.object({
      temporaryElsewhere: z.number().int(),
      exemptAbsent: z.number().int(),
      absentExcused: z.number().int(),
    }),
    base: z.number().int(),
    voters: z.number().int(),
    thresholds: z.record(VoteKind, VoteThreshold.extend({ needed: z.number().int() })),
  }),
  /** The attendance criterion of the scoring template and its points from the recorded attendance; null without one. */
  attendanceScore: z.object({ criterionKey: z.string(), max: z.number().int(), points: z.number().int() }).nullable(),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  score: z.object({ total: z.number(), level: QualityLevel, points: z.record(z.string(), z.number()) }).nullable(),
  documents: z.array(MeetingDocument),
  /** The invitation's number from the unit's register once issued ("05-GM/CB"), and the day of issue. */
  invitation: z.object({ code: z.string(), issuedOn: IsoDate }).nullable(),
  /** The unit's bí thư (or phó bí thư) on the meeting's day, from its positions: who usually chairs. */
  leaderName: z.string().nullable(),
  /** `hold`: attendance, check-in code, minutes and score may be recorded (open, and its day has come). */
  can: z.object({ update: z.boolean(), hold: z.boolean(), close: z.boolean(), reopen: z.boolean() }),
});
export type Meeting = z.infer<typeof Meeting>;

export const MeetingListItem = z.object({
  id: Id,
  orgUnitId: Id,
  orgUnitName: z.string(),
  kind: MeetingKind,
  topic: z.string(),
  scheduledAt: z.string(),
  status: MeetingStatus,
  level: QualityLevel.nullable(),
});
export type MeetingListItem = z.infer<typeof MeetingListItem>;
/**
 * A page of meetings, newest first. The period defaults to the last year and the next three months; the list is
 * filtered, sorted and paged in the database (an index on the unit and the day serves it).
 */
export const MeetingListQuery = Page.extend({
  orgUnitId: Id.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  kind: MeetingKind.optional(),
  status: MeetingStatus.optional(),
});
export type MeetingListQuery = z.infer<typeof MeetingListQuery>;
export const MeetingPage = z.object({ items: z.array(MeetingListItem), total: z.number().int() });
export type MeetingPage = z.infer<typeof MeetingPage>;

export const MeetingTask = z.object({
  id: Id,
  meetingId: Id,
  orgUnitId: Id,
  title: z.string(),
  /** The member's name, or the cell's when the cell itself owns the task. */
  ownerName: z.string(),
  ownerMemberId: Id.nullable(),
  dueOn: IsoDate,
  status: z.enum(["open", "done"]),
  closedOn: IsoDate.nullable(),
  version: z.number().int(),
});
export type MeetingTask = z.infer<typeof MeetingTask>;
export const UpdateTaskInput = z.object({ version: z.number().int().min(1), status: z.enum(["open", "done"]) });

export const ScoringTemplate = z.object({
  id: Id,
  name: z.string(),
  validFrom: IsoDate,
  criteria: z.array(z.object({ key: z.string(), label: z.string(), max: z.number().int() })),
  levels: z.array(z.object({ level: QualityLevel, min: z.number() })),
});
export type ScoringTemplate = z.infer<typeof ScoringTemplate>;

/** The member's own views in the handbook (sổ tay đảng viên). */
export const HandbookMeeting = z.object({
  id: Id,
  kind: MeetingKind,
  topic: z.string(),
  scheduledAt: z.string(),
  place: z.string().nullable(),
  status: MeetingStatus,
  agenda: z.array(AgendaItem),
  myAttendance: AttendanceStatus.nullable(),
  documents: z.array(z.object({ id: Id, fileName: z.string() })),
  /** On the meeting's day, while it is not closed, the member may check in with the code on display. */
  canCheckIn: z.boolean(),
});
export type HandbookMeeting = z.infer<typeof HandbookMeeting>;

export const HandbookSummary = z.object({
  memberId: Id,
  fullName: z.string(),
  orgUnitName: z.string(),
  status: z.string(),
  partyAge: z.object({ years: z.number().int(), months: z.number().int(), since: IsoDate.nullable() }),
  nextBadge: z.object({ years: z.number().int(), on: IsoDate }).nullable(),
  upcoming: z.array(HandbookMeeting),
  recent: z.array(HandbookMeeting),
  /** The member's own open tasks and those the cell as a whole owns. */
  tasks: z.array(
    z.object({ id: Id, title: z.string(), dueOn: IsoDate, status: z.string(), owner: z.enum(["member", "cell"]) }),
  ),
  attendanceRate: z.number().nullable(),
  notices: z.array(z.object({ id: Id, title: z.string(), body: z.string(), postedOn: IsoDate })),
  residence: z
    .object({
      address: z.string(),
      residenceOrgName: z.string(),
      case: z.string(),
      comments: z.array(
        z.object({
          year: z.number().int(),
          status: z.string(),
          assessment: z.string().nullable(),
          receivedOn: IsoDate.nullable(),
        }),
      ),
    })
    .nullable(),
});
export type HandbookSummary = z.infer<typeof HandbookSummary>;

export const CreateScoringTemplateInput = z.object({
  name: Text(200),
  validFrom: IsoDate,
  criteria: z
    .array(
      z.object({
        key: z
          .string()
          .trim()
          .regex(/^[a-z][a-z0-9_]{0,39}$/, { message: "meeting.criterionKey" }),
        label: Text(200),
        max: z.number().int().min(1).max(100),
      }),
    )
    .min(1)
    .max(20),
  levels: z.array(z.object({ level: QualityLevel, min: z.number().min(0).max(100) })).length(4),
});
export type CreateScoringTemplateInput = z.infer<typeof CreateScoringTemplateInput>;

export const Notice = z.object({
  id: Id,
  orgUnitId: Id,
  title: z.string(),
  body: z.string(),
  postedOn: IsoDate,
  postedByName: z.string().nullable(),
  can: z.object({ withdraw: z.boolean() }),
});
export type Notice = z.infer<typeof Notice>;
/** A page of a unit's notices still posted, newest first. */
export const NoticeListQuery = Page.extend({ orgUnitId: Id });
export type NoticeListQuery = z.infer<typeof NoticeListQuery>;
export const NoticePage = z.object({ items: z.array(Notice), total: z.number().int() });
export type NoticePage = z.infer<typeof NoticePage>;
export const CreateNoticeInput = z.object({ orgUnitId: Id, title: Text(200), body: Text(5000) });
export type CreateNoticeInput = z.infer<typeof CreateNoticeInput>;

/** Plans the regular monthly meetings of a year on a recurring day (months that already have one are skipped). */
export const PlanYearInput = z.object({
  orgUnitId: Id,
  year: z.number().int().min(2000).max(2100),
  dayOfMonth: z.number().int().min(1).max(28),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "meeting.timeFormat" }),
  place: OptionalText(200),
});
export type PlanYearInput = z.infer<typeof PlanYearInput>;

/**
 * Something a committee watches in its subtree: a cell without its meetings, a member absent with a reason more than
 * three times in a row, a member absent without reason in three months of the year (the ground for striking off).
 */
export const MeetingAlert = z.object({
  kind: z.enum([
    "no_regular_this_month",
    "no_thematic_this_quarter",
    "absent_excused_streak",
    "absent_unexcused_months",
  ]),
  orgUnitId: Id,
  orgUnitName: z.string(),
  memberId: Id.nullable(),
  memberName: z.string().nullable(),
  message: z.string(),
});
export type MeetingAlert = z.infer<typeof MeetingAlert>;

/** A cell's yearly rating of its meetings, from the levels of its scored regular meetings (null when none). */
export const YearlyRating = z.object({
  orgUnitId: Id,
  orgUnitName: z.string(),
  meetingsScored: z.number().int(),
  rating: QualityLevel.nullable(),
});
export type YearlyRating = z.infer<typeof YearlyRating>;
