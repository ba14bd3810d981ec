import { z } from "zod";
import { Id, IsoDate, OptionalText, Page, Text, Version } from "./common";
import { OrgUnitType } from "./org";

/** The forms of commendation of the catalogue (domain.md §6.1); the committee may add more to the rule setting. */
export const AwardFormCode = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,49}$/, { message: "award.formUnknown" })
  .describe("praise, certificate_of_merit, certificate_of_commendation, emulation_flag, or one the committee added");

export const RecipientType = z.enum(["member", "org"]);
export type RecipientType = z.infer<typeof RecipientType>;

/** Who may award a form: a type of unit, to whom (members, organisations). */
export const AwardForm = z.object({
  code: z.string(),
  label: z.string(),
  labelEn: z.string(),
  awardedBy: z.array(z.object({ unitType: OrgUnitType, recipients: z.array(RecipientType) })),
});
export type AwardForm = z.infer<typeof AwardForm>;

export const AwardFormCatalogue = z.object({
  forms: z.array(AwardForm),
  source: z.string(),
  confidence: z.string(),
  note: z.string().nullable(),
});
export type AwardFormCatalogue = z.infer<typeof AwardFormCatalogue>;

// --- Campaigns (đợt thi đua) ---

export const CreateCampaignInput = z.strictObject({
  orgUnitId: Id,
  name: Text(300),
  startsOn: IsoDate,
  endsOn: IsoDate,
  criteria: OptionalText(4000),
});
export type CreateCampaignInput = z.infer<typeof CreateCampaignInput>;

export const UpdateCampaignInput = z.strictObject({
  version: Version,
  name: Text(300).optional(),
  startsOn: IsoDate.optional(),
  endsOn: IsoDate.optional(),
  criteria: OptionalText(4000),
});
export type UpdateCampaignInput = z.infer<typeof UpdateCampaignInput>;

export const Campaign = z.object({
  id: Id,
  orgUnitId: Id,
  orgUnitName: z.string(),
  name: z.string(),
  startsOn: IsoDate,
  endsOn: IsoDate,
  criteria: z.string().nullable(),
  commendations: z.number().int(),
  version: z.number().int(),
});
export type Campaign = z.infer<typeof Campaign>;

export const CampaignListQuery = z.object({
  orgUnitId: Id.optional(),
  year: z.coerce.number().int().min(1930).max(2100).optional(),
});
export type CampaignListQuery = z.infer<typeof CampaignListQuery>;

// --- Commendations (khen thưởng) ---

/** Why a commendation is proposed: the year's outstanding rating, five years running, a campaign, ad hoc. */
export const CommendationBasis = z.enum(["year_excellent", "five_years_excellent", "campaign", "ad_hoc"]);
export type CommendationBasis = z.infer<typeof CommendationBasis>;

export const CommendationStatus = z.enum(["proposed", "decided", "refused"]);
export type CommendationStatus = z.infer<typeof CommendationStatus>;

/**
 * A proposal for a member (`memberId`) or an organisation (`orgUnitId`). The proposing unit defaults to the member's
 * cell or the organisation itself; a unit above may propose instead.
 */
export const ProposeCommendationInput = z.strictObject({
  recipientType: RecipientType,
  memberId: Id.optional(),
  orgUnitId: Id.optional(),
  proposingUnitId: Id.optional(),
  form: AwardFormCode,
  basis: CommendationBasis,
  year: z.number().int().min(1930).max(2100).optional(),
  campaignId: Id.optional(),
  reason: Text(2000),
});
export type ProposeCommendationInput = z.infer<typeof ProposeCommendationInput>;

export const CommendationDecisionRef = z.object({
  id: Id,
  number: z.string(),
  signedOn: IsoDate,
  signerName: z.string().nullable(),
  decidingUnitId: Id,
  decidingUnitName: z.string(),
});
export type CommendationDecisionRef = z.infer<typeof CommendationDecisionRef>;

export const Commendation = z.object({
  id: Id,
  form: z.string(),
  formLabel: z.string(),
  recipientType: RecipientType,
  memberId: Id.nullable(),
  memberName: z.string().nullable(),
  orgUnitId: Id,
  orgUnitName: z.string(),
  proposingUnitId: Id,
  proposingUnitName: z.string(),
  campaignId: Id.nullable(),
  campaignName: z.string().nullable(),
  year: z.number().int().nullable(),
  basis: CommendationBasis,
  reason: z.string(),
  status: CommendationStatus,
  proposedOn: IsoDate,
  decision: CommendationDecisionRef.nullable(),
  refusalReason: z.string().nullable(),
  version: z.number().int(),
});
export type Commendation = z.infer<typeof Commendation>;

