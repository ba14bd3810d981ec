import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addWorkingDays, workingDaysBetween } from "../../rules/calendar";
import { seededCalendar } from "../../rules/calendar-data";
import { addDays, addMonths, monthsBetween } from "../../rules/dates";
import {
  admissionAgeProblem,
  ceremonyDeadline,
  fullMembershipDeadline,
  type LifecycleRules,
  newMemberProblems,
  nextAwardDate,
  partyAge,
  partyAgeMonths,
  probationEndsOn,
} from "./members.rules";
import { lifecycleDefaults } from "./members.settings";

const rules: LifecycleRules = lifecycleDefaults();
const rows = seededCalendar();
const calendar = {
  daysOff: new Set(rows.filter((r) => r.kind === "off").map((r) => r.day)),
  workingSaturdays: new Set(rows.filter((r) => r.kind === "working").map((r) => r.day)),
};
const isoDate = fc.integer({ min: 0, max: 20_000 }).map((n) => addDays("1960-01-01", n));
/** The party age of a member recognised as full, admitted on `since`. */
const fullAge = (
  since: string,
  gaps: [string, string][] | readonly (readonly [string, string])[],
  on: string,
  left: string | null = null,
) => partyAge({ firstAdmissionDecidedOn: since, partyGaps: gaps, fullMembershipOn: since, exitedOn: left }, on);

describe("party age (domain.md §2.4)", () => {
  it("counts from the admission decision, not the ceremony: 26/7/2015 → 26/7/2016 is one year", () => {
    expect(fullAge("2015-07-26", [], "2016-07-26")).toEqual({ years: 1, months: 0, since: "2015-07-26" });
    expect(fullAge("2015-07-26", [], "2016-07-25")).toEqual({ years: 0, months: 11, since: "2015-07-26" });
  });

  it("subtracts the time outside the Party and stops on the day the member left", () => {
    expect(fullAge("2000-01-01", [["2005-01-01", "2007-01-01"]], "2010-01-01")).toMatchObject({ years: 8, months: 0 });
    expect(fullAge("2000-01-01", [], "2010-01-01", "2003-06-01")).toMatchObject({ years: 3, months: 5 });
  });

  it("exists only for a member recognised as full: none on probation, none for a probationary member struck off", () => {
    const probation = { firstAdmissionDecidedOn: "2025-03-01", partyGaps: [], fullMembershipOn: null, exitedOn: null };
    expect(partyAge(probation, "2026-11-23")).toEqual({ years: 0, months: 0, since: null });
    expect(partyAge({ ...probation, exitedOn: "2026-01-10" }, "2026-11-23").since).toBeNull();
    const full = { ...probation, fullMembershipOn: "2026-03-01" };
    expect(partyAge(full, "2026-11-23")).toEqual({ years: 1, months: 8, since: "2025-03-01" });
  });

  it("never goes down as time passes, and grows by at most the months that pass", () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), (decided, a, b) => {
        const earlier = addDays(decided, Math.min(a, b));
        const later = addDays(decided, Math.max(a, b));
        const ageEarlier = partyAgeMonths(fullAge(decided, [], earlier));
        const ageLater = partyAgeMonths(fullAge(decided, [], later));
        expect(ageLater).toBeGreaterThanOrEqual(ageEarlier);
        expect(ageLater - ageEarlier).toBeLessThanOrEqual(monthsBetween(earlier, later) + 1);
      }),
    );
  });

  it("is never more than the time since the decision, whatever the gaps", () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.array(fc.tuple(fc.nat(3000), fc.nat(800)), { maxLength: 3 }),
        fc.nat(12_000),
        (decided, gaps, span) => {
          const on = addDays(decided, span);
          const periods = gaps.map(
            ([start, length]) => [addDays(decided, start), addDays(decided, start + length)] as const,
          );
          const age = partyAgeMonths(fullAge(decided, periods, on));
          expect(age).toBeGreaterThanOrEqual(0);
          expect(age).toBeLessThanOrEqual(monthsBetween(decided, on));
        },
      ),
    );
  });
});

describe("admission and probation", () => {
  it("admits from 18 to 60 years counted in months", () => {
    expect(admissionAgeProblem("2008-06-15", "2026-06-14", rules)).toBe("tooYoung");
    expect(admissionAgeProblem("2008-06-15", "2026-06-15", rules)).toBeNull();
    expect(admissionAgeProblem("1966-06-15", "2026-06-15", rules)).toBeNull();
    expect(admissionAgeProblem("1966-06-15", "2026-07-15", rules)).toBe("tooOld");
  });

  it("ends probation 12 months after the ceremony, even from 29 February", () => {
    expect(probationEndsOn("2024-02-29", rules)).toBe("2025-02-28");
    expect(probationEndsOn("2025-11-14", rules)).toBe("2026-11-14");
  });

  it("gives the ceremony and the full-membership decision 30 working days each", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), (n) => {
        const decided = addDays("2018-01-01", n);
        expect(workingDaysBetween(decided, ceremonyDeadline(decided, rules, calendar), calendar)).toBe(30);
        const ends = probationEndsOn(decided, rules);
        expect(fullMembershipDeadline(decided, rules, calendar)).toBe(addWorkingDays(ends, 30, calendar));
      }),
    );
  });

  it("checks a new record's dates", () => {
    expect(
      newMemberProblems({ status: "full", birthDate: "1980-01-01", admissionDecidedOn: "2010-01-01" }, "2026-11-23"),
    ).toEqual([{ field: "fullMembershipOn", code: "member.fullNeedsDate" }]);
    expect(
      newMemberProblems({ status: "candidate", birthDate: "2015-01-01", cardNumber: "1" }, "2026-11-23").map(
        (p) => p.code,
      ),
    ).toEqual(["member.birthDateRange", "member.cardOnlyFull"]);
  });
});

describe("party badges (HD 01-HD/TW mục 18)", () => {
  it("finds the next award date among 3/2, 19/5, 2/9, 7/11", () => {
    const days = ["02-03", "05-19", "09-02", "11-07"];
    expect(nextAwardDate("2026-11-23", days)).toBe("2027-02-03");
    expect(nextAwardDate("2026-05-19", days)).toBe("2026-09-02");
  });

  it("counts badge age by month from the decision date", () => {
    const decided = "1987-01-24";
    expect(fullAge(decided, [], addMonths(decided, 480)).years).toBe(40);
  });
});
