import type { ExitReason, Member, MemberListItem, MemberStatus } from "@dangvu/contract";
import type { ListedMember, MemberRow } from "./members.repo";
import { partyAge } from "./members.rules";

/** Citizen IDs are masked in lists and for roles without `member.sensitive`: 001******123. */
export function maskCitizenId(value: string | null): string | null {
  if (!value) return null;
  return value.length <= 6 ? "******" : `${value.slice(0, 3)}${"*".repeat(value.length - 6)}${value.slice(-3)}`;
}

function maskPhone(value: string | null): string | null {
  return value ? `${value.slice(0, 4)}***${value.slice(-3)}` : null;
}

/** How each personal field shows to a user without `member.sensitive`, wherever it appears (record, history). */
const personalMasks: Record<string, (value: string | null) => string | null> = {
  citizenId: maskCitizenId,
  phone: maskPhone,
  address: () => null,
};

/** Masks the personal fields of any object (a record, or the before/after of its history) unless `held` allows them. */
export function maskPersonal<T extends Record<string, unknown>>(value: T, held: ReadonlySet<string>): T {
  if (held.has("member.sensitive")) return value;
  const masked: Record<string, unknown> = { ...value };
  for (const [key, mask] of Object.entries(personalMasks)) {
    if (key in masked) masked[key] = mask(typeof masked[key] === "string" ? (masked[key] as string) : null);
  }
  return masked as T;
}

export function toListItem(row: ListedMember, today: string, showSensitive = false): MemberListItem {
  return {
    id: row.id,
    fullName: row.fullName,
    sex: row.sex as MemberListItem["sex"],
    birthDate: row.birthDate,
    orgUnitId: row.orgUnitId,
    orgUnitName: row.orgUnitName,
    status: row.status as MemberStatus,
    isExempt: row.isExempt,
    temporaryElsewhere: row.temporaryElsewhere,
    citizenId: showSensitive ? row.citizenId : maskCitizenId(row.citizenId),
    cardNumber: row.cardNumber,
    admissionDecidedOn: row.admissionDecidedOn,
    partyAge: partyAge(row, today),
    version: row.version,
  };
}

export interface MemberExtras {
  orgUnitName: string;
  helperName: string | null;
  probationEndsOn: string | null;
  cards: Member["cards"];
  pendingTransfer: Member["pendingTransfer"];
  held: ReadonlySet<string>;
  /** Seen by a receiving cell, which records only the reception (members.access.ts). */
  receiving?: boolean;
  /** The reader may write in the cell a transfer under way goes to. */
  canReceive?: boolean;
  /** The cell the member is in temporary activity in, when it is in the system. */
  hostName?: string | null;
  today: string;
}

export function toMember(row: MemberRow, extras: MemberExtras): Member {
  const sensitive = extras.held.has("member.sensitive");
  const personal = maskPersonal({ citizenId: row.citizenId, phone: row.phone, address: row.address }, extras.held);
  const active = row.status !== "left" || row.exitReason !== "died";
  return {
    id: row.id,
    fullName: row.fullName,
    birthName: row.birthName,
    sex: row.sex as Member["sex"],
    birthDate: row.birthDate,
    birthPlace: row.birthPlace,
    homeTown: row.homeTown,
    ethnicity: row.ethnicity,
    religion: row.religion,
    citizenId: personal.citizenId,
    generalEducation: row.generalEducation,
    professionalQualification: row.professionalQualification,
    academicTitle: row.academicTitle,
    politicalTheoryLevel: row.politicalTheoryLevel as Member["politicalTheoryLevel"],
    occupation: row.occupation,
    jobTitle: row.jobTitle,
    phone: personal.phone,
    address: personal.address,
    fileNumber: row.fileNumber,
    orgUnitId: row.orgUnitId,
    orgUnitName: extras.orgUnitName,
    status: row.status as MemberStatus,
    exitReason: row.exitReason as ExitReason | null,
    exitedOn: row.exitedOn,
    isExempt: row.isExempt,
    temporaryElsewhere: Boolean(row.temporaryOrgName || row.temporaryOrgUnitId),
    temporaryOrgName: row.temporaryOrgName ?? extras.hostName ?? null,
    admissionDecisionNo: row.admissionDecisionNo,
    admissionDecidedOn: row.admissionDecidedOn,
    ceremonyOn: row.ceremonyOn,
    ceremonyPlace: row.ceremonyPlace,
    probationEndsOn: extras.probationEndsOn,
    fullMembershipOn: row.fullMembershipOn,
    cardNumber: row.cardNumber,
    cards: extras.cards,
    courseCertificateNo: row.courseCertificateNo,
    courseCompletedOn: row.courseCompletedOn,
    helperMemberId: row.helperMemberId,
    helperName: extras.helperName,
    partyAge: partyAge(row, extras.today),
    pendingTransfer: extras.pendingTransfer,
    version: row.version,
    can: {
      update: active && !extras.receiving && extras.held.has("member.write"),
      recordEvent: active && !extras.receiving && extras.held.has("member.write"),
      viewSensitive: sensitive,
      receiveTransfer: active && Boolean(extras.pendingTransfer && extras.canReceive),
    },
  };
}