export const CommendationListQuery = Page.extend({
  orgUnitId: Id.optional(),
  memberId: Id.optional(),
  status: CommendationStatus.optional(),
  recipientType: RecipientType.optional(),
  form: AwardFormCode.optional(),
  year: z.coerce.number().int().min(1930).max(2100).optional(),
});
export type CommendationListQuery = z.infer<typeof CommendationListQuery>;

export const CommendationPage = z.object({ items: z.array(Commendation), total: z.number().int() });
export type CommendationPage = z.infer<typeof CommendationPage>;

/** A decision of `orgUnitId` (the deciding unit) commending the proposals listed, all of one form. */
export const DecideCommendationsInput = z.strictObject({
  orgUnitId: Id,
  number: Text(50),
  signedOn: IsoDate,
  signerName: OptionalText(120),
  commendationIds: z.array(Id).min(1).max(500),
});
export type DecideCommendationsInput = z.infer<typeof DecideCommendationsInput>;

export const CommendationDecision = CommendationDecisionRef.extend({ commendations: z.array(Commendation) });
export type CommendationDecision = z.infer<typeof CommendationDecision>;

export const RefuseCommendationInput = z.strictObject({ version: Version, reason: Text(1000) });
export type RefuseCommendationInput = z.infer<typeof RefuseCommendationInput>;

// --- Emulation models (mô hình thi đua, "Dân vận khéo") ---

export const ModelLevel = z.enum(["bloc", "grassroots"]);
export type ModelLevel = z.infer<typeof ModelLevel>;
export const ModelStatus = z.enum(["registered", "recognised", "not_recognised"]);
export type ModelStatus = z.infer<typeof ModelStatus>;

export const ModelTitle = z.object({
  code: z.string(),
  label: z.string(),
  labelEn: z.string(),
  fields: z.array(z.object({ code: z.string(), label: z.string(), labelEn: z.string() })),
});
export type ModelTitle = z.infer<typeof ModelTitle>;

export const ModelCatalogue = z.object({
  titles: z.array(ModelTitle),
  recognitionScore: z.object({ min: z.number().int(), max: z.number().int() }),
  note: z.string().nullable(),
});
export type ModelCatalogue = z.infer<typeof ModelCatalogue>;

const CatalogueCode = z.string().regex(/^[a-z][a-z0-9_]{1,49}$/, { message: "award.catalogueCode" });

export const CreateModelInput = z.strictObject({
  orgUnitId: Id,
  memberId: Id.optional(),
  title: CatalogueCode,
  field: CatalogueCode,
  name: Text(300),
  level: ModelLevel,
  year: z.number().int().min(1990).max(2100),
  registeredOn: IsoDate,
  valueVnd: z.number().int().min(0).max(1_000_000_000_000_000).optional(),
  description: OptionalText(4000),
});
export type CreateModelInput = z.infer<typeof CreateModelInput>;

export const UpdateModelInput = z.strictObject({
  version: Version,
  name: Text(300).optional(),
  field: CatalogueCode.optional(),
  level: ModelLevel.optional(),
  valueVnd: z.number().int().min(0).max(1_000_000_000_000_000).nullable().optional(),
  description: OptionalText(4000),
});
export type UpdateModelInput = z.infer<typeof UpdateModelInput>;

export const RecogniseModelInput = z.strictObject({
  version: Version,
  score: z.number().int().min(0).max(100),
  recognisedOn: IsoDate,
  number: OptionalText(50),
});
export type RecogniseModelInput = z.infer<typeof RecogniseModelInput>;

export const EmulationModel = z.object({
  id: Id,
  orgUnitId: Id,
  orgUnitName: z.string(),
  memberId: Id.nullable(),
  memberName: z.string().nullable(),
  title: z.string(),
  titleLabel: z.string(),
  field: z.string(),
  fieldLabel: z.string(),
  name: z.string(),
  level: ModelLevel,
  year: z.number().int(),
  registeredOn: IsoDate,
  valueVnd: z.number().nullable(),
  description: z.string().nullable(),
  score: z.number().int().nullable(),
  status: ModelStatus,
  recognitionNumber: z.string().nullable(),
  recognisedOn: IsoDate.nullable(),
  version: z.number().int(),
});
export type EmulationModel = z.infer<typeof EmulationModel>;

export const ModelListQuery = Page.extend({
  orgUnitId: Id.optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  title: CatalogueCode.optional(),
  field: CatalogueCode.optional(),
  status: ModelStatus.optional(),
});
export type ModelListQuery = z.infer<typeof ModelListQuery>;

export const ModelPage = z.object({ items: z.array(EmulationModel), total: z.number().int() });
export type ModelPage = z.infer<typeof ModelPage>;

/** What the handbook shows a member: the commendations decided for them (badges are added beside them). */
export const MyAwards = z.object({
  commendations: z.array(Commendation),
});
export type MyAwards = z.infer<typeof MyAwards>;
