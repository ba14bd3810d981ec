import { addMonths } from "../../rules/dates";
import type { RetirementAgeRules } from "./members.settings";

export type Sex = "male" | "female";

/** The retirement age (in months) for those who reach it in a year: the roadmap of the Labour Code 2019, Điều 169. */
function ageMonthsIn(year: number, sex: Sex, rules: RetirementAgeRules): number {
  const roadmap = rules[sex];
  if (year < rules.firstYear) return roadmap.before;
  return Math.min(roadmap.final, roadmap.first + roadmap.step * (year - rules.firstYear));
}

/** The retirement age in force for a year, in years and months. */
export function retirementAgeOn(year: number, sex: Sex, rules: RetirementAgeRules) {
  const months = ageMonthsIn(year, sex, rules);
  return { years: Math.floor(months / 12), months: months % 12 };
}

/**
 * The day a person reaches retirement age in normal working conditions: the age that applies is the one in force in
 * the year it is reached (as the table of Nghị định 135/2020/NĐ-CP sets it by month of birth). Early or late
 * retirement (hard work, lost capacity, experts) is not known to the record; the cell checks the decision itself.
 */
export function retirementOn(birthDate: string, sex: Sex, rules: RetirementAgeRules): string {
  const born = Number(birthDate.slice(0, 4));
  for (let year = born + Math.floor(rules[sex].before / 12) - 1; ; year++) {
    const reached = addMonths(birthDate, ageMonthsIn(year, sex, rules));
    if (Number(reached.slice(0, 4)) <= year) return reached;
  }
}
