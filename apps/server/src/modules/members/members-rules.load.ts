import type { Db } from "../../db/database";
import { RuleViolation } from "../../errors";
import { type RuleVersions, ruleValue, ruleValueIn, ruleVersions } from "../../rules/settings";
import type { LifecycleRules } from "./members.rules";
import type {
  CardNumberRules,
  CourseRules,
  EducationExceptions,
  EducationRules,
  IntroducerRules,
  ReadmissionRules,
  TemporaryTransferRules,
} from "./members.settings";
import type { Problem } from "./members-admission.rules";
import { type PaperRecord, type PaperRules, paperRecordProblems } from "./members-record.rules";

/** Every member rule setting, in the versions in force on one day. */
export interface MemberRules {
  lifecycle: LifecycleRules;
  readmission: ReadmissionRules;
  introducers: IntroducerRules;
  education: EducationRules;
  educationExceptions: EducationExceptions;
  course: CourseRules;
  cardNumber: CardNumberRules;
  temporaryTransfer: TemporaryTransferRules;
}

/** The member rules in force on a date: an event is judged by the rules of its own day, not today's. */
export async function loadMemberRules(db: Db, on: string): Promise<MemberRules> {
  const [lifecycle, readmission, introducers, education, educationExceptions, course, cardNumber, temporaryTransfer] =
    await Promise.all([
      ruleValue<LifecycleRules>(db, "member.lifecycle", on),
      ruleValue<ReadmissionRules>(db, "member.readmission", on),
      ruleValue<IntroducerRules>(db, "member.introducers", on),
      ruleValue<EducationRules>(db, "member.education", on),
      ruleValue<EducationExceptions>(db, "member.educationExceptions", on),
      ruleValue<CourseRules>(db, "member.courseCertificate", on),
      ruleValue<CardNumberRules>(db, "member.cardNumberFormat", on),
      ruleValue<TemporaryTransferRules>(db, "member.temporaryTransfer", on),
    ]);
  return { lifecycle, readmission, introducers, education, educationExceptions, course, cardNumber, temporaryTransfer };
}

/** The versions of the rules a record entered from paper is judged by, loaded once for a form or a whole import. */
export interface PaperRuleBook {
  lifecycle: RuleVersions<LifecycleRules>;
  cardNumber: RuleVersions<CardNumberRules>;
}

export async function loadPaperRuleBook(db: Db): Promise<PaperRuleBook> {
  return {
    lifecycle: await ruleVersions<LifecycleRules>(db, "member.lifecycle"),
    cardNumber: await ruleVersions<CardNumberRules>(db, "member.cardNumberFormat"),
  };
}

/** What an existing member's record breaks, each rule in the version in force on the record's own date. */
export function paperProblems(book: PaperRuleBook, record: PaperRecord, today: string): Problem[] {
  const decidedOn = record.admissionDecidedOn ?? today;
  const rules: PaperRules = {
    atDecision: ruleValueIn(book.lifecycle, decidedOn),
    atCeremony: ruleValueIn(book.lifecycle, record.ceremonyOn ?? decidedOn),
    cardNumber: ruleValueIn(book.cardNumber, record.fullMembershipOn ?? today),
  };
  return paperRecordProblems(record, rules);
}

/** One refusal naming every problem of a record on its field, with a message that says how to accept it. */
export function problemsRefused(code: string, problems: Problem[]): RuleViolation {
  const params = Object.assign({ count: problems.length }, ...problems.map((p) => p.params ?? {}));
  return new RuleViolation(code, params, Object.fromEntries(problems.map((p) => [p.field, p.code])));
}
