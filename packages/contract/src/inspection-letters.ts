import { z } from "zod";
import { Id, IsoDate, OptionalText, Page, Text, Version } from "./common";
import { SharedRoles, Subject, SubjectInput } from "./inspection";

/** What a letter (đơn thư) is (domain.md §7.5): a denunciation (tố cáo), a complaint (khiếu nại), a petition (phản ánh, kiến nghị). */
export const LetterKind = z.enum(["denunciation", "complaint", "petition"]);
export type LetterKind = z.infer<typeof LetterKind>;

/**
 * Who sent it: a named sender with an address, or anonymous (nặc danh), under a false name (mạo danh) or without an
 * address: those are filed without action (22-QĐ/TW Đ20).
 */
export const LetterIdentity = z.enum(["named", "anonymous", "false_name", "no_address"]);
export type LetterIdentity = z.infer<typeof LetterIdentity>;

/**
 * filed: kept without action (anonymous and the like); received: waiting for the decision whose it is; in_progress:
 * resolved by the unit itself within the deadline; forwarded: sent to the competent body; resolved: with its result.
 */
export const LetterStatus = z.enum(["filed", "received", "in_progress", "forwarded", "resolved"]);
export type LetterStatus = z.infer<typeof LetterStatus>;

/** Letters from no one who can be answered (anonymous, false name, no address) are kept without action (22-QĐ/TW Đ20). */
export const isFiledWithoutAction = (identity: LetterIdentity): boolean => identity !== "named";

export const CreateLetterInput = z.strictObject({
  /** The unit whose inspection committee received it. */
  orgUnitId: Id,
  receivedOn: IsoDate,
  kind: LetterKind,
  identity: LetterIdentity,
  senderName: OptionalText(200),
  senderAddress: OptionalText(300),
  summary: Text(4000),
  /** Whom it is about, when it names someone. */
  subjects: z.array(SubjectInput).max(20).optional(),
  /** A complaint about a discipline decision names it. */
  disciplineId: Id.optional(),
  sharedWithRoles: SharedRoles.optional(),
});
export type CreateLetterInput = z.infer<typeof CreateLetterInput>;

const handling = { version: Version, on: IsoDate };

/** What the inspection committee decides about a letter, then its result. */
export const LetterActionInput = z.discriminatedUnion("action", [
  /** Within its own authority: resolved by the deadline (90 days locally, from the rule setting, unless set earlier). */
  z.strictObject({ action: z.literal("take"), ...handling, dueOn: IsoDate.optional() }),
  z.strictObject({ action: z.literal("forward"), ...handling, forwardedTo: Text(300) }),
  z.strictObject({ action: z.literal("resolve"), ...handling, result: Text(4000) }),
  /** Kept without action, with the reason (anonymous, not within any party body's remit …). */
  z.strictObject({ action: z.literal("file"), ...handling, reason: Text(1000) }),
]);
export type LetterActionInput = z.infer<typeof LetterActionInput>;

/**
 * What may be decided about a letter, from the status it is in (domain.md §7.5): take it up within the unit's own
 * authority, forward it to the competent body, or file it; a letter taken up is then resolved. One home: the server
 * refuses any other move, the letter's page offers only these.
 */
export const letterTransitions: Record<LetterActionInput["action"], { from: LetterStatus; to: LetterStatus }> = {
  take: { from: "received", to: "in_progress" },
  forward: { from: "received", to: "forwarded" },
  resolve: { from: "in_progress", to: "resolved" },
  file: { from: "received", to: "filed" },
};

/** The actions a letter in `status` may take. */
export const letterActionsFrom = (status: LetterStatus): LetterActionInput["action"][] =>
  (Object.keys(letterTransitions) as LetterActionInput["action"][]).filter((a) => letterTransitions[a].from === status);

export const Letter = z.object({
  id: Id,
  orgUnitId: Id,
  orgUnitName: z.string(),
  receivedOn: IsoDate,
  kind: LetterKind,
  identity: LetterIdentity,
  senderName: z.string().nullable(),
  senderAddress: z.string().nullable(),
  summary: z.string(),
  subjects: z.array(Subject),
  status: LetterStatus,
  dueOn: IsoDate.nullable(),
  overdue: z.boolean(),
  handledOn: IsoDate.nullable(),
  forwardedTo: z.string().nullable(),
  result: z.string().nullable(),
  resultOn: IsoDate.nullable(),
  filedReason: z.string().nullable(),
  caseId: Id.nullable(),
  disciplineId: Id.nullable(),
  sharedWithRoles: z.array(z.string()),
  openings: z.array(z.object({ at: z.string(), byName: z.string() })),
  version: z.number().int(),
  can: z.object({ write: z.boolean() }),
});
export type Letter = z.infer<typeof Letter>;

export const LetterListItem = Letter.pick({
  id: true,
  orgUnitId: true,
  orgUnitName: true,
  receivedOn: true,
  kind: true,
  identity: true,
  senderName: true,
  status: true,
  dueOn: true,
  overdue: true,
  caseId: true,
}).extend({ summary: z.string() });
export type LetterListItem = z.infer<typeof LetterListItem>;

export const LetterListQuery = Page.extend({
  orgUnitId: Id.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  kind: LetterKind.optional(),
  status: LetterStatus.optional(),
  overdue: z.enum(["true", "false"]).optional(),
  q: OptionalText(100),
});
export type LetterListQuery = z.infer<typeof LetterListQuery>;

export const LetterPage = z.object({ items: z.array(LetterListItem), total: z.number().int() });
export type LetterPage = z.infer<typeof LetterPage>;
