import type { AwardForm, CommendationBasis, ModelStatus, OrgUnitType, RecipientType } from "@dangvu/contract";
import type { AwardEligibility, RecognitionScore } from "./awards-commendations.settings";

/**
 * Commendations and emulation models (domain.md §6.1, §6.2, §6.4): who may award which form, who is eligible from
 * the decided yearly ratings, when a model is recognised. Pure functions; the numbers and catalogues come from rule
 * settings (awards.forms, awards.eligibility, awards.modelRecognitionScore). Badges: awards-badges.rules.ts.
 */

/** A reason a commendation is refused: an error code, its parameters, the field it points at. */
export interface AwardProblem {
  code: string;
  params: Record<string, string | number>;
  field: string;
}

/** Whether a unit of this type may award the form to this kind of recipient, by the catalogue in force. */
export function mayAward(form: AwardForm | undefined, unitType: OrgUnitType, recipient: RecipientType): boolean {
  return Boolean(form?.awardedBy.some((a) => a.unitType === unitType && a.recipients.includes(recipient)));
}

/** Whether some unit type may award the form to this kind of recipient at all. */
export function formFitsRecipient(form: AwardForm | undefined, recipient: RecipientType): boolean {
  return Boolean(form?.awardedBy.some((a) => a.recipients.includes(recipient)));
}

/** The years a basis needs rated, ending with `year`: one for the year's rating, n running for "n years". */
export function yearsNeeded(basis: CommendationBasis, year: number, rules: AwardEligibility): number[] {
  if (basis === "year_excellent") return [year];
  if (basis === "five_years_excellent")
    return Array.from({ length: rules.runningYears }, (_, i) => year - rules.runningYears + 1 + i);
  return [];
}

/**
 * Why a subject is not eligible for a commendation on this basis, given its decided yearly levels (year → level),
 * or null when it is: the year's rating must be outstanding; "five years running" needs each of the years ending
 * with `year` outstanding. A campaign's or an ad hoc commendation does not rest on the ratings.
 */
export function eligibilityProblem(
  basis: CommendationBasis,
  year: number,
  levels: ReadonlyMap<number, string>,
  rules: AwardEligibility,
): AwardProblem | null {
  if (basis === "year_excellent") {
    const level = levels.get(year);
    if (level && rules.yearLevels.includes(level)) return null;
    return { code: level ? "award.notExcellentYear" : "award.notRatedYear", params: { year }, field: "basis" };
  }
  if (basis === "five_years_excellent") {
    const years = yearsNeeded(basis, year, rules);
    const missing = years.filter((y) => !rules.runningLevels.includes(levels.get(y) ?? ""));
    if (missing.length === 0) return null;
    return {
      code: "award.notRunningYears",
      params: { years: rules.runningYears, from: years[0] as number, to: year, missing: missing.join(", ") },
      field: "basis",
    };
  }
  return null;
}

/** The outcome of scoring a model: recognised when the score lies in the range in force, otherwise not. */
export function modelOutcome(score: number, range: RecognitionScore): Exclude<ModelStatus, "registered"> {
  return score >= range.min && score <= range.max ? "recognised" : "not_recognised";
}
