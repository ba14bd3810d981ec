import { z } from "zod";
import { Id, IsoDate, OptionalText, Text } from "./common";

const decision = { decisionNo: Text(50), decidedOn: IsoDate, note: OptionalText(1000) };

/** A full member who introduces the applicant, and since when they have worked (or lived) alongside them. */
export const Introducer = z.object({ memberId: Id, workedSince: IsoDate });
export type Introducer = z.infer<typeof Introducer>;

/**
 * Grounds on which the lower-secondary education rule is relaxed (QĐ 24-QĐ/TW mục 1; 232-QĐ/TW Điều 1): living in
 * mountain, island, ethnic-minority or especially disadvantaged areas, or another case the Party's growth requires.
 */
export const EducationException = z.enum(["remote_area", "special_case"]);
export type EducationException = z.infer<typeof EducationException>;

/**
 * What admission and re-admission check besides the decision: two introducers who are full members (or one and the
 * resolution of the youth union's or trade union's committee), the education, the approval above the age limit.
 */
const prerequisites = {
  introducers: z.array(Introducer).max(2).optional(),
  unionIntroductionNo: OptionalText(50),
  educationException: EducationException.optional(),
  overAgeApprovalNo: OptionalText(50),
  /** The day the cell received the decision; the ceremony's deadline counts from it (the decision date when left out). */
  decisionReceivedOn: IsoDate.optional(),
};

/** Why a person left the Party, as the re-admission rule distinguishes it (294-QĐ/TW điểm 3.5; QĐ 24-QĐ/TW mục 3.5). */
export const ExitGround = z.enum([
  "gave_up_activity",
  "resigned",
  "resigned_family_hardship",
  "disunity",
  "corruption",
  "serious_crime",
  "minor_crime",
  "other",
]);
export type ExitGround = z.infer<typeof ExitGround>;

/**
 * Why a member moves to another party organisation for a while (domain.md §2.5): a change of work or residence
 * (3 months to under a year) or full-time study in Vietnam (3 months to 2 years).
 */
export const TemporaryPurpose = z.enum(["work_or_residence", "study"]);
export type TemporaryPurpose = z.infer<typeof TemporaryPurpose>;

/**
 * Forms of party discipline recorded on the member (69-QĐ/TW Điều 7): khiển trách, cảnh cáo, cách chức; expulsion
 * (khai trừ) is its own event since it ends the membership. A probationary member may only be reprimanded or warned.
 */
export const DisciplineForm = z.enum(["reprimand", "warning", "dismissal"]);
export type DisciplineForm = z.infer<typeof DisciplineForm>;

