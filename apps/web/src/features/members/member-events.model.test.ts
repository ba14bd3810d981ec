import type { MemberEvent } from "@dangvu/contract";
import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import { eventKindsFor, hasOpenTransfer, toEventInput } from "./member-events.model";

const base = { exitReason: null, isExempt: false, temporaryElsewhere: false, ceremonyOn: "2025-01-10" } as const;

function event(kind: string, details: Record<string, unknown> = {}): MemberEvent {
  return {
    id: kind,
    memberId: "m",
    kind,
    occurredOn: "2025-01-01",
    decisionNo: null,
    orgUnitId: null,
    orgUnitName: null,
    details,
    createdAt: "2025-01-01T00:00:00Z",
    createdByName: null,
  };
}

describe("the events offered for a member", () => {
  it("walks a candidate towards admission", () => {
    expect(eventKindsFor({ ...base, status: "candidate", ceremonyOn: null }, false)).toEqual([
      "course_completed",
      "helper_assigned",
      "admission",
    ]);
  });

  it("offers the ceremony only to a probationary member who has not had one", () => {
    expect(eventKindsFor({ ...base, status: "probationary", ceremonyOn: null }, false)).toContain("ceremony");
    expect(eventKindsFor({ ...base, status: "probationary" }, false)).not.toContain("ceremony");
    expect(eventKindsFor({ ...base, status: "probationary" }, false)).toContain("full_membership");
  });

  it("gives a full member the card and the exits, and ends an exemption instead of repeating it", () => {
    const kinds = eventKindsFor({ ...base, status: "full", isExempt: true }, false);
    expect(kinds).toEqual(expect.arrayContaining(["card_issued", "exemption_ended", "struck_off", "death"]));
    expect(kinds).not.toContain("exemption");
  });

  it("puts the reception of an open transfer first and offers no second transfer", () => {
    const kinds = eventKindsFor({ ...base, status: "full" }, true);
    expect(kinds[0]).toBe("transfer_received");
    expect(kinds).not.toContain("transfer");
  });

  it("offers the reception only to who may receive the member (the receiving cell, not the sending one)", () => {
    expect(eventKindsFor({ ...base, status: "full" }, true, false)).not.toContain("transfer_received");
    expect(eventKindsFor({ ...base, status: "full" }, true, true)[0]).toBe("transfer_received");
  });

  it("lets someone who left come back only by the way their exit allows", () => {
    expect(eventKindsFor({ ...base, status: "left", exitReason: "expelled" }, false)).toEqual([
      "readmission",
      "restoration",
    ]);
    expect(eventKindsFor({ ...base, status: "left", exitReason: "died" }, false)).toEqual([]);
    expect(eventKindsFor({ ...base, status: "left", exitReason: "resigned" }, false)).toEqual(["readmission"]);
  });

  it("offers restoration after a striking off too, for one found wrong on complaint", () => {
    expect(eventKindsFor({ ...base, status: "left", exitReason: "struck_off" }, false)).toContain("restoration");
  });
});

describe("an open transfer", () => {
  it("is a transfer to a unit in the system with no reception after it", () => {
    expect(hasOpenTransfer([event("admission"), event("transfer", { toOrgUnitId: "u" })])).toBe(true);
    expect(hasOpenTransfer([event("transfer", { toOrgUnitId: "u" }), event("transfer_received")])).toBe(false);
    expect(hasOpenTransfer([event("transfer", { toOrgUnitId: null, toOrganisationName: "Tỉnh khác" })])).toBe(false);
  });
});

describe("the request body of an event", () => {
  it("sends the kind's own fields with dates as ISO and without empty text", () => {
    const body = toEventInput("full_membership", {
      decisionNo: " 12-QĐ/ĐU ",
      decidedOn: dayjs("2026-11-20"),
      note: "",
      cardNumber: "left over from another kind",
    });
    expect(body).toEqual({ kind: "full_membership", decisionNo: "12-QĐ/ĐU", decidedOn: "2026-11-20" });
  });

  it("names either a unit or an outside organisation for a transfer", () => {
    const values = {
      transferKind: "official",
      target: "outside",
      toOrgUnitId: "u1",
      toOrganisationName: "Đảng bộ tỉnh Hà Tĩnh",
      decidedOn: dayjs("2026-11-02"),
      expectedReturnOn: dayjs("2027-05-01"),
    };
    expect(toEventInput("transfer", values)).toEqual({
      kind: "transfer",
      transferKind: "official",
      toOrganisationName: "Đảng bộ tỉnh Hà Tĩnh",
      decidedOn: "2026-11-02",
    });
  });

  it("sends a temporary transfer with its expected return and its purpose, and an official one without", () => {
    const values = {
      transferKind: "temporary",
      target: "inside",
      toOrgUnitId: "u1",
      decidedOn: dayjs("2026-11-02"),
      expectedReturnOn: dayjs("2027-05-01"),
      temporaryPurpose: "study",
    };
    expect(toEventInput("transfer", values)).toEqual({
      kind: "transfer",
      transferKind: "temporary",
      toOrgUnitId: "u1",
      decidedOn: "2026-11-02",
      expectedReturnOn: "2027-05-01",
      temporaryPurpose: "study",
    });
    expect(toEventInput("transfer", { ...values, transferKind: "official" })).not.toHaveProperty("temporaryPurpose");
  });

  it("sends the introducers chosen, each with the day they started working alongside, and leaves out empty rows", () => {
    const body = toEventInput("admission", {
      decisionNo: "12-QĐ/ĐU",
      decidedOn: dayjs("2026-03-02"),
      decisionReceivedOn: dayjs("2026-03-05"),
      introducers: [{ memberId: "m1", workedSince: dayjs("2020-01-01") }, { memberId: undefined }],
      unionIntroductionNo: "05-NQ/ĐTN",
    });
    expect(body).toEqual({
      kind: "admission",
      decisionNo: "12-QĐ/ĐU",
      decidedOn: "2026-03-02",
      decisionReceivedOn: "2026-03-05",
      introducers: [{ memberId: "m1", workedSince: "2020-01-01" }],
      unionIntroductionNo: "05-NQ/ĐTN",
    });
    expect(toEventInput("admission", { introducers: [{}, {}] })).not.toHaveProperty("introducers");
  });

  it("sends a re-admission's approval and ground, and the day a record was cleared only after a less serious crime", () => {
    const values = {
      decisionNo: "40-QĐ/ĐU",
      decidedOn: dayjs("2026-11-02"),
      approvalNo: "118-CV/BTVTU",
      exitGround: "other",
      recordClearedOn: dayjs("2020-01-01"),
    };
    expect(toEventInput("readmission", values)).toEqual({
      kind: "readmission",
      decisionNo: "40-QĐ/ĐU",
      decidedOn: "2026-11-02",
      approvalNo: "118-CV/BTVTU",
      exitGround: "other",
    });
    expect(toEventInput("readmission", { ...values, exitGround: "minor_crime" })).toMatchObject({
      recordClearedOn: "2020-01-01",
    });
  });

  it("keeps the ground of a striking-off as a number", () => {
    expect(toEventInput("struck_off", { decisionNo: "5", decidedOn: dayjs("2026-01-05"), ground: 2 })).toMatchObject({
      ground: 2,
    });
  });
});
