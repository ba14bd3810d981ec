import type { OrgUnitType, RatingLevel } from "@dangvu/contract";
import { addMonths } from "../../rules/dates";
import type { AuthoritySetting, BandsSetting, FrameworkSetting, QuotaSetting } from "./ratings.settings";

/** Levels from the highest down: a level "above" another has a smaller rank. */
export const levelRank: Record<RatingLevel, number> = { excellent: 0, good: 1, completed: 2, not_completed: 3 };

/** The level whose band holds a total (bands highest first; below every band: not_completed). */
export function bandOf(total: number, bands: BandsSetting): RatingLevel {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  return sorted.find((band) => total >= band.min)?.level ?? "not_completed";
}

export type PointsProblem =
  | { kind: "unknownCriterion"; criterion: string }
  | { kind: "missingCriterion"; criterion: string }
  | { kind: "aboveMax"; criterion: string; max: number }
  | { kind: "notAllowed" };

/**
 * Checks self-assessment points against a framework: every criterion given, none unknown, none above its maximum.
 * A framework without criteria (before 366-QĐ/TW) takes no points at all.
 */
export function pointsProblem(points: Record<string, number> | undefined, framework: FrameworkSetting | null) {
  const given = points ?? {};
  if (!framework || framework.criteria.length === 0)
    return Object.keys(given).length > 0 ? ({ kind: "notAllowed" } as PointsProblem) : null;
  for (const criterion of Object.keys(given))
    if (!framework.criteria.some((c) => c.id === criterion))
      return { kind: "unknownCriterion", criterion } as PointsProblem;
  for (const criterion of framework.criteria) {
    const value = given[criterion.id];
    if (value === undefined) return { kind: "missingCriterion", criterion: criterion.id } as PointsProblem;
    if (value > criterion.max)
      return { kind: "aboveMax", criterion: criterion.id, max: criterion.max } as PointsProblem;
  }
  return null;
}

export function totalOf(points: Record<string, number>): number {
  return Object.values(points).reduce((sum, value) => sum + value, 0);
}

/** A proposed level may not be above the band its total reaches (it may be below: other conditions may fail). */
export function levelAllowedForTotal(level: RatingLevel, total: number, bands: BandsSetting): boolean {
  return levelRank[level] >= levelRank[bandOf(total, bands)];
}

/** The cell's proposal passes with more than half of those present voting for it. */
export function proposalPasses(vote: { present: number; inFavour: number; against: number }): boolean {
  return vote.inFavour + vote.against <= vote.present && vote.inFavour * 2 > vote.present;
}

export interface ChainUnit {
  id: string;
  type: OrgUnitType;
}

const baseTypes: readonly OrgUnitType[] = ["grassroots_committee", "grassroots_cell"];

/**
 * The unit with the authority to decide (ratings.authority): `chain` is the subject's unit and its ancestors, nearest
 * first (for a member, their cell first). A member's base organisation is the nearest base committee or base cell
 * at or above the cell; an organisation under a base committee is decided by it; a base organisation by its parent.
 */
export function decidingUnit(
  subjectType: "member" | "org",
  chain: readonly ChainUnit[],
  authority: AuthoritySetting,
): string | null {
  const [subject, ...above] = chain;
  if (!subject) return null;
  if (subjectType === "member") return decide(authority.member, chain, above);
  const decider = authority.org[subject.type];
  return decider ? decide(decider, above, above) : null;
}

function decide(decider: "base_organisation" | "parent", forBase: readonly ChainUnit[], above: readonly ChainUnit[]) {
  if (decider === "parent") return above[0]?.id ?? null;
  return forBase.find((unit) => baseTypes.includes(unit.type))?.id ?? null;
}

/**
 * Excellent places left in a quota scope after counting the decided members: at most `percent`% of those rated
 * good or better may be excellent. `decidedGoodOrBetter` and `decidedExcellent` already count the decision being
 * checked when it is one of them. A negative result means the quota is overrun.
 */
export function excellentPlacesLeft(quota: QuotaSetting, counts: { goodOrBetter: number; excellent: number }): number {
  return Math.floor((quota.percent * counts.goodOrBetter) / 100) - counts.excellent;
}

/** How many more good ratings would open one more excellent place (for the quota message). */
export function goodNeededForOnePlace(quota: QuotaSetting, counts: { goodOrBetter: number; excellent: number }) {
  if (quota.percent <= 0) return null;
  const allowedNow = Math.floor((quota.percent * counts.goodOrBetter) / 100);
  const needed = Math.ceil(((allowedNow + 1) * 100) / quota.percent) - counts.goodOrBetter;
  return Math.max(needed, 1);
}

/**
 * Whether a decision keeps the quota: the counts of the scope before it, with the level being decided added (and the
 * level it replaces taken away, when a decided level is changed).
 */
export function quotaAllows(
  quota: QuotaSetting,
  before: { goodOrBetter: number; excellent: number },
  level: RatingLevel,
  replaced: RatingLevel | null = null,
): { ok: boolean; placesLeft: number; after: { goodOrBetter: number; excellent: number } } {
  const after = { ...before };
  if (replaced) {
    if (levelRank[replaced] <= levelRank.good) after.goodOrBetter -= 1;
    if (replaced === "excellent") after.excellent -= 1;
  }
  if (levelRank[level] <= levelRank.good) after.goodOrBetter += 1;
  if (level === "excellent") after.excellent += 1;
  const placesLeft = excellentPlacesLeft(quota, after);
  // A new rating below excellent only opens places; anything else (an excellent, a change) must keep the quota.
  return { ok: placesLeft >= 0 || (level !== "excellent" && replaced === null), placesLeft, after };
}

/** A member disciplined in the cycle's year may not be rated excellent. */
export function disciplineBars(level: RatingLevel, disciplinedOn: readonly string[], year: number): boolean {
  return level === "excellent" && disciplinedOn.some((day) => day.startsWith(`${year}-`));
}

export type Exclusion = "exempt" | "recently_admitted" | null;

/** Why a member is left out of a cycle judged on `referenceDate` (domain.md §5.4), or null when reviewed. */
export function exclusionOf(
  member: { isExempt: boolean; admittedOn: string | null },
  referenceDate: string,
  recentlyAdmittedMonths: number,
): Exclusion {
  if (member.isExempt) return "exempt";
  if (member.admittedOn && addMonths(member.admittedOn, recentlyAdmittedMonths) > referenceDate)
    return "recently_admitted";
  return null;
}

/** Two consecutive yearly not_completed ratings, the latest year given (for the striking-off reminder). */
export function twoYearsNotCompleted(levels: readonly { year: number; level: string }[]): number | null {
  const notCompleted = new Set(levels.filter((l) => l.level === "not_completed").map((l) => l.year));
  const years = [...notCompleted].sort((a, b) => b - a);
  return years.find((year) => notCompleted.has(year - 1)) ?? null;
}