/** Every lifecycle event a user can record, validated by domain.md §2. */
export const MemberEventInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("course_completed"), certificateNo: Text(50), completedOn: IsoDate }),
  z.object({ kind: z.literal("helper_assigned"), helperMemberId: Id, assignedOn: IsoDate }),
  z.object({
    kind: z.literal("admission"),
    ...decision,
    ...prerequisites,
    cellResolutionOn: IsoDate.optional(),
    ceremonyOn: IsoDate.optional(),
    ceremonyPlace: OptionalText(200),
    lateCeremonyApprovalNo: OptionalText(50),
  }),
  z.object({
    kind: z.literal("ceremony"),
    ceremonyOn: IsoDate,
    ceremonyPlace: OptionalText(200),
    lateCeremonyApprovalNo: OptionalText(50),
  }),
  z.object({ kind: z.literal("full_membership"), ...decision }),
  z.object({ kind: z.literal("probation_struck_off"), ...decision }),
  z.object({
    kind: z.literal("transfer"),
    transferKind: z.enum(["official", "temporary"]),
    toOrgUnitId: Id.optional(),
    toOrganisationName: OptionalText(200),
    decidedOn: IsoDate,
    letterNo: OptionalText(50),
    movedOn: IsoDate.optional(),
    /** For a temporary transfer (required then): the day the member is expected back, and why they go. */
    expectedReturnOn: IsoDate.optional(),
    temporaryPurpose: TemporaryPurpose.optional(),
  }),
  z.object({ kind: z.literal("transfer_received"), receivedOn: IsoDate }),
  z.object({ kind: z.literal("temporary_return"), returnedOn: IsoDate }),
  z.object({
    kind: z.literal("card_issued"),
    cardNumber: Text(30),
    issuedOn: IsoDate,
    reason: z.enum(["first", "reissue", "exchange"]),
  }),
  z.object({ kind: z.literal("exemption"), ...decision }),
  z.object({ kind: z.literal("exemption_ended"), ...decision }),
  z.object({ kind: z.literal("struck_off"), ...decision, ground: z.number().int().min(1).max(5) }),
  z.object({ kind: z.literal("expulsion"), ...decision }),
  z.object({ kind: z.literal("discipline"), ...decision, form: DisciplineForm, decidingBody: Text(200) }),
  z.object({ kind: z.literal("resignation"), ...decision }),
  z.object({ kind: z.literal("death"), diedOn: IsoDate, note: OptionalText(1000) }),
  z.object({
    kind: z.literal("readmission"),
    ...decision,
    ...prerequisites,
    ceremonyOn: IsoDate.optional(),
    /** The written consent of the provincial standing committee (or equivalent). */
    approvalNo: Text(50),
    exitGround: ExitGround,
    /** For a conviction of a less serious crime: the day the criminal record was cleared. */
    recordClearedOn: IsoDate.optional(),
  }),
  z.object({ kind: z.literal("restoration"), ...decision }),
]);
export type MemberEventInput = z.infer<typeof MemberEventInput>;
export type MemberEventKind = MemberEventInput["kind"] | "created" | "transfer_in";

export const MemberEvent = z.object({
  id: Id,
  memberId: Id,
  kind: z.string(),
  occurredOn: IsoDate,
  decisionNo: z.string().nullable(),
  orgUnitId: Id.nullable(),
  orgUnitName: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
});
export type MemberEvent = z.infer<typeof MemberEvent>;

export const ReminderKind = z.enum([
  "probation_due",
  "probation_overdue",
  "ceremony_overdue",
  "badge_due",
  "transfer_overdue",
  "temporary_return_due",
  // A member transferred to a cell in view, waiting for the receiving cell to record the reception.
  "transfer_incoming",
  // Past retirement age in a workplace cell: to be transferred to the party organisation where they live.
  "retirement_transfer",
  "cell_too_small",
  // Absent from party activity without reason in three months of a year (meetings module; Điều lệ Đảng, Điều 8).
  "strike_off_absence",
  // A step of a review cycle due within 7 days with records not done (ratings module).
  "rating_step_due",
  // Rated not completed two years running: the cell considers striking off (ratings module).
  "strike_off_rating",
  // A unit's periodic report due within 5 days, or past its due date, not submitted (reports module).
  "report_due",
  // A step of an inspection case due within 5 working days or past due (inspection module; seen only by its readers).
  "inspection_step_due",
  // A letter to resolve within 10 days or past its deadline (inspection module; seen only by its readers).
  "letter_due",
]);
export type ReminderKind = z.infer<typeof ReminderKind>;

export const Reminder = z.object({
  kind: ReminderKind,
  memberId: Id.nullable(),
  memberName: z.string().nullable(),
  orgUnitId: Id,
  orgUnitName: z.string(),
  dueOn: IsoDate.nullable(),
  message: z.string(),
  overdue: z.boolean(),
});
export type Reminder = z.infer<typeof Reminder>;

export const ImportRowError = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export const ImportReport = z.object({
  dryRun: z.boolean(),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  imported: z.number().int(),
  errors: z.array(ImportRowError),
});
export type ImportReport = z.infer<typeof ImportReport>;
