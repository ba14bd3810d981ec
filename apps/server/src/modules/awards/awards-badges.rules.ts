import { addDays, addMonths } from "../../rules/dates";
import { partyAge, partyAgeMonths } from "../members";

/** What party age is computed from, as the member's record keeps it (the members module's own shape). */
export type PartyAgeRecord = Parameters<typeof partyAge>[0];

/**
 * Party badges (Huy hiệu Đảng, domain.md §6.3): who reaches which milestone of party age by an award date, how early
 * a seriously ill or deceased member may receive it, and how long a discipline delays it. Pure functions; the
 * numbers come from rule settings (badge.milestones, badge.awardDays, awards.badgeEarly, awards.badgeDisciplineDelay).
 */

export type BadgeKind = "regular" | "early_illness" | "posthumous" | "reissue";
export type DisciplineFormCode = "reprimand" | "warning" | "dismissal";

/** How many months early a badge may be awarded: bands of milestones for serious illness, and posthumously. */
export interface BadgeEarly {
  illness: { from: number; to: number; months: number }[];
  posthumousMonths: number;
}

/** Months after a discipline decision before the member may be considered again, by form. */
export type BadgeDisciplineDelay = Record<DisciplineFormCode, number>;

export interface BadgeRuleSet {
  milestones: readonly number[];
  awardDays: readonly string[];
  early: BadgeEarly;
  delay: BadgeDisciplineDelay;
}

/** Months before the milestone that a badge of this kind may be awarded (0 for a regular badge or a reissue). */
export function earlyAllowance(milestone: number, kind: BadgeKind, early: BadgeEarly): number {
  if (kind === "posthumous") return early.posthumousMonths;
  if (kind !== "early_illness") return 0;
  return early.illness.find((band) => milestone >= band.from && milestone <= band.to)?.months ?? 0;
}

/** Months of party age needed on the award date for a badge of this milestone and kind. */
export function monthsNeeded(milestone: number, kind: BadgeKind, early: BadgeEarly): number {
  return milestone * 12 - earlyAllowance(milestone, kind, early);
}

/** The last award day strictly before `on` (the award days in force, as "MM-DD"). */
export function previousAwardDate(on: string, awardDays: readonly string[]): string {
  const year = Number(on.slice(0, 4));
  return [year - 1, year]
    .flatMap((y) => awardDays.map((md) => `${y}-${md}`))
    .filter((d) => d < on)
    .sort()
    .at(-1) as string;
}

/** Whether a date is one of the award days in force. */
export function isAwardDay(on: string, awardDays: readonly string[]): boolean {
  return awardDays.includes(on.slice(5));
}

/**
 * The day the member may be considered again after the disciplines decided on or before `on`: the latest decision
 * date plus its form's delay; null when no discipline was decided by then.
 */
export function disciplineClearsOn(
  disciplines: readonly { form: DisciplineFormCode; decidedOn: string }[],
  delay: BadgeDisciplineDelay,
  on: string,
): string | null {
  const ends = disciplines.filter((d) => d.decidedOn <= on).map((d) => addMonths(d.decidedOn, delay[d.form] ?? 12));
  return ends.length ? (ends.sort().at(-1) as string) : null;
}

/** Party age in whole months on a date. */
export function ageMonthsOn(record: PartyAgeRecord, on: string): number {
  return partyAgeMonths(partyAge(record, on));
}

/**
 * The first day the member's party age reaches `months` (gaps subtracted), or null when it never does (a member who
 * left before). Party age never decreases with the date, so a search over days finds it.
 */
export function dateReaching(record: PartyAgeRecord, months: number): string | null {
  const since = record.firstAdmissionDecidedOn;
  if (!since || !record.fullMembershipOn) return null;
  const gapMonths = record.partyGaps.reduce((sum, [from, to]) => sum + monthsSpan(from, to), 0);
  let hi = addMonths(since, months + gapMonths + 1);
  if (ageMonthsOn(record, hi) < months) return null;
  let lo = since;
  if (ageMonthsOn(record, lo) >= months) return lo;
  // Invariant: age(lo) < months <= age(hi).
  while (daysBetween(lo, hi) > 1) {
    const mid = addDays(lo, Math.floor(daysBetween(lo, hi) / 2));
    if (ageMonthsOn(record, mid) >= months) hi = mid;
    else lo = mid;
  }
  return hi;
}

