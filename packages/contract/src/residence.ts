import { z } from "zod";
import { Id, IsoDate, Page, SafeString, Text, Version } from "./common";
import { MemberStatus } from "./members";

/** HD 33-HD/BTCTW cases: introduced and active, introduced but exempt from residence activity, not introduced. */
export const ResidenceCase = z.enum(["normal", "introduced_exempt", "not_introduced"]);
export type ResidenceCase = z.infer<typeof ResidenceCase>;

export const ResidenceAssessment = z.enum(["good", "fair", "needs_improvement"]);
export type ResidenceAssessment = z.infer<typeof ResidenceAssessment>;

/** A member's registration at a place of residence; `endedOn` is set when the member moves or stops. */
export const ResidenceRegistration = z.object({
  id: Id,
  memberId: Id,
  address: z.string(),
  residenceOrgName: z.string(),
  registeredOn: IsoDate,
  case: ResidenceCase,
  endedOn: IsoDate.nullable(),
  version: z.number().int(),
});
export type ResidenceRegistration = z.infer<typeof ResidenceRegistration>;

export const CreateResidenceInput = z.strictObject({
  address: Text(300),
  residenceOrgName: Text(200),
  registeredOn: IsoDate,
  case: ResidenceCase,
});
export type CreateResidenceInput = z.infer<typeof CreateResidenceInput>;

export const UpdateResidenceInput = z.strictObject({
  version: Version,
  address: Text(300).optional(),
  residenceOrgName: Text(200).optional(),
  registeredOn: IsoDate.optional(),
  case: ResidenceCase.optional(),
});
export type UpdateResidenceInput = z.infer<typeof UpdateResidenceInput>;

export const EndResidenceInput = z.strictObject({ version: Version, endedOn: IsoDate });
export type EndResidenceInput = z.infer<typeof EndResidenceInput>;

export const ResidenceRequestStatus = z.enum(["requested", "received"]);
export type ResidenceRequestStatus = z.infer<typeof ResidenceRequestStatus>;

/** A yearly request for the residence cell's comment, with the comment once received (by link or on paper). */
export const ResidenceCommentRequest = z.object({
  id: Id,
  memberId: Id,
  memberName: z.string(),
  orgUnitId: Id,
  orgUnitName: z.string(),
  residenceOrgName: z.string(),
  year: z.number().int(),
  requestedOn: IsoDate,
  dueOn: IsoDate,
  expiresAt: z.string().nullable(),
  status: ResidenceRequestStatus,
  overdue: z.boolean(),
  via: z.enum(["link", "paper"]).nullable(),
  assessment: ResidenceAssessment.nullable(),
  commentText: z.string().nullable(),
  signerName: z.string().nullable(),
  signerPosition: z.string().nullable(),
  receivedOn: IsoDate.nullable(),
  scanFileName: z.string().nullable(),
});
export type ResidenceCommentRequest = z.infer<typeof ResidenceCommentRequest>;

/** A member's residence record: registrations, comment requests, and what the user may do. */
export const MemberResidence = z.object({
  registrations: z.array(ResidenceRegistration),
  requests: z.array(ResidenceCommentRequest),
  can: z.object({ write: z.boolean() }),
});
export type MemberResidence = z.infer<typeof MemberResidence>;

export const CreateCommentRequestInput = z.strictObject({
  memberId: Id,
  year: z.number().int().min(2000).max(2100),
  dueOn: IsoDate,
  /** Why a comment is needed for a member exempt from residence activity (HD 33: only when needed). */
  reason: Text(500).optional(),
});
export type CreateCommentRequestInput = z.infer<typeof CreateCommentRequestInput>;

/**
 * The new request, its link and its short code ("K7QM4-XPB9R", typed at /nx); both are shown only this once (only
 * hashes are stored), so the letters are printed from this answer.
 */
export const CreatedCommentRequest = z.object({
  request: ResidenceCommentRequest,
  link: z.string(),
  shortCode: z.string(),
  expiresAt: z.string(),
});
export type CreatedCommentRequest = z.infer<typeof CreatedCommentRequest>;

