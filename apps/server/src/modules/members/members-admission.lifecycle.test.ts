import type { MemberEventInput } from "@dangvu/contract";
import { describe, expect, it } from "vitest";
import { RuleViolation } from "../../errors";
import { type EventFacts, type LifecycleState, planEvent } from "./members.lifecycle";
import { memberRuleDefaults } from "./members.settings";

const rules = memberRuleDefaults();
const calendar = { daysOff: new Set<string>(), workingSaturdays: new Set<string>() };
const today = "2026-11-23";

const candidate: LifecycleState = {
  id: "5b1d7f5e-0000-4000-8000-000000000001",
  status: "candidate",
  exitReason: null,
  exitedOn: null,
  isExempt: false,
  temporaryElsewhere: false,
  hasOpenTransfer: false,
  birthDate: "1995-03-10",
  generalEducation: "12/12",
  admissionDecidedOn: null,
  decisionReceivedOn: null,
  firstAdmissionDecidedOn: null,
  ceremonyOn: null,
  fullMembershipOn: null,
  courseCompletedOn: "2025-01-10",
  partyGaps: [],
  lastEventOn: "2025-01-10",
  readmissions: 0,
};
const introducer = (n: number, over: Partial<EventFacts["introducers"][number]> = {}) => ({
  memberId: `5b1d7f5e-0000-4000-8000-00000000010${n}`,
  fullName: `Người Giới Thiệu ${n}`,
  status: "full" as const,
  fullMembershipOn: "2012-06-01",
  workedSince: "2020-01-01",
  ...over,
});
const two: EventFacts = { introducers: [introducer(1), introducer(2)] };
const admit = (over: Partial<Extract<MemberEventInput, { kind: "admission" }>> = {}): MemberEventInput => ({
  kind: "admission",
  decisionNo: "12-QĐ/ĐU",
  decidedOn: "2026-03-02",
  ...over,
});

function refusal(state: LifecycleState, input: MemberEventInput, facts: EventFacts = two) {
  try {
    planEvent(state, input, rules, calendar, today, facts);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleViolation);
    const { code, fields, params } = error as RuleViolation;
    return { code, field: Object.keys(fields)[0], params };
  }
  throw new Error("the event was accepted");
}
const plan = (state: LifecycleState, input: MemberEventInput, facts: EventFacts = two) =>
  planEvent(state, input, rules, calendar, today, facts);

