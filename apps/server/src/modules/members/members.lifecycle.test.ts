import type { MemberEventInput } from "@dangvu/contract";
import { describe, expect, it } from "vitest";
import { RuleViolation } from "../../errors";
import { type EventFacts, type LifecycleState, planEvent } from "./members.lifecycle";
import { memberRuleDefaults } from "./members.settings";

const rules = memberRuleDefaults();
const calendar = { daysOff: new Set<string>(), workingSaturdays: new Set<string>() };
const today = "2026-11-23";

const candidate: LifecycleState = {
  id: "0b6f3f0e-1c55-4a40-9a57-000000000001",
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
const probationary: LifecycleState = {
  ...candidate,
  status: "probationary",
  admissionDecidedOn: "2025-10-01",
  firstAdmissionDecidedOn: "2025-10-01",
  ceremonyOn: "2025-10-20",
  lastEventOn: "2025-10-01",
};
const full: LifecycleState = {
  ...probationary,
  status: "full",
  fullMembershipOn: "2026-10-20",
  lastEventOn: "2026-10-25",
};

/** Two full members who have worked alongside the candidates since 2020. */
const sponsors: EventFacts = {
  introducers: ["Lê Văn Giới", "Phạm Thị Thiệu"].map((fullName, n) => ({
    memberId: `0b6f3f0e-1c55-4a40-9a57-00000000001${n}`,
    fullName,
    status: "full",
    fullMembershipOn: "2010-05-01",
    workedSince: "2020-01-01",
  })),
};
const plan = (state: LifecycleState, input: MemberEventInput, facts = sponsors) =>
  planEvent(state, input, rules, calendar, today, facts);
const refused = (state: LifecycleState, input: MemberEventInput, facts = sponsors) => {
  try {
    plan(state, input, facts);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleViolation);
    return (error as RuleViolation).code;
  }
  throw new Error("the event was accepted");
};