/** A page of comment requests: the latest year first, those still awaited (overdue first) before those received. */
export const CommentRequestListQuery = Page.extend({
  orgUnitId: Id.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(["requested", "received", "overdue"]).optional(),
});
export type CommentRequestListQuery = z.infer<typeof CommentRequestListQuery>;
export const CommentRequestPage = z.object({ items: z.array(ResidenceCommentRequest), total: z.number().int() });
export type CommentRequestPage = z.infer<typeof CommentRequestPage>;

/** The comment a residence cell gives (phiếu nhận xét đảng viên nơi cư trú). */
export const ResidenceCommentInput = z.strictObject({
  assessment: ResidenceAssessment,
  commentText: Text(4000),
  signerName: Text(120),
  signerPosition: Text(200),
});
export type ResidenceCommentInput = z.infer<typeof ResidenceCommentInput>;

export const PaperCommentInput = ResidenceCommentInput.extend({ receivedOn: IsoDate });
export type PaperCommentInput = z.infer<typeof PaperCommentInput>;

/** All the public form reveals: the member's name, their cell and its parent, the year and the date to answer by. */
export const PublicResidenceForm = z.strictObject({
  memberName: z.string(),
  cellName: z.string(),
  parentName: z.string().nullable(),
  year: z.number(),
  dueOn: IsoDate,
});
export type PublicResidenceForm = z.infer<typeof PublicResidenceForm>;

/** Requests for every member of a cell who is registered at a residence and not yet asked that year. */
export const CellCommentRequestsInput = z.strictObject({
  orgUnitId: Id,
  year: z.number().int().min(2000).max(2100),
  dueOn: IsoDate,
});
export type CellCommentRequestsInput = z.infer<typeof CellCommentRequestsInput>;

/** The requests made for a cell, and how many members of its list were left out and why. */
export const CellCommentRequests = z.object({
  created: z.array(CreatedCommentRequest),
  skipped: z.object({
    alreadyRequested: z.number().int(),
    exempt: z.number().int(),
    notIntroduced: z.number().int(),
    unregistered: z.number().int(),
  }),
});
export type CellCommentRequests = z.infer<typeof CellCommentRequests>;

/** The letters to print for links just made: their tokens, as the creating answer gave them. */
export const CommentLettersInput = z.strictObject({
  tokens: z.array(SafeString().min(1).max(100)).min(1).max(500),
});
export type CommentLettersInput = z.infer<typeof CommentLettersInput>;

/** A short code as typed by the residence secretary (any case, with or without the dash). */
export const ShortCodeInput = z.strictObject({ code: SafeString().max(40) });
export type ShortCodeInput = z.infer<typeof ShortCodeInput>;

export const ResolvedShortCode = z.object({ link: z.string() });
export type ResolvedShortCode = z.infer<typeof ResolvedShortCode>;

/** Which members a residence follow-up list shows: not registered at a residence, or not yet asked this year. */
export const ResidenceFollowUp = z.enum(["unregistered", "unrequested"]);
export type ResidenceFollowUp = z.infer<typeof ResidenceFollowUp>;

export const ResidenceMembersQuery = z.object({
  orgUnitId: Id.optional(),
  missing: ResidenceFollowUp,
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type ResidenceMembersQuery = z.infer<typeof ResidenceMembersQuery>;

/** A member on the list of a follow-up (Quy định 213-QĐ/TW): their cell, and their residence when registered. */
export const ResidenceMemberRow = z.object({
  memberId: Id,
  memberName: z.string(),
  orgUnitId: Id,
  orgUnitName: z.string(),
  status: MemberStatus,
  residenceOrgName: z.string().nullable(),
  address: z.string().nullable(),
  /** When the last registration ended, for a member who moved and has not registered again. */
  lastEndedOn: IsoDate.nullable(),
});
export type ResidenceMemberRow = z.infer<typeof ResidenceMemberRow>;
