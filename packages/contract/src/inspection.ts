import { z } from "zod";
import { RoleCode } from "./auth";
import { Id, IsoDate, OptionalText, Text, Version } from "./common";

/**
 * The body that inspects or supervises (domain.md §7.1): the committee (cấp ủy, BCH), its standing committee (BTV,
 * from the upper-grassroots level up), its inspection committee (UBKT), or a cell (chi bộ).
 */
export const InspectingBody = z.enum(["committee", "standing_committee", "inspection_committee", "cell"]);
export type InspectingBody = z.infer<typeof InspectingBody>;

/**
 * The kinds of inspection and supervision (domain.md §7.1–7.2; Điều lệ Đ32): regular or periodic inspection,
 * inspection when there are signs of violation, of the performance of inspection and supervision duties, of the
 * enforcement of discipline, of party finance; regular and thematic supervision.
 */
export const CaseKind = z.enum([
  "inspection_regular",
  "inspection_suspected",
  "inspection_duties",
  "inspection_enforcement",
  "inspection_finance",
  "supervision_regular",
  "supervision_thematic",
]);
export type CaseKind = z.infer<typeof CaseKind>;

/** Whether a kind is an inspection (kiểm tra) or a supervision (giám sát). */
export const isSupervision = (kind: CaseKind): boolean => kind.startsWith("supervision_");

/** Whom a case (or a letter) concerns: a party organisation, a member, or a member of a committee (cấp ủy viên). */
export const SubjectType = z.enum(["organisation", "member", "committee_member"]);
export type SubjectType = z.infer<typeof SubjectType>;

/** An organisation names its unit; a member (or committee member) names the member's record. */
export const SubjectInput = z.strictObject({ type: SubjectType, orgUnitId: Id.optional(), memberId: Id.optional() });
export type SubjectInput = z.infer<typeof SubjectInput>;

export const Subject = z.object({
  type: SubjectType,
  /** The organisation, or the member's cell when the case was opened. */
  orgUnitId: Id,
  orgUnitName: z.string(),
  memberId: Id.nullable(),
  memberName: z.string().nullable(),
});
export type Subject = z.infer<typeof Subject>;

/** Roles whose holders over the unit may read a case or letter besides its inspection committee (never `member`). */
export const SharedRoles = z.array(RoleCode.exclude(["member"])).max(4);

// --- The year's programme (chương trình kiểm tra, giám sát) ---

export const CreateProgrammeInput = z.strictObject({
  orgUnitId: Id,
  year: z.number().int().min(2000).max(2100),
  body: InspectingBody,
  title: Text(300),
  decisionNo: OptionalText(50),
  approvedOn: IsoDate.optional(),
});
export type CreateProgrammeInput = z.infer<typeof CreateProgrammeInput>;

export const UpdateProgrammeInput = z.strictObject({
  version: Version,
  title: Text(300).optional(),
  decisionNo: OptionalText(50),
  approvedOn: IsoDate.optional(),
});
export type UpdateProgrammeInput = z.infer<typeof UpdateProgrammeInput>;

/** One planned inspection or thematic supervision: what, of whom, in which month, by which team. */
export const ProgrammeItemInput = z.strictObject({
  kind: CaseKind,
  content: Text(1000),
  subjects: z.array(SubjectInput).min(1).max(50),
  month: z.number().int().min(1).max(12),
  team: OptionalText(500),
});
export type ProgrammeItemInput = z.infer<typeof ProgrammeItemInput>;

/** Changes to a planned item; `version` is the programme's (every change to an item makes a new programme version). */
export const UpdateProgrammeItemInput = ProgrammeItemInput.partial().extend({ version: Version });
export type UpdateProgrammeItemInput = z.infer<typeof UpdateProgrammeItemInput>;

export const ProgrammeItem = z.object({
  id: Id,
  kind: CaseKind,
  content: z.string(),
  subjects: z.array(Subject),
  month: z.number().int(),
  team: z.string().nullable(),
  /** The case that carries it out, once opened. */
  caseId: Id.nullable(),
  caseState: z.string().nullable(),
  /** Its month has passed and no case was opened. */
  late: z.boolean(),
});
export type ProgrammeItem = z.infer<typeof ProgrammeItem>;

export const ProgrammeProgress = z.object({
  planned: z.number().int(),
  started: z.number().int(),
  concluded: z.number().int(),
  late: z.number().int(),
});
export type ProgrammeProgress = z.infer<typeof ProgrammeProgress>;

export const Programme = z.object({
  id: Id,
  orgUnitId: Id,
  orgUnitName: z.string(),
  year: z.number().int(),
  body: InspectingBody,
  title: z.string(),
  decisionNo: z.string().nullable(),
  approvedOn: IsoDate.nullable(),
  items: z.array(ProgrammeItem),
  progress: ProgrammeProgress,
  version: z.number().int(),
  can: z.object({ write: z.boolean() }),
});
export type Programme = z.infer<typeof Programme>;

export const ProgrammeSummary = Programme.omit({ items: true, can: true });
export type ProgrammeSummary = z.infer<typeof ProgrammeSummary>;

export const ProgrammeListQuery = z.object({
  orgUnitId: Id.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type ProgrammeListQuery = z.infer<typeof ProgrammeListQuery>;

// --- Counts for those who may only see counts ---

export const InspectionSummaryQuery = z.object({ orgUnitId: Id, from: IsoDate, to: IsoDate });
export type InspectionSummaryQuery = z.infer<typeof InspectionSummaryQuery>;

/** A figure of the summary: the report indicator it comes from, its label and value. */
export const SummaryFigure = z.object({ indicator: z.string(), label: z.string(), value: z.number().nullable() });

export const InspectionSummary = z.object({
  orgUnitId: Id,
  orgUnitName: z.string(),
  from: IsoDate,
  to: IsoDate,
  figures: z.array(SummaryFigure),
});
export type InspectionSummary = z.infer<typeof InspectionSummary>;
