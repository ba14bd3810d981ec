import type { TemporaryPurpose } from "@dangvu/contract";
import { addMonths, dmy } from "../../rules/dates";
import type { TemporaryTransferRules } from "./members.settings";
import type { Problem } from "./members-admission.rules";

/**
 * Whether a temporary stay elsewhere, from the move (or the decision) to the expected return, has a length the rules
 * allow (domain.md §2.5, QĐ 29-QĐ/TW): at least three months, and for work or a change of residence under a year (a
 * longer stay is an official transfer), for full-time study up to two years. The numbers are the setting
 * "member.temporaryTransfer" in force on the transfer's date.
 */
export function temporaryStayProblem(
  startOn: string,
  returnOn: string,
  purpose: TemporaryPurpose,
  rules: TemporaryTransferRules,
): Problem | null {
  const field = "expectedReturnOn";
  const earliest = addMonths(startOn, rules.minMonths);
  if (returnOn < earliest)
    return { field, code: "member.temporaryTooShort", params: { months: rules.minMonths, date: dmy(earliest) } };
  if (purpose === "study") {
    const latest = addMonths(startOn, rules.studyMonthsMax);
    if (returnOn > latest)
      return {
        field,
        code: "member.temporaryStudyTooLong",
        params: { months: rules.studyMonthsMax, date: dmy(latest) },
      };
    return null;
  }
  const limit = addMonths(startOn, rules.workMonthsBelow);
  if (returnOn >= limit)
    return { field, code: "member.temporaryTooLong", params: { months: rules.workMonthsBelow, date: dmy(limit) } };
  return null;
}