describe("admission prerequisites (Điều lệ Đảng Điều 1, 4; QĐ 24-QĐ/TW mục 1, 3.2)", () => {
  it("admits with two full members who have worked alongside the candidate for 12 months, and keeps them", () => {
    const result = plan(candidate, admit());
    expect(result.details.introducers).toEqual([
      { memberId: introducer(1).memberId, fullName: "Người Giới Thiệu 1", workedSince: "2020-01-01" },
      { memberId: introducer(2).memberId, fullName: "Người Giới Thiệu 2", workedSince: "2020-01-01" },
    ]);
  });

  it("accepts one member and the youth union committee's resolution instead of a second member", () => {
    const facts = { introducers: [introducer(1)] };
    expect(plan(candidate, admit({ unionIntroductionNo: "05-NQ/ĐTN" }), facts).details.unionIntroductionNo).toBe(
      "05-NQ/ĐTN",
    );
    expect(refusal(candidate, admit(), facts)).toMatchObject({
      code: "member.introducer.missing",
      field: "introducers",
    });
    expect(refusal(candidate, admit({ unionIntroductionNo: "05-NQ/ĐTN" }), { introducers: [] }).code).toBe(
      "member.introducer.missing",
    );
  });

  it("refuses an introducer who is not yet full, or has worked with the candidate under 12 months", () => {
    const probationary = {
      introducers: [introducer(1, { status: "probationary", fullMembershipOn: null }), introducer(2)],
    };
    expect(refusal(candidate, admit(), probationary)).toMatchObject({
      code: "member.introducer.notFull",
      field: "introducers.0.memberId",
    });
    const recent = { introducers: [introducer(1), introducer(2, { workedSince: "2025-06-01" })] };
    expect(refusal(candidate, admit(), recent)).toMatchObject({
      code: "member.introducer.tooShort",
      field: "introducers.1.workedSince",
      params: { months: 12 },
    });
    const same = { introducers: [introducer(1), introducer(1)] };
    expect(refusal(candidate, admit(), same).code).toBe("member.introducer.twice");
  });

  it("needs lower-secondary school, or primary school under an exception the committee set", () => {
    const primary = { ...candidate, generalEducation: "5/12" };
    expect(refusal(primary, admit())).toMatchObject({ code: "member.education.tooLow", field: "educationException" });
    expect(plan(primary, admit({ educationException: "remote_area" })).details.educationException).toBe("remote_area");
    expect(plan({ ...candidate, generalEducation: "7/10" }, admit()).patch.status).toBe("probationary");
    expect(refusal({ ...candidate, generalEducation: null }, admit()).code).toBe("member.education.unknown");
  });

  it("needs a course certificate still valid when the cell considers the case", () => {
    const old = { ...candidate, courseCompletedOn: "2020-01-10", lastEventOn: "2020-01-10" };
    expect(refusal(old, admit())).toMatchObject({ code: "member.courseExpired", params: { months: 60 } });
  });

  it("admits someone over 60 only with the approval of the committee directly under the Centre, and records it", () => {
    const older = { ...candidate, birthDate: "1964-01-01" };
    expect(refusal(older, admit())).toMatchObject({ code: "member.age.tooOld", field: "overAgeApprovalNo" });
    const approved = plan(older, admit({ overAgeApprovalNo: "215-CV/TU" }));
    expect(approved.patch.status).toBe("probationary");
    expect(approved.details.overAgeApprovalNo).toBe("215-CV/TU");
    expect(refusal({ ...candidate, birthDate: "2010-01-01" }, admit({ overAgeApprovalNo: "1" })).code).toBe(
      "member.age.tooYoung",
    );
  });

  it("counts the ceremony's 30 working days from the day the cell received the decision", () => {
    // Decided 2/3, received 16/3: 30 working days from the receipt end on 27/4 (no holidays in this calendar).
    const late = admit({ decisionReceivedOn: "2026-03-16", ceremonyOn: "2026-04-27" });
    expect(plan(candidate, late).patch).toMatchObject({ decisionReceivedOn: "2026-03-16", ceremonyOn: "2026-04-27" });
    expect(refusal(candidate, admit({ ceremonyOn: "2026-04-27" })).code).toBe("member.ceremonyLate");
    expect(refusal(candidate, admit({ decisionReceivedOn: "2026-03-01" })).code).toBe("member.receivedBeforeDecision");
    expect(refusal(candidate, admit({ decisionReceivedOn: "2026-03-16", ceremonyOn: "2026-03-10" })).code).toBe(
      "member.ceremonyBeforeReceipt",
    );
    expect(plan(candidate, admit()).patch.decisionReceivedOn).toBe("2026-03-02");
  });
});

/** A member who left on `exitedOn` for `reason`, having been full (or not). */
function leftMember(reason: LifecycleState["exitReason"], exitedOn: string, wasFull = true): LifecycleState {
  return {
    ...candidate,
    status: "left",
    exitReason: reason,
    exitedOn,
    admissionDecidedOn: "2005-04-01",
    firstAdmissionDecidedOn: "2005-04-01",
    ceremonyOn: "2005-04-20",
    fullMembershipOn: wasFull ? "2006-04-20" : null,
    partyGaps: [],
    lastEventOn: exitedOn,
  };
}
const readmit = (over: Partial<Extract<MemberEventInput, { kind: "readmission" }>> = {}): MemberEventInput => ({
  kind: "readmission",
  decisionNo: "40-QĐ/ĐU",
  decidedOn: "2026-11-02",
  approvalNo: "118-CV/BTVTU",
  exitGround: "other",
  ...over,
});

