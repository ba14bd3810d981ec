import type { MemberStatus } from "@dangvu/contract";
import { dmy } from "../../rules/dates";
import { admissionAgeProblem, type LifecycleRules, probationEndsOn } from "./members.rules";
import type { CardNumberRules } from "./members.settings";
import type { Problem } from "./members-admission.rules";

/** A party card number in the shape the committee set (a setting: the real format is not published). */
export function cardNumberProblem(cardNumber: string, rules: CardNumberRules, field = "cardNumber"): Problem | null {
  if (new RegExp(rules.pattern).test(cardNumber.trim())) return null;
  return { field, code: "member.cardFormat", params: { example: rules.example } };
}

/** The dates of a member record entered from paper, and the card written on it. */
export interface PaperRecord {
  status: MemberStatus;
  birthDate: string;
  admissionDecidedOn?: string | null;
  ceremonyOn?: string | null;
  fullMembershipOn?: string | null;
  cardNumber?: string | null;
}

/** The rule versions in force on the record's own dates: the decision, the ceremony, the card. */
export interface PaperRules {
  atDecision: LifecycleRules;
  atCeremony: LifecycleRules;
  cardNumber: CardNumberRules;
}

/**
 * What an existing member's record breaks of the lifecycle rules, judged by the versions in force on its dates: the
 * age at the decision (QĐ 24-QĐ/TW mục 1), a ceremony before the decision, full membership before the 12 months of
 * probation (Điều lệ Đảng Điều 5), a card number of the wrong shape. An old record can be irregular for real; these
 * problems may be accepted with a stated reason, unlike dates in the future.
 */
export function paperRecordProblems(record: PaperRecord, rules: PaperRules): Problem[] {
  if (record.status === "candidate" || !record.admissionDecidedOn) return [];
  const problems: Problem[] = [];
  const decidedOn = record.admissionDecidedOn;
  const age = admissionAgeProblem(record.birthDate, decidedOn, rules.atDecision);
  if (age)
    problems.push({
      field: "admissionDecidedOn",
      code: `member.paper.${age}`,
      params: { min: rules.atDecision.admissionAgeMin, max: rules.atDecision.admissionAgeMax },
    });
  if (record.ceremonyOn && record.ceremonyOn < decidedOn)
    problems.push({ field: "ceremonyOn", code: "member.ceremonyBeforeDecision" });
  if (record.status === "full" && record.fullMembershipOn) {
    const endsOn = probationEndsOn(record.ceremonyOn ?? decidedOn, rules.atCeremony);
    if (record.fullMembershipOn < endsOn)
      problems.push({ field: "fullMembershipOn", code: "member.paper.fullTooEarly", params: { ends: dmy(endsOn) } });
  }
  if (record.cardNumber) {
    const card = cardNumberProblem(record.cardNumber, rules.cardNumber);
    if (card) problems.push(card);
  }
  return problems;
}

/** Dates of a record that lie after today: never accepted, whatever the reason. */
export function futureDateProblems(record: PaperRecord, today: string): Problem[] {
  const dated = { admissionDecidedOn: record.admissionDecidedOn, ceremonyOn: record.ceremonyOn };
  const all = { ...dated, fullMembershipOn: record.status === "full" ? record.fullMembershipOn : null };
  return Object.entries(all)
    .filter(([, on]) => on && on > today)
    .map(([field]) => ({ field, code: "member.dateInFuture" }));
}
