import { describe, expect, it } from "vitest";
import { temporaryTransferDefaults } from "./members.settings";
import { temporaryStayProblem } from "./members-transfer.rules";

const rules = temporaryTransferDefaults();

describe("how long a temporary transfer may last (domain.md §2.5)", () => {
  it("accepts a stay of three months to under a year for work or a change of residence", () => {
    expect(temporaryStayProblem("2026-01-15", "2026-04-15", "work_or_residence", rules)).toBeNull();
    expect(temporaryStayProblem("2026-01-15", "2027-01-14", "work_or_residence", rules)).toBeNull();
  });

  it("refuses a stay shorter than three months: the member keeps activity at home", () => {
    expect(temporaryStayProblem("2026-01-15", "2026-04-14", "work_or_residence", rules)).toMatchObject({
      field: "expectedReturnOn",
      code: "member.temporaryTooShort",
      params: { months: 3, date: "15/04/2026" },
    });
    expect(temporaryStayProblem("2026-01-15", "2026-03-01", "study", rules)?.code).toBe("member.temporaryTooShort");
  });

  it("refuses a year or more for work: that is an official transfer", () => {
    expect(temporaryStayProblem("2026-01-15", "2027-01-15", "work_or_residence", rules)).toMatchObject({
      field: "expectedReturnOn",
      code: "member.temporaryTooLong",
      params: { months: 12 },
    });
  });

  it("allows full-time study up to two years, not a day more", () => {
    expect(temporaryStayProblem("2026-01-15", "2028-01-15", "study", rules)).toBeNull();
    expect(temporaryStayProblem("2026-01-15", "2028-01-16", "study", rules)).toMatchObject({
      code: "member.temporaryStudyTooLong",
      params: { months: 24, date: "15/01/2028" },
    });
  });

  it("counts the months from the day of the move, and a month end as the month's end", () => {
    expect(temporaryStayProblem("2026-11-30", "2027-02-28", "work_or_residence", rules)).toBeNull();
    expect(temporaryStayProblem("2026-11-30", "2027-02-27", "work_or_residence", rules)?.code).toBe(
      "member.temporaryTooShort",
    );
  });
});