describe("member lifecycle", () => {
  it("admits a candidate who took the course, as probationary, from the decision", () => {
    const result = plan(candidate, {
      kind: "admission",
      decisionNo: "12-QĐ/ĐU",
      decidedOn: "2026-03-01",
      ceremonyOn: "2026-03-20",
    });
    expect(result.patch).toMatchObject({
      status: "probationary",
      admissionDecidedOn: "2026-03-01",
      firstAdmissionDecidedOn: "2026-03-01",
    });
  });

  it("refuses admission without the course, outside 18–60, or with a late ceremony", () => {
    expect(
      refused(
        { ...candidate, courseCompletedOn: null },
        { kind: "admission", decisionNo: "1", decidedOn: "2026-03-01" },
      ),
    ).toBe("member.courseRequired");
    expect(
      refused(
        { ...candidate, birthDate: "2010-01-01" },
        { kind: "admission", decisionNo: "1", decidedOn: "2026-03-01" },
      ),
    ).toBe("member.age.tooYoung");
    expect(
      refused(candidate, { kind: "admission", decisionNo: "1", decidedOn: "2026-03-02", ceremonyOn: "2026-05-01" }),
    ).toBe("member.ceremonyLate");
    expect(
      plan(candidate, {
        kind: "admission",
        decisionNo: "1",
        decidedOn: "2026-03-02",
        ceremonyOn: "2026-05-01",
        lateCeremonyApprovalNo: "15-CV/ĐUK",
      }).patch.status,
    ).toBe("probationary");
  });

  it("refuses full membership before admission or before 12 months of probation", () => {
    expect(refused(candidate, { kind: "full_membership", decisionNo: "1", decidedOn: "2026-11-01" })).toBe(
      "member.notYetAdmitted",
    );
    expect(refused(probationary, { kind: "full_membership", decisionNo: "1", decidedOn: "2026-10-19" })).toBe(
      "member.probationNotOver",
    );
  });

  it("counts a late recognition as full from the end of the 12 months", () => {
    const result = plan(probationary, { kind: "full_membership", decisionNo: "1", decidedOn: "2026-11-23" });
    expect(result.patch).toMatchObject({ status: "full", fullMembershipOn: "2026-10-20" });
    expect(result.details.late).toBe(false);
  });

  it("refuses a transfer of a member who died, and a second open transfer", () => {
    const dead = plan(full, { kind: "death", diedOn: "2026-11-01" });
    const after = { ...full, ...dead.patch, lastEventOn: "2026-11-01" } as LifecycleState;
    expect(
      refused(after, {
        kind: "transfer",
        transferKind: "official",
        toOrganisationName: "Đảng bộ X",
        decidedOn: "2026-11-10",
      }),
    ).toBe("member.deceased");
    expect(
      refused(
        { ...full, hasOpenTransfer: true },
        { kind: "transfer", transferKind: "official", toOrganisationName: "X", decidedOn: "2026-11-10" },
      ),
    ).toBe("member.openTransfer");
  });

  it("refuses an event dated before the last one, or in the future", () => {
    expect(refused(full, { kind: "exemption", decisionNo: "1", decidedOn: "2026-10-01" })).toBe(
      "member.eventOutOfOrder",
    );
    expect(refused(full, { kind: "exemption", decisionNo: "1", decidedOn: "2026-12-01" })).toBe("member.dateInFuture");
  });

  it("gives a card only to full members", () => {
    expect(
      refused(probationary, { kind: "card_issued", cardNumber: "28.397.061", issuedOn: "2026-11-01", reason: "first" }),
    ).toBe("member.wrongStatus");
    expect(
      plan(full, { kind: "card_issued", cardNumber: "28.397.061", issuedOn: "2026-11-01", reason: "first" }).patch
        .cardNumber,
    ).toBe("28.397.061");
  });

  it("restores the wrongly expelled or struck off without a gap, and nobody who left of their own will", () => {
    const after = (input: MemberEventInput) =>
      ({ ...full, ...plan(full, input).patch, lastEventOn: "2026-11-01" }) as LifecycleState;
    const expelled = after({ kind: "expulsion", decisionNo: "1", decidedOn: "2026-11-01" });
    const restored = plan(expelled, { kind: "restoration", decisionNo: "3", decidedOn: "2026-11-20" });
    expect(restored.patch).toMatchObject({ status: "full", exitReason: null });
    expect(restored.patch.partyGaps).toBeUndefined();
    const struck = after({ kind: "struck_off", decisionNo: "1", decidedOn: "2026-11-01", ground: 1 });
    const back = plan(struck, { kind: "restoration", decisionNo: "3", decidedOn: "2026-11-20" });
    expect(back.patch).toMatchObject({ status: "full", exitReason: null });
    expect(back.details).toEqual({ annulledExit: "struck_off", exitedOn: "2026-11-01" });
    const resigned = after({ kind: "resignation", decisionNo: "1", decidedOn: "2026-11-01" });
    expect(refused(resigned, { kind: "restoration", decisionNo: "3", decidedOn: "2026-11-20" })).toBe(
      "member.notRestorable",
    );
  });

  it("refuses to expel a probationary member (69-QĐ/TW Điều 7): reprimand, warning, or striking off the list", () => {
    expect(refused(probationary, { kind: "expulsion", decisionNo: "1", decidedOn: "2026-11-01" })).toBe(
      "member.expulsionProbationary",
    );
    expect(plan(full, { kind: "expulsion", decisionNo: "1", decidedOn: "2026-11-01" }).patch.status).toBe("left");
  });

  it("opens a transfer inside the tree, and takes an official transfer outside off the lists", () => {
    expect(
      plan(full, {
        kind: "transfer",
        transferKind: "official",
        toOrgUnitId: "5d0e3bd6-3f37-4f44-9c11-111111111111",
        decidedOn: "2026-11-02",
      }).patch,
    ).toEqual({ hasOpenTransfer: true });
    expect(
      plan(full, {
        kind: "transfer",
        transferKind: "official",
        toOrganisationName: "Đảng bộ tỉnh khác",
        decidedOn: "2026-11-02",
      }).patch,
    ).toMatchObject({ status: "left", exitReason: "transferred_out" });
  });
});
