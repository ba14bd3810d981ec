import type { EducationException, ExitGround, MemberStatus } from "@dangvu/contract";
import { addMonths, dmy } from "../../rules/dates";
import type {
  CourseRules,
  EducationExceptions,
  EducationLevel,
  EducationRules,
  IntroducerRules,
  ReadmissionRules,
} from "./members.settings";

/** A rule broken by a request, on one of its fields, with the figures its message quotes. */
export interface Problem {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

const levels: readonly EducationLevel[] = ["none", "primary", "lower_secondary", "upper_secondary"];

/**
 * The level of general education written on a record: "9/12", "7/10" (the old 10-year system, whose lower-secondary
 * school ended at grade 7), or words such as "THCS"; null when the text says nothing readable.
 */
export function educationLevelOf(text: string | null | undefined): EducationLevel | null {
  if (!text) return null;
  const grade = /(\d{1,2})\s*\/\s*(10|12)\b/.exec(text);
  if (grade) {
    const [done, system] = [Number(grade[1]), Number(grade[2])];
    const [primary, lower, upper] = system === 10 ? [4, 7, 10] : [5, 9, 12];
    if (done >= upper) return "upper_secondary";
    if (done >= lower) return "lower_secondary";
    return done >= primary ? "primary" : "none";
  }
  const words = text.toLowerCase();
  if (/thpt|trung học phổ thông|bổ túc văn hóa cấp 3/.test(words)) return "upper_secondary";
  if (/thcs|trung học cơ sở/.test(words)) return "lower_secondary";
  if (/tiểu học/.test(words)) return "primary";
  return null;
}

/** Lower-secondary school or higher, lower where an exception applies (QĐ 24-QĐ/TW mục 1). */
export function educationProblem(
  text: string | null | undefined,
  exception: EducationException | undefined,
  rules: EducationRules,
  exceptions: EducationExceptions,
): Problem | null {
  const level = educationLevelOf(text);
  if (!level) return { field: "educationException", code: "member.education.unknown" };
  const required = (exception && exceptions[exception]) || rules.required;
  if (levels.indexOf(level) >= levels.indexOf(required)) return null;
  return {
    field: "educationException",
    code: exception ? "member.education.belowException" : "member.education.tooLow",
    params: { education: text as string },
  };
}

/** The course certificate must still be valid when the cell considers the case (a setting: its source is weak). */
export function courseProblem(completedOn: string | null, consideredOn: string, rules: CourseRules): Problem | null {
  if (!completedOn) return { field: "decidedOn", code: "member.courseRequired" };
  const validUntil = addMonths(completedOn, rules.validMonths);
  if (consideredOn <= validUntil) return null;
  return {
    field: "decidedOn",
    code: "member.courseExpired",
    params: { completed: dmy(completedOn), months: rules.validMonths },
  };
}

/** What the service found about an introducer named in the request. */
export interface IntroducerFact {
  memberId: string;
  fullName: string;
  status: MemberStatus;
  fullMembershipOn: string | null;
  workedSince: string;
}

/**
 * Two full members who have worked alongside the applicant for 12 months, or one of them and the resolution of the
 * youth union's (or trade union's) committee (Điều lệ Đảng Điều 4 khoản 2; QĐ 24-QĐ/TW mục 3.2.1).
 */
export function introducerProblems(
  applicantId: string,
  introducers: readonly IntroducerFact[],
  unionIntroductionNo: string | undefined,
  consideredOn: string,
  rules: IntroducerRules,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  introducers.forEach((introducer, index) => {
    const at = (name: string) => `introducers.${index}.${name}`;
    const name = introducer.fullName;
    if (introducer.memberId === applicantId) problems.push({ field: at("memberId"), code: "member.introducer.self" });
    else if (seen.has(introducer.memberId))
      problems.push({ field: at("memberId"), code: "member.introducer.twice", params: { name } });
    else if (introducer.status !== "full" || !introducer.fullMembershipOn || introducer.fullMembershipOn > consideredOn)
      problems.push({ field: at("memberId"), code: "member.introducer.notFull", params: { name } });
    else if (introducer.workedSince > addMonths(consideredOn, -rules.monthsTogether))
      problems.push({
        field: at("workedSince"),
        code: "member.introducer.tooShort",
        params: { name, months: rules.monthsTogether },
      });
    seen.add(introducer.memberId);
  });
  const sponsors = introducers.length + (unionIntroductionNo ? 1 : 0);
  if (introducers.length === 0 || sponsors < rules.count)
    problems.push({ field: "introducers", code: "member.introducer.missing", params: { count: rules.count } });
  return problems;
}

const resignedGrounds: readonly ExitGround[] = ["resigned", "resigned_family_hardship"];

/** What re-admission needs to know of the person's exit. */
export interface ExitFacts {
  exitReason: string | null;
  exitedOn: string | null;
  readmissions: number;
}

export interface ReadmissionRequest {
  decidedOn: string;
  exitGround: ExitGround;
  recordClearedOn?: string;
}

/**
 * Re-admission (294-QĐ/TW điểm 3.5; QĐ 24-QĐ/TW mục 3.5): once only, never after some grounds of exit, at least
 * 36 months after leaving, 60 months after a less serious crime's record was cleared. The ground must fit the exit
 * that was recorded: only someone who asked to leave left by asking.
 */
export function readmissionProblem(
  exit: ExitFacts,
  input: ReadmissionRequest,
  rules: ReadmissionRules,
): Problem | null {
  if (exit.readmissions >= rules.maxTimes)
    return { field: "decidedOn", code: "member.readmission.onlyOnce", params: { max: rules.maxTimes } };
  if ((exit.exitReason === "resigned") !== resignedGrounds.includes(input.exitGround))
    return { field: "exitGround", code: "member.readmission.groundMismatch" };
  if (rules.excludedGrounds.includes(input.exitGround))
    return { field: "exitGround", code: `member.readmission.excluded.${input.exitGround}` };
  if (input.exitGround === "minor_crime") {
    if (!input.recordClearedOn) return { field: "recordClearedOn", code: "member.readmission.recordClearedRequired" };
    const from = addMonths(input.recordClearedOn, rules.monthsAfterRecordCleared);
    if (input.decidedOn < from)
      return {
        field: "decidedOn",
        code: "member.readmission.tooSoonAfterRecord",
        params: { months: rules.monthsAfterRecordCleared, date: dmy(from) },
      };
  }
  const from = addMonths(exit.exitedOn as string, rules.monthsAfterExit);
  if (input.decidedOn < from)
    return {
      field: "decidedOn",
      code: "member.readmission.tooSoon",
      params: { months: rules.monthsAfterExit, exited: dmy(exit.exitedOn as string), date: dmy(from) },
    };
  return null;
}
