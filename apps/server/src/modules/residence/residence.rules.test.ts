import { describe, expect, it } from "vitest";
import { isOverdue, linkState, partyDate, requestRefusal } from "./residence.rules";

describe("residence rules", () => {
  it("flags a request overdue once its due date has passed without a comment", () => {
    expect(isOverdue("requested", "2026-11-22", "2026-11-23")).toBe(true);
    expect(isOverdue("requested", "2026-11-23", "2026-11-23")).toBe(false);
    expect(isOverdue("received", "2026-01-01", "2026-11-23")).toBe(false);
  });

  it("asks no comment of members not introduced, and of exempt members only with a reason (HD 33)", () => {
    expect(requestRefusal("normal", undefined)).toBeNull();
    expect(requestRefusal("not_introduced", "any")).toBe("residence.notIntroduced");
    expect(requestRefusal("introduced_exempt", undefined)).toBe("residence.exemptNeedsReason");
    expect(requestRefusal("introduced_exempt", "Xét kỷ luật")).toBeNull();
  });

  it("closes a link once answered or expired", () => {
    const now = new Date("2026-11-23T00:00:00Z");
    expect(linkState({ status: "requested", expiresAt: new Date("2026-11-24T00:00:00Z") }, now)).toBe("open");
    expect(linkState({ status: "requested", expiresAt: now }, now)).toBe("expired");
    expect(linkState({ status: "received", expiresAt: new Date("2027-01-01") }, now)).toBe("used");
  });

  it("writes the date the party way, with leading zeros for days below 10 and months 1–2", () => {
    expect(partyDate("2026-02-05")).toBe("ngày 05 tháng 02 năm 2026");
    expect(partyDate("2026-11-23")).toBe("ngày 23 tháng 11 năm 2026");
    expect(partyDate("2026-03-09")).toBe("ngày 09 tháng 3 năm 2026");
  });
});
