import type { MemberEventInput } from "@dangvu/contract";
import { describe, expect, it } from "vitest";
import { RuleViolation } from "../../errors";
import { type LifecycleState, planEvent } from "./members.lifecycle";
import type { LifecycleRules } from "./members.rules";
import { lifecycleDefaults } from "./members.settings";

const rules: LifecycleRules = lifecycleDefaults();
const calendar = { daysOff: new Set<string>(), workingSaturdays: new Set<string>() };
const today = "2026-11-23";

const candidate: LifecycleState = {
  status: "candidate",
  exitReason: null,
  exitedOn: null,
  isExempt: false,
  temporaryElsewhere: false,
  hasOpenTransfer: false,
  birthDate: "1995-03-10",
  admissionDecidedOn: null,
  firstAdmissionDecidedOn: null,
  ceremonyOn: null,
  fullMembershipOn: null,
  courseCompletedOn: "2025-01-10",
  partyGaps: [],
  lastEventOn: "2025-01-10",
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

const plan = (state: LifecycleState, input: MemberEventInput) => planEvent(state, input, rules, calendar, today);
const refused = (state: LifecycleState, input: MemberEventInput) => {
  try {
    plan(state, input);
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
      refused(probationary, { kind: "card_issued", cardNumber: "123", issuedOn: "2026-11-01", reason: "first" }),
    ).toBe("member.wrongStatus");
    expect(
      plan(full, { kind: "card_issued", cardNumber: "123", issuedOn: "2026-11-01", reason: "first" }).patch.cardNumber,
    ).toBe("123");
  });

  it("re-admits someone struck off with the time outside counted as a gap, and restores the wrongly expelled without one", () => {
    const struck = {
      ...full,
      ...plan(full, { kind: "struck_off", decisionNo: "1", decidedOn: "2026-11-01", ground: 1 }).patch,
      lastEventOn: "2026-11-01",
    } as LifecycleState;
    const back = plan(struck, { kind: "readmission", decisionNo: "2", decidedOn: "2026-11-20" });
    expect(back.patch.partyGaps).toEqual([["2026-11-01", "2026-11-20"]]);
    expect(back.patch.firstAdmissionDecidedOn).toBeUndefined();
    const expelled = {
      ...full,
      ...plan(full, { kind: "expulsion", decisionNo: "1", decidedOn: "2026-11-01" }).patch,
      lastEventOn: "2026-11-01",
    } as LifecycleState;
    expect(plan(expelled, { kind: "restoration", decisionNo: "3", decidedOn: "2026-11-20" }).patch).toMatchObject({
      status: "full",
      exitReason: null,
    });
    expect(refused(struck, { kind: "restoration", decisionNo: "3", decidedOn: "2026-11-20" })).toBe(
      "member.notRestorable",
    );
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
