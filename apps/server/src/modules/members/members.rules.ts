import type { ExitReason, MemberStatus, PartyAge } from "@dangvu/contract";
import { addWorkingDays, type WorkCalendar } from "../../rules/calendar";
import { addMonths, monthsBetween } from "../../rules/dates";
import type { LifecycleDefaults } from "./members.settings";

/** Numbers that regulations set and may change (the rule setting "member.lifecycle", with effective dates). */
export type LifecycleRules = LifecycleDefaults;

/** Age in whole months on a date. */
export function ageInMonths(birthDate: string, on: string): number {
  return monthsBetween(birthDate, on);
}

/** Admission needs an age from 18 to 60, counted in months, when the cell considers the case (QĐ 24 mục 1). */
export function admissionAgeProblem(
  birthDate: string,
  on: string,
  rules: LifecycleRules,
): "tooYoung" | "tooOld" | null {
  const months = ageInMonths(birthDate, on);
  if (months < rules.admissionAgeMin * 12) return "tooYoung";
  if (months > rules.admissionAgeMax * 12) return "tooOld";
  return null;
}

/** The ceremony must be held within 30 working days of the admission decision (QĐ 24 mục 4.1). */
export function ceremonyDeadline(decidedOn: string, rules: LifecycleRules, calendar: WorkCalendar): string {
  return addWorkingDays(decidedOn, rules.ceremonyWorkingDays, calendar);
}

/** Probation is 12 months from the admission ceremony (Điều lệ Đảng, Điều 5 khoản 1). */
export function probationEndsOn(ceremonyOn: string, rules: LifecycleRules): string {
  return addMonths(ceremonyOn, rules.probationMonths);
}

/** The cell must decide on full membership within 30 working days after probation ends (QĐ 24 mục 4.2). */
export function fullMembershipDeadline(ceremonyOn: string, rules: LifecycleRules, calendar: WorkCalendar): string {
  return addWorkingDays(probationEndsOn(ceremonyOn, rules), rules.fullMembershipWorkingDays, calendar);
}

/** What party age is computed from, as a member's record keeps it. */
export interface PartyAgeRecord {
  firstAdmissionDecidedOn: string | null;
  partyGaps: readonly (readonly [string, string])[];
  fullMembershipOn: string | null;
  exitedOn: string | null;
}

/**
 * Party age exists only for a member recognised as full: it counts from the admission decision (the first one that
 * led to full membership), minus every period outside the Party, up to `on` or the day the member left
 * (domain.md §2.4; QĐ 29 mục 4.5; HD 01-HD/TW 2021). A probationary member has none (`since` is null), and neither
 * has a probationary member struck off.
 */
export function partyAge(record: PartyAgeRecord, on: string): PartyAge {
  const { firstAdmissionDecidedOn: since, partyGaps: gaps, exitedOn: leftOn } = record;
  if (!since || !record.fullMembershipOn || since > on) return { years: 0, months: 0, since: null };
  const end = leftOn && leftOn < on ? leftOn : on;
  const outside = gaps.reduce((sum, [from, to]) => sum + monthsBetween(from, earlierOf(to, end)), 0);
  const total = Math.max(0, monthsBetween(since, end) - outside);
  return { years: Math.floor(total / 12), months: total % 12, since };
}

/** The earlier of two ISO dates. */
function earlierOf(a: string, b: string): string {
  return a < b ? a : b;
}

export function partyAgeMonths(age: PartyAge): number {
  return age.years * 12 + age.months;
}

/** The next award date for party badges after `after` (3/2, 19/5, 2/9, 7/11 by default: HD 01-HD/TW mục 18.4). */
export function nextAwardDate(after: string, awardDays: readonly string[]): string {
  const year = Number(after.slice(0, 4));
  const candidates = [year, year + 1].flatMap((y) => awardDays.map((md) => `${y}-${md}`)).sort();
  return candidates.find((d) => d > after) as string;
}

/** Statuses that count as a party member on the lists (not candidates, not those who left). */
export const memberListStatuses: readonly MemberStatus[] = ["probationary", "full"];

export function isOnMemberList(status: MemberStatus): boolean {
  return memberListStatuses.includes(status);
}

/** Exits after which the person may be re-admitted (kết nạp lại) rather than restored. */
export const readmittableExits: readonly ExitReason[] = ["struck_off", "resigned", "probation_struck_off", "expelled"];

/** Exits that an upper body may find wrong on complaint, restoring the membership (khôi phục đảng tịch). */
export const restorableExits: readonly ExitReason[] = ["expelled", "struck_off", "probation_struck_off"];

export interface FieldProblem {
  field: string;
  code: string;
}

interface NewMemberDates {
  status: MemberStatus;
  birthDate: string;
  admissionDecidedOn?: string | null;
  fullMembershipOn?: string | null;
  cardNumber?: string | null;
}

/** What is wrong with a new record's dates and status: a plausible birth date, admission for members, a card only for full members. */
export function newMemberProblems(input: NewMemberDates, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.birthDate < "1900-01-01" || input.birthDate > addMonths(today, -12 * 16))
    problems.push({ field: "birthDate", code: "member.birthDateRange" });
  if (input.status !== "candidate" && !input.admissionDecidedOn)
    problems.push({ field: "admissionDecidedOn", code: "member.statusNeedsAdmission" });
  if (input.status === "full" && !input.fullMembershipOn)
    problems.push({ field: "fullMembershipOn", code: "member.fullNeedsDate" });
  if (input.cardNumber && input.status !== "full") problems.push({ field: "cardNumber", code: "member.cardOnlyFull" });
  return problems;
}