describe("re-admission (294-QĐ/TW điểm 3.5; QĐ 24-QĐ/TW mục 3.5)", () => {
  it("re-admits 36 months after leaving with the provincial standing committee's consent, recording ground, gap and approval", () => {
    const struck = leftMember("struck_off", "2023-10-15");
    const result = plan(struck, readmit());
    expect(result.patch).toMatchObject({
      status: "probationary",
      firstAdmissionDecidedOn: "2005-04-01",
      fullMembershipOn: null,
      partyGaps: [["2023-10-15", "2026-11-02"]],
    });
    expect(result.details).toMatchObject({
      gap: ["2023-10-15", "2026-11-02"],
      exitReason: "struck_off",
      exitGround: "other",
      approvalNo: "118-CV/BTVTU",
      partyAgeCarried: true,
    });
  });

  it("refuses before 36 months, naming the day it becomes possible", () => {
    expect(refusal(leftMember("struck_off", "2024-01-10"), readmit())).toMatchObject({
      code: "member.readmission.tooSoon",
      field: "decidedOn",
      params: { months: 36, exited: "10/01/2024", date: "10/01/2027" },
    });
  });

  it("re-admits only once", () => {
    const again = { ...leftMember("struck_off", "2020-01-10"), readmissions: 1 };
    expect(refusal(again, readmit()).code).toBe("member.readmission.onlyOnce");
  });

  it("never re-admits those who gave up activity, asked to leave (family hardship aside), or were convicted of corruption or a serious crime", () => {
    const struck = leftMember("struck_off", "2020-01-10");
    for (const ground of ["gave_up_activity", "disunity", "corruption", "serious_crime"] as const)
      expect(refusal(struck, readmit({ exitGround: ground })).code).toBe(`member.readmission.excluded.${ground}`);
    const resigned = leftMember("resigned", "2020-01-10");
    expect(refusal(resigned, readmit({ exitGround: "resigned" })).code).toBe("member.readmission.excluded.resigned");
    expect(plan(resigned, readmit({ exitGround: "resigned_family_hardship" })).patch.status).toBe("probationary");
    expect(refusal(resigned, readmit({ exitGround: "other" })).code).toBe("member.readmission.groundMismatch");
    expect(refusal(struck, readmit({ exitGround: "resigned_family_hardship" })).code).toBe(
      "member.readmission.groundMismatch",
    );
  });

  it("waits 60 months after the record of a less serious crime was cleared", () => {
    const expelled = leftMember("expelled", "2019-05-01");
    expect(refusal(expelled, readmit({ exitGround: "minor_crime" })).code).toBe(
      "member.readmission.recordClearedRequired",
    );
    expect(refusal(expelled, readmit({ exitGround: "minor_crime", recordClearedOn: "2022-03-01" }))).toMatchObject({
      code: "member.readmission.tooSoonAfterRecord",
      params: { date: "01/03/2027" },
    });
    expect(plan(expelled, readmit({ exitGround: "minor_crime", recordClearedOn: "2021-06-01" })).patch.status).toBe(
      "probationary",
    );
  });

  it("carries no party age from a probation that was struck off: it starts again at the re-admission decision", () => {
    const result = plan(leftMember("probation_struck_off", "2021-02-01", false), readmit());
    expect(result.patch).toMatchObject({ firstAdmissionDecidedOn: "2026-11-02", partyGaps: [] });
    expect(result.details.partyAgeCarried).toBe(false);
  });

  it("checks the same prerequisites as an admission: introducers, education, age", () => {
    const struck = leftMember("struck_off", "2020-01-10");
    expect(refusal(struck, readmit(), { introducers: [] }).code).toBe("member.introducer.missing");
    expect(refusal({ ...struck, birthDate: "1960-01-01" }, readmit()).code).toBe("member.age.tooOld");
  });
});
