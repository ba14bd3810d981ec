import { z } from "zod";
import { Id, IsoDate, OptionalText, SafeString, Text } from "./common";

/** The four levels of 366-QĐ/TW (glossary): Hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ. */
export const RatingLevel = z.enum(["excellent", "good", "completed", "not_completed"], { message: "rating.level" });
export type RatingLevel = z.infer<typeof RatingLevel>;
export const ratingLevels: readonly RatingLevel[] = RatingLevel.options;

export const RatingCycleKind = z.enum(["year", "quarter", "term", "ad_hoc"]);
export type RatingCycleKind = z.infer<typeof RatingCycleKind>;

export const RatingSubjectType = z.enum(["member", "org"]);
export type RatingSubjectType = z.infer<typeof RatingSubjectType>;

export const AssessmentStatus = z.enum(["pending", "self_assessed", "proposed", "decided", "excluded"]);
export type AssessmentStatus = z.infer<typeof AssessmentStatus>;

/** Why a member is left out of a cycle (domain.md §5.4); suspension is not recorded yet. */
export const ExcludedReason = z.enum(["exempt", "recently_admitted"]);
export type ExcludedReason = z.infer<typeof ExcludedReason>;

const Count = z.number().int().min(0).max(100000);

/** The cell's vote on a proposal: those present, for, against (passes with more than half of those present). */
export const RatingVote = z
  .strictObject({ present: Count, inFavour: Count, against: Count })
  .refine((v) => v.inFavour + v.against <= v.present, { message: "rating.voteCounts", path: ["inFavour"] });
export type RatingVote = z.infer<typeof RatingVote>;

// ── Cycles ─────────────────────────────────────────────────────────────────────────────────────────────────────────

/** A new cycle for a committee's subtree; the due dates default to the rule setting ratings.stepDeadlines. */
export const CreateCycleInput = z
  .strictObject({
    orgUnitId: Id,
    kind: RatingCycleKind,
    year: z.number().int().min(2000).max(2100),
    quarter: z.number().int().min(1).max(4).optional(),
    name: OptionalText(200),
    referenceDate: IsoDate,
    selfDueOn: IsoDate.optional(),
    proposalDueOn: IsoDate.optional(),
    decisionDueOn: IsoDate.optional(),
  })
  .refine((c) => (c.kind === "quarter") === (c.quarter !== undefined), {
    message: "rating.quarter",
    path: ["quarter"],
  });
export type CreateCycleInput = z.infer<typeof CreateCycleInput>;

export const RatingCycle = z.object({
  id: Id,
  orgUnitId: Id,
  orgUnitName: z.string(),
  kind: RatingCycleKind,
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  name: z.string(),
  referenceDate: IsoDate,
  selfDueOn: IsoDate,
  proposalDueOn: IsoDate,
  decisionDueOn: IsoDate,
  status: z.enum(["open", "closed"]),
  version: z.number().int(),
  createdAt: z.string(),
});
export type RatingCycle = z.infer<typeof RatingCycle>;

export const CycleListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  orgUnitId: Id.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type CycleListQuery = z.infer<typeof CycleListQuery>;

export const CyclePage = z.object({ items: z.array(RatingCycle), total: z.number().int() });
export type CyclePage = z.infer<typeof CyclePage>;

export const StatusCounts = z.object({
  pending: z.number().int(),
  self_assessed: z.number().int(),
  proposed: z.number().int(),
  decided: z.number().int(),
  excluded: z.number().int(),
});
export type StatusCounts = z.infer<typeof StatusCounts>;

/** A cycle with its progress: assessments by status for members and organisations, and the exclusions by reason. */
export const RatingCycleDetail = RatingCycle.extend({
  counts: z.object({ member: StatusCounts, org: StatusCounts }),
  exclusions: z.object({ exempt: z.number().int(), recently_admitted: z.number().int() }),
  /** Decided assessments not yet announced. */
  unannounced: z.number().int(),
});
export type RatingCycleDetail = z.infer<typeof RatingCycleDetail>;

/** The deciding body announces its decisions in the cycle (members then see their level in the handbook). */
export const AnnounceInput = z.strictObject({ orgUnitId: Id });
export type AnnounceInput = z.infer<typeof AnnounceInput>;
export const AnnounceResult = z.object({ announced: z.number().int() });
export type AnnounceResult = z.infer<typeof AnnounceResult>;

