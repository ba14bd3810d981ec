import { z } from "zod";
import { Id, IsoDate, OptionalText, Page, Text, Version } from "./common";
import { CaseKind, InspectingBody, SharedRoles, Subject, SubjectInput } from "./inspection";

/**
 * Where a case stands (domain.md §7.1): decided (quyết định), team formed (thành lập đoàn), the subject's self-report
 * (tự kiểm tra, báo cáo giải trình), verification (thẩm tra, xác minh), concluded (kết luận), notified (thông báo kết
 * luận), closed once the follow-up of the conclusions is done (theo dõi thực hiện kết luận).
 */
export const CaseState = z.enum([
  "decided",
  "team_formed",
  "self_report",
  "verifying",
  "concluded",
  "notified",
  "closed",
]);
export type CaseState = z.infer<typeof CaseState>;

export const CaseAction = z.enum([
  "form_team",
  "receive_self_report",
  "start_verification",
  "conclude",
  "notify",
  "close",
]);
export type CaseAction = z.infer<typeof CaseAction>;

export const CreateCaseInput = z.strictObject({
  /** The unit whose body inspects (its inspection committee, standing committee, committee or cell). */
  orgUnitId: Id,
  body: InspectingBody,
  kind: CaseKind,
  title: Text(300),
  content: OptionalText(4000),
  subjects: z.array(SubjectInput).min(1).max(50),
  decisionNo: Text(50),
  decidedOn: IsoDate,
  /** The time limit the decision sets, when it sets one. */
  dueOn: IsoDate.optional(),
  programmeItemId: Id.optional(),
  sharedWithRoles: SharedRoles.optional(),
});
export type CreateCaseInput = z.infer<typeof CreateCaseInput>;

/** A case opened from a letter: the letter gives the unit; the rest as for any case. */
export const CaseFromLetterInput = CreateCaseInput.omit({ orgUnitId: true, programmeItemId: true });
export type CaseFromLetterInput = z.infer<typeof CaseFromLetterInput>;

export const UpdateCaseInput = z.strictObject({
  version: Version,
  title: Text(300).optional(),
  content: OptionalText(4000),
  dueOn: IsoDate.nullable().optional(),
  sharedWithRoles: SharedRoles.optional(),
});
export type UpdateCaseInput = z.infer<typeof UpdateCaseInput>;

const step = { version: Version, on: IsoDate };

/** One step of a case, with what the step records. */
export const CaseStepInput = z.discriminatedUnion("action", [
  z.strictObject({ action: z.literal("form_team"), ...step, leader: Text(200), team: Text(1000) }),
  z.strictObject({ action: z.literal("receive_self_report"), ...step, note: OptionalText(4000) }),
  z.strictObject({ action: z.literal("start_verification"), ...step, note: OptionalText(4000) }),
  z.strictObject({
    action: z.literal("conclude"),
    ...step,
    conclusion: Text(8000),
    /** Whether the conclusion found a violation (which may lead to a discipline proposal). */
    violationFound: z.boolean(),
  }),
  z.strictObject({ action: z.literal("notify"), ...step, noticeNo: Text(50) }),
  z.strictObject({ action: z.literal("close"), ...step, followUp: Text(4000) }),
]);
export type CaseStepInput = z.infer<typeof CaseStepInput>;

export const CaseStep = z.object({
  action: CaseAction,
  on: IsoDate,
  details: z.record(z.string(), z.unknown()),
  byName: z.string(),
  at: z.string(),
});
export type CaseStep = z.infer<typeof CaseStep>;

export const CaseDocument = z.object({
  id: Id,
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  uploadedAt: z.string(),
  uploadedByName: z.string(),
});
export type CaseDocument = z.infer<typeof CaseDocument>;

/** Someone who opened the case, from the audit trail: every opening is recorded. */
export const CaseOpening = z.object({ at: z.string(), byName: z.string() });

export const InspectionCase = z.object({
  id: Id,
  orgUnitId: Id,
  orgUnitName: z.string(),
  body: InspectingBody,
  kind: CaseKind,
  title: z.string(),
  content: z.string().nullable(),
  subjects: z.array(Subject),
  decisionNo: z.string(),
  decidedOn: IsoDate,
  dueOn: IsoDate.nullable(),
  state: CaseState,
  stateSince: IsoDate,
  /** When the current step must be done: working days from its start by the rule setting, the holidays skipped. */
  stepDueOn: IsoDate.nullable(),
  overdue: z.boolean(),
  /** The actions the case may take next, in its state. */
  nextActions: z.array(CaseAction),
  steps: z.array(CaseStep),
  documents: z.array(CaseDocument),
  sharedWithRoles: z.array(z.string()),
  openings: z.array(CaseOpening),
  letterId: Id.nullable(),
  programmeItemId: Id.nullable(),
  disciplineIds: z.array(Id),
  version: z.number().int(),
  can: z.object({ write: z.boolean() }),
});
export type InspectionCase = z.infer<typeof InspectionCase>;

export const CaseListItem = InspectionCase.pick({
  id: true,
  orgUnitId: true,
  orgUnitName: true,
  body: true,
  kind: true,
  title: true,
  decisionNo: true,
  decidedOn: true,
  dueOn: true,
  state: true,
  stepDueOn: true,
  overdue: true,
}).extend({ subjectNames: z.string() });
export type CaseListItem = z.infer<typeof CaseListItem>;

export const CaseListQuery = Page.extend({
  orgUnitId: Id.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  kind: CaseKind.optional(),
  state: CaseState.optional(),
  overdue: z.enum(["true", "false"]).optional(),
  q: OptionalText(100),
  sort: z.enum(["decidedOn", "-decidedOn", "stepDueOn", "title"]).default("-decidedOn"),
});
export type CaseListQuery = z.infer<typeof CaseListQuery>;

export const CasePage = z.object({ items: z.array(CaseListItem), total: z.number().int() });
export type CasePage = z.infer<typeof CasePage>;