function monthsSpan(from: string, to: string): number {
  const [fy, fm] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  return Math.max(0, (ty - fy) * 12 + (tm - fm) + 1);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** A member as the badge rules judge them on an award date. */
export interface BadgeSubject {
  record: PartyAgeRecord;
  /** True for a member who died (exit reason `died`). */
  deceased: boolean;
  /** True while the member is on the list as a full member. */
  onList: boolean;
  /** Milestones already awarded (not counting reissues). */
  awarded: readonly number[];
  disciplines: readonly { form: DisciplineFormCode; decidedOn: string }[];
}

export interface BadgeCandidate {
  milestone: number;
  kind: "regular" | "early_illness" | "posthumous";
  /** The day the milestone is (or would be) reached. */
  reachedOn: string | null;
  ageMonths: number;
  /** When a discipline delays the badge past the award date: the day the member may be considered. */
  delayedUntil: string | null;
}

/**
 * Whether a member belongs on the list of the award date `on` (the previous award day being `previous`):
 * - a full member whose party age reaches a milestone in (previous, on], not yet awarded it; or who reached it
 *   earlier but whose discipline delay ended in (previous, on];
 * - a member who died in (previous, on], for the highest milestone within the posthumous allowance above the badges
 *   received;
 * - with `includeEarly`, a full member within the illness allowance of a milestone not yet reached (recorded only on
 *   request, with a reason).
 * A discipline whose delay runs past `on` keeps the member on the list, flagged with the day it ends.
 */
export function badgeCandidate(
  subject: BadgeSubject,
  on: string,
  previous: string,
  rules: BadgeRuleSet,
  includeEarly = false,
): BadgeCandidate | null {
  const { record } = subject;
  const age = ageMonthsOn(record, on);
  const clears = disciplineClearsOn(subject.disciplines, rules.delay, on);
  const delayedUntil = clears && clears > on ? clears : null;
  const open = rules.milestones.filter((m) => !subject.awarded.includes(m));
  const make = (milestone: number, kind: BadgeCandidate["kind"]): BadgeCandidate => ({
    milestone,
    kind,
    reachedOn: dateReaching(record, milestone * 12),
    ageMonths: age,
    delayedUntil,
  });
  if (subject.deceased) {
    const exited = record.exitedOn;
    if (!exited || exited <= previous || exited > on) return null;
    // Above the highest badge received: a lower milestone never awarded is not proposed after death.
    const top = Math.max(0, ...subject.awarded);
    const reachable = open.filter((m) => m > top && age >= monthsNeeded(m, "posthumous", rules.early));
    return reachable.length ? make(Math.max(...reachable), "posthumous") : null;
  }
  if (!subject.onList) return null;
  const before = ageMonthsOn(record, previous);
  const reached = open.find((m) => before < m * 12 && age >= m * 12);
  if (reached) return make(reached, "regular");
  if (clears && clears > previous && clears <= on) {
    const held = open.filter((m) => age >= m * 12);
    if (held.length) return make(Math.max(...held), "regular");
  }
  if (!includeEarly) return null;
  const early = open.find((m) => age < m * 12 && age >= monthsNeeded(m, "early_illness", rules.early));
  return early ? make(early, "early_illness") : null;
}

/** One badge of a decision, as the rules judge it. */
export interface BadgeAward {
  milestone: number;
  kind: BadgeKind;
  /** The award date. */
  on: string;
}

/**
 * Why a badge may not be recorded for the subject (an error code naming the rule), or null when it may:
 * a milestone not in the settings, a reissue of a badge never received, a second badge for the same milestone,
 * a posthumous badge for a living member (or a badge of the living for one deceased), party age short of the
 * milestone beyond the allowance of the kind, or a discipline delay running past the award date.
 */
export function badgeRefusal(subject: BadgeSubject, award: BadgeAward, rules: BadgeRuleSet): string | null {
  const { milestone, kind, on } = award;
  if (!rules.milestones.includes(milestone)) return "badge.unknownMilestone";
  if (kind === "reissue") return subject.awarded.includes(milestone) ? null : "badge.reissueNotHeld";
  if (subject.awarded.includes(milestone)) return "badge.duplicate";
  if (kind === "posthumous" && !subject.deceased) return "badge.posthumousLiving";
  if (kind !== "posthumous" && subject.deceased) return "badge.deceasedPosthumous";
  if (kind !== "posthumous" && !subject.onList) return "badge.notOnList";
  if (ageMonthsOn(subject.record, on) < monthsNeeded(milestone, kind, rules.early)) return "badge.milestoneNotReached";
  const clears = disciplineClearsOn(subject.disciplines, rules.delay, on);
  if (clears && clears > on) return "badge.disciplineDelay";
  return null;
}

/**
 * The next badge of a living full member: one already decided for an award day still to come (it is handed then),
 * otherwise the next milestone above the badges received whose award day (the first on or after the day it is
 * reached) is today or later; null when none is left or the member has no party age.
 */
export function nextMilestone(
  subject: BadgeSubject,
  today: string,
  rules: Pick<BadgeRuleSet, "milestones" | "awardDays">,
  decided: readonly { milestone: number; awardDate: string }[] = [],
): { milestone: number; reachedOn: string; awardOn: string } | null {
  if (subject.deceased || !subject.onList) return null;
  const coming = decided.filter((d) => d.awardDate >= today).sort((a, b) => (a.awardDate < b.awardDate ? -1 : 1))[0];
  if (coming) {
    const reachedOn = dateReaching(subject.record, coming.milestone * 12) ?? coming.awardDate;
    return { milestone: coming.milestone, reachedOn, awardOn: coming.awardDate };
  }
  const top = Math.max(0, ...subject.awarded);
  for (const milestone of rules.milestones.filter((m) => m > top)) {
    const reachedOn = dateReaching(subject.record, milestone * 12);
    if (!reachedOn) return null;
    const awardOn = awardDayOnOrAfter(reachedOn, rules.awardDays);
    // A milestone whose award day has passed without a badge recorded is not "next": the one after it is.
    if (awardOn >= today) return { milestone, reachedOn, awardOn };
  }
  return null;
}

/** The first award day on or after a date. */
export function awardDayOnOrAfter(date: string, awardDays: readonly string[]): string {
  const year = Number(date.slice(0, 4));
  return [year, year + 1]
    .flatMap((y) => awardDays.map((md) => `${y}-${md}`))
    .sort()
    .find((d) => d >= date) as string;
}