// ── Framework ──────────────────────────────────────────────────────────────────────────────────────────────────────

export const CriterionGroup = z.enum(["general", "tasks"]);
export type CriterionGroup = z.infer<typeof CriterionGroup>;

/** A points framework in force (366-QĐ/TW: general criteria 30 + task results 70) with its level bands. */
export const RatingFramework = z.object({
  key: z.string(),
  validFrom: IsoDate,
  groups: z.array(z.object({ id: CriterionGroup, label: z.string(), max: z.number().int() })),
  criteria: z.array(z.object({ id: z.string(), group: CriterionGroup, label: z.string(), max: z.number().int() })),
  /** Lowest total of each level, highest level first (not_completed: 0). */
  bands: z.array(z.object({ level: RatingLevel, min: z.number().int() })),
});
export type RatingFramework = z.infer<typeof RatingFramework>;

// ── Assessments ────────────────────────────────────────────────────────────────────────────────────────────────────

export const Assessment = z.object({
  id: Id,
  cycleId: Id,
  subjectType: RatingSubjectType,
  memberId: Id.nullable(),
  /** The member's full name or the organisation's name. */
  subjectName: z.string(),
  /** The organisation rated, or the member's cell. */
  orgUnitId: Id,
  orgUnitName: z.string(),
  status: AssessmentStatus,
  excludedReason: ExcludedReason.nullable(),
  frameworkKey: z.string().nullable(),
  selfPoints: z.record(z.string(), z.number()).nullable(),
  selfTotal: z.number().int().nullable(),
  selfLevel: RatingLevel.nullable(),
  selfText: z.string().nullable(),
  selfAt: z.string().nullable(),
  proposedLevel: RatingLevel.nullable(),
  proposalVote: z.object({ present: z.number(), inFavour: z.number(), against: z.number() }).nullable(),
  proposalNote: z.string().nullable(),
  proposedAt: z.string().nullable(),
  decidedLevel: RatingLevel.nullable(),
  decidedByUnitId: Id.nullable(),
  decidedByUnitName: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  decidedOn: IsoDate.nullable(),
  changeReason: z.string().nullable(),
  announcedAt: z.string().nullable(),
  version: z.number().int(),
});
export type Assessment = z.infer<typeof Assessment>;

export const AssessmentListQuery = z.object({
  subjectType: RatingSubjectType.optional(),
  /** Assessments of this unit's subtree. */
  orgUnitId: Id.optional(),
  status: AssessmentStatus.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AssessmentListQuery = z.infer<typeof AssessmentListQuery>;

export const AssessmentPage = z.object({ items: z.array(Assessment), total: z.number().int() });
export type AssessmentPage = z.infer<typeof AssessmentPage>;

/** What the reviewers read beside a member or an organisation (issue 9 item 3). Parts that do not apply are null. */
export const RatingEvidence = z.object({
  /** The member's attendance at the cell's meetings of the year. */
  attendance: z
    .object({
      meetings: z.number().int(),
      present: z.number().int(),
      excused: z.number().int(),
      absent: z.number().int(),
    })
    .nullable(),
  /** Quality ratings of the cell's meetings in the year (good, fair, average, poor) and how many meetings had each. */
  meetingQuality: z.array(z.object({ level: z.string(), count: z.number().int() })),
  /** The residence cell's comment of the year (member). */
  residenceComment: z
    .object({ assessment: z.string(), commentText: z.string(), receivedOn: IsoDate.nullable() })
    .nullable(),
  /** Discipline decided in the cycle's year (member). */
  discipline: z.array(z.object({ form: z.string(), decidedOn: IsoDate })),
  /** Decided yearly levels of the years before. */
  previousLevels: z.array(z.object({ year: z.number().int(), level: RatingLevel })),
  /** Resolutions of meetings not done yet owned by the member or the cell. */
  openTasks: z.array(z.object({ id: Id, title: z.string(), dueOn: IsoDate.nullable() })),
});
export type RatingEvidence = z.infer<typeof RatingEvidence>;

/** One assessment with the framework of its cycle, the evidence, the deciding body and what the reader may do. */
export const AssessmentDetail = z.object({
  assessment: Assessment,
  cycle: RatingCycle,
  framework: RatingFramework.nullable(),
  evidence: RatingEvidence,
  /** The body with the authority to decide (ratings.authority). */
  decidingUnit: z.object({ id: Id, name: z.string() }).nullable(),
  /** Excellent places still open in the base organisation (members), null when no quota applies. */
  excellentPlacesLeft: z.number().int().nullable(),
  can: z.object({ self: z.boolean(), propose: z.boolean(), decide: z.boolean(), change: z.boolean() }),
});
export type AssessmentDetail = z.infer<typeof AssessmentDetail>;

const Points = z.record(SafeString().max(40), z.number().int().min(0).max(100));

/** Self-assessment: points per criterion of the framework in force (when there is one), the proposed level, a text. */
export const SelfAssessmentInput = z.strictObject({
  points: Points.optional(),
  level: RatingLevel,
  text: OptionalText(4000),
});
export type SelfAssessmentInput = z.infer<typeof SelfAssessmentInput>;

export const ProposalInput = z.strictObject({ level: RatingLevel, vote: RatingVote, note: OptionalText(2000) });
export type ProposalInput = z.infer<typeof ProposalInput>;

export const DecisionInput = z.strictObject({
  level: RatingLevel,
  decidedOn: IsoDate,
  decisionNumber: OptionalText(50),
});
export type DecisionInput = z.infer<typeof DecisionInput>;

export const ChangeInput = z.strictObject({ level: RatingLevel, reason: Text(1000) });
export type ChangeInput = z.infer<typeof ChangeInput>;

// ── Results ────────────────────────────────────────────────────────────────────────────────────────────────────────

export const ResultsQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  orgUnitId: Id,
});
export type ResultsQuery = z.infer<typeof ResultsQuery>;

