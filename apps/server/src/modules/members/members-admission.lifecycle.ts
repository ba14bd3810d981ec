import type { WorkCalendar } from "../../rules/calendar";
import { dmy } from "../../rules/dates";
import { admissionAgeProblem, ceremonyDeadline, type LifecycleRules, readmittableExits } from "./members.rules";
import { courseProblem, educationProblem, introducerProblems, readmissionProblem } from "./members-admission.rules";
import {
  type EventFacts,
  fail,
  failWith,
  type Input,
  type LifecycleState,
  type Planner,
  requireStatus,
} from "./members-lifecycle.base";
import type { MemberRules } from "./members-rules.load";

/** Admission of a candidate: probationary from the decision (Điều lệ Đảng Điều 4; QĐ 24-QĐ/TW mục 3, 4.1). */
export const planAdmission: Planner<"admission"> = (s, i, r, c, f) => {
  requireStatus(s, ["candidate"]);
  const considered = i.cellResolutionOn ?? i.decidedOn;
  failWith(courseProblem(s.courseCompletedOn, considered, r.course));
  const prerequisites = checkPrerequisites(s, i, considered, r, f);
  const receivedOn = receiptOf(i);
  if (i.ceremonyOn) checkCeremony(i.decidedOn, receivedOn, i.ceremonyOn, i.lateCeremonyApprovalNo, r.lifecycle, c);
  return {
    patch: {
      status: "probationary",
      admissionDecisionNo: i.decisionNo,
      admissionDecidedOn: i.decidedOn,
      decisionReceivedOn: receivedOn,
      firstAdmissionDecidedOn: s.firstAdmissionDecidedOn ?? i.decidedOn,
      ceremonyOn: i.ceremonyOn ?? null,
      ceremonyPlace: i.ceremonyPlace ?? null,
    },
    details: {
      cellResolutionOn: considered,
      decisionReceivedOn: receivedOn,
      ceremonyOn: i.ceremonyOn ?? null,
      lateCeremonyApprovalNo: i.lateCeremonyApprovalNo ?? null,
      ...prerequisites,
    },
  };
};

/** The admission ceremony, when the decision was recorded without it. */
export const planCeremony: Planner<"ceremony"> = (s, i, r, c) => {
  requireStatus(s, ["probationary"]);
  if (s.ceremonyOn) fail("member.ceremonyAlreadyHeld", { date: dmy(s.ceremonyOn) });
  const decidedOn = s.admissionDecidedOn as string;
  checkCeremony(decidedOn, s.decisionReceivedOn, i.ceremonyOn, i.lateCeremonyApprovalNo, r.lifecycle, c);
  return {
    patch: { ceremonyOn: i.ceremonyOn, ceremonyPlace: i.ceremonyPlace ?? null },
    details: { ceremonyPlace: i.ceremonyPlace ?? null },
  };
};

/** Re-admission (kết nạp lại) of someone who left: a new probation, party age carried only from a full membership. */
export const planReadmission: Planner<"readmission"> = (s, i, r, c, f) => {
  if (s.status !== "left" || !s.exitReason || !readmittableExits.includes(s.exitReason)) fail("member.notReadmittable");
  failWith(readmissionProblem({ ...s, readmissions: s.readmissions }, i, r.readmission));
  const prerequisites = checkPrerequisites(s, i, i.decidedOn, r, f);
  const receivedOn = receiptOf(i);
  if (i.ceremonyOn) checkCeremony(i.decidedOn, receivedOn, i.ceremonyOn, undefined, r.lifecycle, c);
  // Party age is carried only from a membership that reached full; a probationary member struck off had none.
  const carried = Boolean(s.fullMembershipOn);
  const gap: [string, string] = [s.exitedOn as string, i.decidedOn];
  return {
    patch: {
      status: "probationary",
      exitReason: null,
      exitedOn: null,
      admissionDecisionNo: i.decisionNo,
      admissionDecidedOn: i.decidedOn,
      decisionReceivedOn: receivedOn,
      firstAdmissionDecidedOn: carried ? s.firstAdmissionDecidedOn : i.decidedOn,
      ceremonyOn: i.ceremonyOn ?? null,
      ceremonyPlace: null,
      fullMembershipOn: null,
      partyGaps: carried ? [...s.partyGaps, gap] : [],
    },
    details: {
      gap,
      exitReason: s.exitReason,
      exitGround: i.exitGround,
      approvalNo: i.approvalNo,
      recordClearedOn: i.recordClearedOn ?? null,
      partyAgeCarried: carried,
      decisionReceivedOn: receivedOn,
      ceremonyOn: i.ceremonyOn ?? null,
      ...prerequisites,
    },
  };
};

/**
 * Admission and re-admission alike need the age (18 to 60, older with the approval of the committee directly under
 * the Centre), the education and the introducers (Điều lệ Đảng Điều 1, 4; QĐ 24-QĐ/TW mục 1, 3.2); what they were is
 * kept on the event.
 */
function checkPrerequisites(
  s: LifecycleState,
  i: Input<"admission"> | Input<"readmission">,
  considered: string,
  r: MemberRules,
  f: EventFacts,
) {
  const age = admissionAgeProblem(s.birthDate, considered, r.lifecycle);
  const limits = { min: r.lifecycle.admissionAgeMin, max: r.lifecycle.admissionAgeMax };
  if (age === "tooYoung") fail("member.age.tooYoung", limits, "decidedOn");
  if (age === "tooOld" && !i.overAgeApprovalNo) fail("member.age.tooOld", limits, "overAgeApprovalNo");
  failWith(educationProblem(s.generalEducation, i.educationException, r.education, r.educationExceptions));
  failWith(introducerProblems(s.id, f.introducers, i.unionIntroductionNo, considered, r.introducers)[0]);
  return {
    introducers: f.introducers.map(({ memberId, fullName, workedSince }) => ({ memberId, fullName, workedSince })),
    unionIntroductionNo: i.unionIntroductionNo || null,
    educationException: i.educationException ?? null,
    overAgeApprovalNo: age === "tooOld" ? (i.overAgeApprovalNo as string) : null,
  };
}

/** The day the cell received the decision: not before the decision; the decision date when not given. */
function receiptOf(i: Input<"admission"> | Input<"readmission">): string {
  if (i.decisionReceivedOn && i.decisionReceivedOn < i.decidedOn)
    fail("member.receivedBeforeDecision", {}, "decisionReceivedOn");
  return i.decisionReceivedOn ?? i.decidedOn;
}

/** The ceremony follows the decision, within 30 working days of its receipt unless the upper committee allowed more. */
function checkCeremony(
  decidedOn: string,
  receivedOn: string | null,
  ceremonyOn: string,
  approvalNo: string | undefined,
  rules: LifecycleRules,
  calendar: WorkCalendar,
) {
  if (ceremonyOn < decidedOn) fail("member.ceremonyBeforeDecision", {}, "ceremonyOn");
  if (receivedOn && ceremonyOn < receivedOn) fail("member.ceremonyBeforeReceipt", {}, "ceremonyOn");
  const deadline = ceremonyDeadline(receivedOn ?? decidedOn, rules, calendar);
  if (ceremonyOn > deadline && !approvalNo)
    fail("member.ceremonyLate", { date: dmy(deadline), days: rules.ceremonyWorkingDays }, "ceremonyOn");
}
