import { z } from "zod";
import { Id, IsoDate, OptionalText, Page, Text, Version } from "./common";

/** Who is disciplined: a party organisation or a member (69-QĐ/TW Điều 7). */
export const DisciplineSubjectType = z.enum(["organisation", "member"]);
export type DisciplineSubjectType = z.infer<typeof DisciplineSubjectType>;

/**
 * Every form of party discipline (domain.md §7.3): khiển trách, cảnh cáo, cách chức (a member holding a post),
 * khai trừ (a full member), giải tán (an organisation). Which forms a subject allows is a rule of the server.
 */
export const DisciplineFormAny = z.enum(["reprimand", "warning", "dismissal", "expulsion", "dissolution"]);
export type DisciplineFormAny = z.infer<typeof DisciplineFormAny>;

/** Whom a decision disciplines, as the forms depend on it: an organisation, or a member by status. */
export type DisciplineSubject = { type: "organisation" } | { type: "member"; status: "full" | "probationary" };

/**
 * The forms a subject allows, lightest first (69-QĐ/TW Điều 7; domain.md §7.3): an organisation is reprimanded,
 * warned or dissolved; a full member reprimanded, warned, removed from a post or expelled; a probationary member only
 * reprimanded or warned. One home: the server refuses any other form, the screens offer only these.
 */
export function disciplineFormsFor(subject: DisciplineSubject): DisciplineFormAny[] {
  if (subject.type === "organisation") return ["reprimand", "warning", "dissolution"];
  if (subject.status === "probationary") return ["reprimand", "warning"];
  return ["reprimand", "warning", "dismissal", "expulsion"];
}

/** The body that decides (Điều lệ Đ36; 22-QĐ/TW Đ11): a cell, a committee (BCH), its standing committee, its UBKT. */
export const DecidingBody = z.enum(["cell", "committee", "standing_committee", "inspection_committee"]);
export type DecidingBody = z.infer<typeof DecidingBody>;

/**
 * The group of the violation, as far as the limitation period goes (domain.md §7.4): most violations run out after
 * 5 or 10 years by the form they deserve; those of the listed groups never do.
 */
export const ViolationGroup = z.enum(["ordinary", "internal_politics", "defence_security_foreign", "illegal_diploma"]);
export type ViolationGroup = z.infer<typeof ViolationGroup>;

export const DisciplineStatus = z.enum(["proposed", "decided", "not_disciplined"]);
export type DisciplineStatus = z.infer<typeof DisciplineStatus>;

/** A proposal to discipline, to the body that decides (a cell's, a committee's or a UBKT's). */
export const ProposeDisciplineInput = z.strictObject({
  subjectType: DisciplineSubjectType,
  memberId: Id.optional(),
  /** The organisation disciplined (an organisation subject). */
  subjectUnitId: Id.optional(),
  /** The unit whose body will decide (its cell, committee, standing committee or UBKT). */
  orgUnitId: Id,
  decidingBody: DecidingBody,
  caseId: Id.optional(),
  violation: Text(4000),
  violationGroup: ViolationGroup,
  /** When the violation was committed; a long-running one also says when it ended. */
  violationFrom: IsoDate,
  violationTo: IsoDate.optional(),
  proposedForm: DisciplineFormAny,
  proposedBy: Text(200),
  proposedOn: IsoDate,
});
export type ProposeDisciplineInput = z.infer<typeof ProposeDisciplineInput>;

/** The decision on a proposal: a form (or none: the body decides not to discipline), its number and date. */
export const DecideDisciplineInput = z.strictObject({
  version: Version,
  form: DisciplineFormAny.nullable(),
  decisionNo: Text(50),
  decidedOn: IsoDate,
  /** For a removal from post: the post the member is removed from. */
  post: OptionalText(200),
  /** A new violation within the limitation period restarts its clock for the old one (domain.md §7.4). */
  renewedOn: IsoDate.optional(),
  note: OptionalText(2000),
});
export type DecideDisciplineInput = z.infer<typeof DecideDisciplineInput>;

/** A complaint against a decision (Điều lệ Đ39): filed within a month, at one level after another. */
export const FileComplaintInput = z.strictObject({
  version: Version,
  filedOn: IsoDate,
  filedWith: Text(300),
  content: Text(4000),
});
export type FileComplaintInput = z.infer<typeof FileComplaintInput>;

export const ComplaintResult = z.enum(["upheld", "changed", "annulled"]);
export type ComplaintResult = z.infer<typeof ComplaintResult>;

export const ResolveComplaintInput = z.strictObject({
  version: Version,
  result: ComplaintResult,
  resultOn: IsoDate,
  /** The number of the resolving decision: required when it annuls an expulsion (the member is restored by it). */
  decisionNo: OptionalText(50),
  note: Text(4000),
});
export type ResolveComplaintInput = z.infer<typeof ResolveComplaintInput>;

export const DisciplineComplaint = z.object({
  id: Id,
  level: z.number().int(),
  filedOn: IsoDate,
  filedWith: z.string(),
  content: z.string(),
  result: ComplaintResult.nullable(),
  resultOn: IsoDate.nullable(),
  decisionNo: z.string().nullable(),
  note: z.string().nullable(),
});
export type DisciplineComplaint = z.infer<typeof DisciplineComplaint>;

export const Discipline = z.object({
  id: Id,
  subjectType: DisciplineSubjectType,
  memberId: Id.nullable(),
  memberName: z.string().nullable(),
  subjectUnitId: Id,
  subjectUnitName: z.string(),
  /** The unit whose body decides. */
  orgUnitId: Id,
  orgUnitName: z.string(),
  decidingBody: DecidingBody,
  caseId: Id.nullable(),
  violation: z.string(),
  violationGroup: ViolationGroup,
  violationFrom: IsoDate,
  violationTo: IsoDate.nullable(),
  proposedForm: DisciplineFormAny,
  proposedBy: z.string(),
  proposedOn: IsoDate,
  status: DisciplineStatus,
  form: DisciplineFormAny.nullable(),
  decisionNo: z.string().nullable(),
  decidedOn: IsoDate.nullable(),
  post: z.string().nullable(),
  /** The last day a decision may be taken (the limitation period); null when the violation has none. */
  limitationEndsOn: IsoDate.nullable(),
  complaints: z.array(DisciplineComplaint),
  version: z.number().int(),
  can: z.object({ write: z.boolean() }),
});
export type Discipline = z.infer<typeof Discipline>;

export const DisciplineListQuery = Page.extend({
  orgUnitId: Id.optional(),
  memberId: Id.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: DisciplineStatus.optional(),
  form: DisciplineFormAny.optional(),
});
export type DisciplineListQuery = z.infer<typeof DisciplineListQuery>;

export const DisciplineListItem = Discipline.omit({ complaints: true, can: true });
export type DisciplineListItem = z.infer<typeof DisciplineListItem>;

export const DisciplinePage = z.object({ items: z.array(DisciplineListItem), total: z.number().int() });
export type DisciplinePage = z.infer<typeof DisciplinePage>;