export const LevelCounts = z.object({
  excellent: z.number().int(),
  good: z.number().int(),
  completed: z.number().int(),
  not_completed: z.number().int(),
});
export type LevelCounts = z.infer<typeof LevelCounts>;

/** Counts by level with the total and each level's share in percent (one decimal), for a year. */
export const LevelDistribution = z.object({
  counts: LevelCounts,
  total: z.number().int(),
  shares: z.object({ excellent: z.number(), good: z.number(), completed: z.number(), not_completed: z.number() }),
});
export type LevelDistribution = z.infer<typeof LevelDistribution>;

export const ResultRow = z.object({
  orgUnitId: Id,
  orgUnitName: z.string(),
  current: LevelDistribution,
  previous: LevelDistribution,
});
export type ResultRow = z.infer<typeof ResultRow>;

export const ResultTable = z.object({ rows: z.array(ResultRow), total: ResultRow.omit({ orgUnitId: true }) });
export type ResultTable = z.infer<typeof ResultTable>;

/** Decided yearly levels in a subtree by unit (its direct children) and level, the year before beside. */
export const RatingResults = z.object({
  year: z.number().int(),
  orgUnitId: Id,
  orgUnitName: z.string(),
  orgs: ResultTable,
  members: ResultTable,
});
export type RatingResults = z.infer<typeof RatingResults>;

// ── The member's own (handbook) ────────────────────────────────────────────────────────────────────────────────────

/** The member's self-assessment is sent for a cycle: POST /api/me/ratings/:cycleId/self. */
export const MyAssessment = z.object({
  id: Id,
  cycleId: Id,
  cycleName: z.string(),
  year: z.number().int(),
  status: AssessmentStatus,
  excludedReason: ExcludedReason.nullable(),
  selfDueOn: IsoDate,
  framework: RatingFramework.nullable(),
  selfPoints: z.record(z.string(), z.number()).nullable(),
  selfTotal: z.number().int().nullable(),
  selfLevel: RatingLevel.nullable(),
  selfText: z.string().nullable(),
  selfAt: z.string().nullable(),
  /** Shown once the deciding body has announced it. */
  decidedLevel: RatingLevel.nullable(),
  announcedAt: z.string().nullable(),
  /** The member may (re)submit the self-assessment: pending or self-assessed, in an open cycle. */
  canSelf: z.boolean(),
});
export type MyAssessment = z.infer<typeof MyAssessment>;

export const MyRatings = z.object({
  /** The member's assessment in the latest open cycle, or the latest one. */
  current: MyAssessment.nullable(),
  /** Announced yearly levels, latest first. */
  history: z.array(z.object({ year: z.number().int(), level: RatingLevel })),
});
export type MyRatings = z.infer<typeof MyRatings>;
