import { z } from "zod";
import { Id, IsoDate, OptionalText, Page, SafeString, Text } from "./common";

/**
 * Party badges (Huy hiệu Đảng, domain.md §6.3): the list for an award date, the proposal lists 4-HHĐ (regular),
 * 4A-HHĐ (reissue of a lost badge) and 4B-HHĐ (posthumous), the decisions with each badge's number, a member's badges.
 */
export const BadgeKind = z.enum(["regular", "early_illness", "posthumous", "reissue"]);
export type BadgeKind = z.infer<typeof BadgeKind>;

/** The proposal forms: 4-HHĐ, 4A-HHĐ, 4B-HHĐ. */
export const BadgeForm = z.enum(["4", "4A", "4B"]);
export type BadgeForm = z.infer<typeof BadgeForm>;

const flag = z.enum(["true", "false"]).optional();

export const BadgeListQuery = Page.extend({
  /** The award date: one of the award days in force or any date the committee chooses. */
  on: IsoDate,
  orgUnitId: Id.optional(),
  /** Also list members within the early window for serious illness (recorded only on request, with a reason). */
  early: flag,
});
export type BadgeListQuery = z.infer<typeof BadgeListQuery>;

export const BadgeCandidate = z.object({
  memberId: Id,
  fullName: z.string(),
  birthDate: IsoDate,
  orgUnitId: Id,
  orgUnitName: z.string(),
  admissionDecidedOn: IsoDate,
  partyAge: z.object({ years: z.number().int(), months: z.number().int() }),
  milestone: z.number().int(),
  kind: z.enum(["regular", "early_illness", "posthumous"]),
  /** The day the milestone is (or, early, would be) reached. */
  reachedOn: IsoDate.nullable(),
  /** A discipline delays the badge past the award date: the day the member may be considered. */
  delayedUntil: IsoDate.nullable(),
  /** The day a deceased member died. */
  diedOn: IsoDate.nullable(),
});
export type BadgeCandidate = z.infer<typeof BadgeCandidate>;

export const BadgeList = z.object({
  on: IsoDate,
  /** The previous award day: the list holds milestones reached after it. */
  previousOn: IsoDate,
  isAwardDay: z.boolean(),
  /** The award days in force on the date ("MM-DD"), for a picker. */
  awardDays: z.array(z.string()),
  items: z.array(BadgeCandidate),
  total: z.number().int(),
  counts: z.object({
    regular: z.number().int(),
    posthumous: z.number().int(),
    early: z.number().int(),
    delayed: z.number().int(),
  }),
});
export type BadgeList = z.infer<typeof BadgeList>;

export const BadgeFileQuery = z.object({
  on: IsoDate,
  orgUnitId: Id.optional(),
  form: BadgeForm.default("4"),
  /** 4A-HHĐ: the members whose badge was lost, comma-separated ids (their highest badge is reissued). */
  memberIds: SafeString()
    .max(20_000)
    .optional()
    .transform((v, ctx) => {
      const ids = (v ?? "").split(",").filter(Boolean);
      if (ids.some((id) => !Id.safeParse(id).success)) ctx.addIssue({ code: "custom", message: "id.invalid" });
      return ids;
    }),
});
export type BadgeFileQuery = z.infer<typeof BadgeFileQuery>;

export const BadgeDecisionEntry = z.strictObject({
  memberId: Id,
  milestone: z.number().int().min(1).max(100),
  kind: BadgeKind,
  badgeNumber: Text(30),
  /** Why: the reason for an early award (serious illness) or a reissue. */
  note: OptionalText(500),
});

export const CreateBadgeDecisionInput = z.strictObject({
  /** The deciding unit (the provincial standing committee or equivalent, as the rule setting says). */
  orgUnitId: Id,
  number: Text(50),
  signedOn: IsoDate,
  signerName: OptionalText(200),
  awardDate: IsoDate,
  badges: z.array(BadgeDecisionEntry).min(1, { message: "badge.noneListed" }).max(1000),
});
export type CreateBadgeDecisionInput = z.infer<typeof CreateBadgeDecisionInput>;

export const PartyBadge = z.object({
  id: Id,
  memberId: Id,
  fullName: z.string(),
  orgUnitName: z.string(),
  milestone: z.number().int(),
  kind: BadgeKind,
  awardDate: IsoDate,
  badgeNumber: z.string(),
  note: z.string().nullable(),
  decisionId: Id,
  decisionNumber: z.string(),
  signedOn: IsoDate,
});
export type PartyBadge = z.infer<typeof PartyBadge>;

export const BadgeDecision = z.object({
  id: Id,
  number: z.string(),
  signedOn: IsoDate,
  signerName: z.string().nullable(),
  orgUnitId: Id,
  orgUnitName: z.string(),
  /** The badges of the decision the reader may see (those of members in their subtree). */
  badges: z.array(PartyBadge),
});
export type BadgeDecision = z.infer<typeof BadgeDecision>;

export const BadgeDecisionListQuery = Page.extend({
  orgUnitId: Id.optional(),
  /** Decisions with badges awarded on this date. */
  awardDate: IsoDate.optional(),
});

export const BadgeDecisionPage = z.object({ items: z.array(BadgeDecision), total: z.number().int() });
export type BadgeDecisionPage = z.infer<typeof BadgeDecisionPage>;

export const MemberBadges = z.object({
  badges: z.array(PartyBadge),
  /** The next milestone, the day it is reached and the award day for it. */
  next: z.object({ milestone: z.number().int(), reachedOn: IsoDate, awardOn: IsoDate }).nullable(),
});
export type MemberBadges = z.infer<typeof MemberBadges>;
