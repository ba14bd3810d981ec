import { z } from "zod";
import { Id, IsoDate, OptionalText, Text } from "./common";

export const MemberStatus = z.enum(["candidate", "probationary", "full", "left"]);
export type MemberStatus = z.infer<typeof MemberStatus>;

/** How a member left the lists (domain.md §2.6). */
export const ExitReason = z.enum([
  "probation_struck_off",
  "struck_off",
  "expelled",
  "resigned",
  "died",
  "transferred_out",
]);
export type ExitReason = z.infer<typeof ExitReason>;

export const Sex = z.enum(["male", "female"]);
export const PoliticalTheoryLevel = z.enum(["none", "elementary", "intermediate", "advanced"]);
export type PoliticalTheoryLevel = z.infer<typeof PoliticalTheoryLevel>;

// A field left blank is no value: stored as null, never as "" (two blank card numbers once collided as duplicates).
const optionalText = (max: number) =>
  OptionalText(max)
    .nullable()
    .transform((value) => (value === "" ? null : value));
// What the API answers for the same fields (a transform runs one way: responses are plain).
const storedText = (_max: number) => z.string().nullable().optional();

/** The fields of the lý lịch and phiếu đảng viên a person can edit (domain.md §2.8), for input or for answers. */
const profileShape = (text: typeof optionalText | typeof storedText) => ({
  fullName: Text(120),
  birthName: text(120),
  sex: Sex,
  birthDate: IsoDate,
  birthPlace: text(200),
  homeTown: text(200),
  ethnicity: text(50),
  religion: text(50),
  citizenId: z
    .string()
    .trim()
    .regex(/^\d{12}$/, { message: "member.citizenIdFormat" })
    .optional()
    .nullable(),
  generalEducation: text(20),
  professionalQualification: text(200),
  academicTitle: text(100),
  politicalTheoryLevel: PoliticalTheoryLevel,
  occupation: text(200),
  jobTitle: text(200),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+ .-]{8,15}$/, { message: "member.phoneFormat" })
    .optional()
    .nullable(),
  address: text(300),
  fileNumber: text(50),
});

export const MemberProfileFields = z.object(profileShape(optionalText));

// Defaults belong to create only: on an update a default would overwrite what the user did not send.
export const CreateMemberInput = MemberProfileFields.extend({
  politicalTheoryLevel: PoliticalTheoryLevel.default("none"),
  orgUnitId: Id,
  /** A new record starts as an outstanding candidate, or as an existing member transferred in or entered from paper. */
  status: z.enum(["candidate", "probationary", "full"]).default("candidate"),
  admissionDecisionNo: optionalText(50),
  admissionDecidedOn: IsoDate.optional().nullable(),
  ceremonyOn: IsoDate.optional().nullable(),
  ceremonyPlace: optionalText(200),
  fullMembershipOn: IsoDate.optional().nullable(),
  cardNumber: optionalText(30),
  /** For a member transferred in from outside the committee: where from, and when the letter was received. */
  transferredFrom: optionalText(200),
  receivedOn: IsoDate.optional().nullable(),
  /**
   * An old record whose dates break today's checks (a ceremony before the decision, full membership before the end of
   * probation, an age outside the limits, an odd card number), entered as the paper says: why, kept on the timeline.
   */
  irregularReason: optionalText(500),
});
export type CreateMemberInput = z.infer<typeof CreateMemberInput>;

export const UpdateMemberInput = MemberProfileFields.partial().extend({ version: z.number().int().min(1) });
export type UpdateMemberInput = z.infer<typeof UpdateMemberInput>;

export const PartyAge = z.object({ years: z.number().int(), months: z.number().int(), since: IsoDate.nullable() });
export type PartyAge = z.infer<typeof PartyAge>;

export const MemberListItem = z.object({
  id: Id,
  fullName: z.string(),
  sex: Sex,
  birthDate: IsoDate,
  orgUnitId: Id,
  orgUnitName: z.string(),
  status: MemberStatus,
  isExempt: z.boolean(),
  temporaryElsewhere: z.boolean(),
  citizenId: z.string().nullable(),
  cardNumber: z.string().nullable(),
  admissionDecidedOn: IsoDate.nullable(),
  partyAge: PartyAge,
  version: z.number().int(),
});
export type MemberListItem = z.infer<typeof MemberListItem>;

export const CardRecord = z.object({
  cardNumber: z.string(),
  issuedOn: IsoDate,
  reason: z.string(),
  endedOn: IsoDate.nullable(),
});

export const Member = z.object(profileShape(storedText)).extend({
  id: Id,
  // Masked for roles without the right to see them, so plain text here.
  citizenId: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  orgUnitId: Id,
  orgUnitName: z.string(),
  status: MemberStatus,
  exitReason: ExitReason.nullable(),
  exitedOn: IsoDate.nullable(),
  isExempt: z.boolean(),
  temporaryElsewhere: z.boolean(),
  temporaryOrgName: z.string().nullable(),
  politicalTheoryLevel: PoliticalTheoryLevel,
  admissionDecisionNo: z.string().nullable(),
  admissionDecidedOn: IsoDate.nullable(),
  ceremonyOn: IsoDate.nullable(),
  ceremonyPlace: z.string().nullable(),
  probationEndsOn: IsoDate.nullable(),
  fullMembershipOn: IsoDate.nullable(),
  cardNumber: z.string().nullable(),
  cards: z.array(CardRecord),
  courseCertificateNo: z.string().nullable(),
  courseCompletedOn: IsoDate.nullable(),
  helperMemberId: Id.nullable(),
  helperName: z.string().nullable(),
  partyAge: PartyAge,
  /** A transfer letter that is out and not yet received by the unit it names. */
  pendingTransfer: z
    .object({ kind: z.enum(["official", "temporary"]), toOrgUnitId: Id, toOrgUnitName: z.string(), dueOn: IsoDate })
    .nullable(),
  version: z.number().int(),
  can: z.object({
    update: z.boolean(),
    recordEvent: z.boolean(),
    viewSensitive: z.boolean(),
    /** The reader may record the reception of the transfer under way (the receiving cell, or a committee above it). */
    receiveTransfer: z.boolean(),
  }),
});
export type Member = z.infer<typeof Member>;

export const MemberListQuery = z.object({
  orgUnitId: Id.optional(),
  q: OptionalText(100),
  status: z.enum(["candidate", "probationary", "full", "exempt", "temporary_elsewhere", "left", "active"]).optional(),
  sex: Sex.optional(),
  ageMin: z.coerce.number().int().min(0).max(120).optional(),
  ageMax: z.coerce.number().int().min(0).max(120).optional(),
  partyAgeMin: z.coerce.number().int().min(0).max(100).optional(),
  partyAgeMax: z.coerce.number().int().min(0).max(100).optional(),
  ethnicity: OptionalText(50),
  generalEducation: OptionalText(20),
  politicalTheoryLevel: PoliticalTheoryLevel.optional(),
  sort: z.enum(["name", "birthDate", "admission", "unit"]).default("name"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type MemberListQuery = z.infer<typeof MemberListQuery>;

export const MemberPage = z.object({ items: z.array(MemberListItem), total: z.number().int() });
export type MemberPage = z.infer<typeof MemberPage>;
