import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths } from "../../rules/dates";
import {
  ageMonthsOn as ageOf,
  type BadgeKind,
  type BadgeRuleSet,
  type BadgeSubject,
  badgeCandidate,
  badgeRefusal,
  dateReaching,
  disciplineClearsOn,
  earlyAllowance,
  nextMilestone,
  type PartyAgeRecord,
  previousAwardDate,
} from "./awards-badges.rules";
import { badgeDisciplineDelayDefaults, badgeEarlyDefaults } from "./awards-badges.settings";

const rules: BadgeRuleSet = {
  milestones: [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90],
  awardDays: ["02-03", "05-19", "09-02", "11-07"],
  early: badgeEarlyDefaults(),
  delay: badgeDisciplineDelayDefaults(),
};

const isoDate = fc
  .integer({ min: 0, max: 365 * 80 })
  .map((n) => addDays("1930-01-01", n))
  .filter((d) => d <= "2009-12-31");

/** A full member admitted on a random day, with up to two gaps outside the Party after admission. */
const recordArb: fc.Arbitrary<PartyAgeRecord> = isoDate.chain((since) =>
  fc
    .array(fc.tuple(fc.integer({ min: 12, max: 400 }), fc.integer({ min: 1, max: 60 })), { maxLength: 2 })
    .map((gaps) => {
      let cursor = addMonths(since, 12);
      const partyGaps = gaps.map(([after, length]) => {
        const from = addMonths(cursor, after);
        cursor = addMonths(from, length);
        return [from, cursor] as [string, string];
      });
      return { firstAdmissionDecidedOn: since, fullMembershipOn: addMonths(since, 12), partyGaps, exitedOn: null };
    }),
);

const subjectOf = (record: PartyAgeRecord, extra: Partial<BadgeSubject> = {}): BadgeSubject => ({
  record,
  deceased: false,
  onList: true,
  awarded: [],
  disciplines: [],
  ...extra,
});

const kindArb = fc.constantFrom<BadgeKind>("regular", "early_illness", "posthumous");
const awardOn = fc.integer({ min: 0, max: 365 * 40 }).map((n) => addDays("2000-01-01", n));

describe("party badge rules (domain.md §6.3)", () => {
  it("never awards a badge before its milestone beyond the allowance of its kind (regular: none, illness 12/24 months, posthumous 12)", () => {
    fc.assert(
      fc.property(recordArb, fc.constantFrom(...rules.milestones), kindArb, awardOn, (record, milestone, kind, on) => {
        const deceased = kind === "posthumous";
        const subject = subjectOf(deceased ? { ...record, exitedOn: on } : record, { deceased });
        if (badgeRefusal(subject, { milestone, kind, on }, rules) !== null) return;
        const allowance = earlyAllowance(milestone, kind, rules.early);
        expect(allowance).toBe(kind === "regular" ? 0 : kind === "posthumous" ? 12 : milestone >= 70 ? 24 : 12);
        // The day the party age (of the member had they lived on) is the milestone less the allowance: by the award date.
        const within = dateReaching(record, milestone * 12 - allowance);
        expect(within).not.toBeNull();
        expect((within as string) <= on).toBe(true);
        if (kind === "regular") expect((dateReaching(record, milestone * 12) as string) <= on).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("finds the first day of a party age, gaps subtracted", () => {
    fc.assert(
      fc.property(recordArb, fc.integer({ min: 1, max: 90 * 12 }), (record, months) => {
        const on = dateReaching(record, months) as string;
        expect(ageOf(record, on)).toBeGreaterThanOrEqual(months);
        expect(ageOf(record, addDays(on, -1))).toBeLessThan(months);
      }),
      { numRuns: 200 },
    );
  });

  it("lists each living member once per milestone: on the one award date whose window holds the day it is reached", () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        const subject = subjectOf(record);
        const year = Number(record.firstAdmissionDecidedOn?.slice(0, 4)) + 29;
        const dates = [year, year + 1, year + 2].flatMap((y) => rules.awardDays.map((md) => `${y}-${md}`));
        const hits = dates
          .map((on) => badgeCandidate(subject, on, previousAwardDate(on, rules.awardDays), rules))
          .filter((c) => c?.milestone === 30);
        const reached = dateReaching(record, 360) as string;
        const expected =
          dates.some((d) => d >= reached) && reached > previousAwardDate(dates[0] as string, rules.awardDays);
        expect(hits.length).toBe(expected ? 1 : 0);
        for (const hit of hits) expect(hit?.reachedOn).toBe(reached);
      }),
      { numRuns: 200 },
    );
  });

  it("delays a disciplined member 6, 9 or 12 months after the decision, whatever the form order", () => {
    expect(disciplineClearsOn([{ form: "reprimand", decidedOn: "2026-01-10" }], rules.delay, "2026-12-01")).toBe(
      "2026-07-10",
    );
    expect(disciplineClearsOn([{ form: "warning", decidedOn: "2026-01-10" }], rules.delay, "2026-12-01")).toBe(
      "2026-10-10",
    );
    expect(disciplineClearsOn([{ form: "dismissal", decidedOn: "2026-01-10" }], rules.delay, "2026-12-01")).toBe(
      "2027-01-10",
    );
    // A decision after the award date does not count for it.
    expect(disciplineClearsOn([{ form: "warning", decidedOn: "2027-01-10" }], rules.delay, "2026-12-01")).toBeNull();
    fc.assert(
      fc.property(recordArb, fc.constantFrom("reprimand", "warning", "dismissal"), awardOn, (record, form, on) => {
        const decidedOn = addMonths(on, -3);
        const subject = subjectOf(record, { disciplines: [{ form, decidedOn }] });
        const milestone = rules.milestones.find((m) => ageOf(record, on) >= m * 12);
        if (!milestone) return;
        expect(badgeRefusal(subject, { milestone, kind: "regular", on }, rules)).toBe("badge.disciplineDelay");
      }),
    );
  });

  it("flags a disciplined member on the list with the day the delay ends, and lists them when it ends", () => {
    const record = {
      firstAdmissionDecidedOn: "1986-12-20",
      fullMembershipOn: "1987-12-20",
      partyGaps: [],
      exitedOn: null,
    };
    const subject = subjectOf(record, { disciplines: [{ form: "warning", decidedOn: "2026-08-01" }] });
    const feb = badgeCandidate(subject, "2027-02-03", "2026-11-07", rules);
    expect(feb).toMatchObject({ milestone: 40, kind: "regular", delayedUntil: "2027-05-01" });
    expect(badgeCandidate(subject, "2027-05-19", "2027-02-03", rules)).toMatchObject({
      milestone: 40,
      delayedUntil: null,
    });
  });

  it("lists a member who died in the window for a posthumous badge up to 12 months early, not for a living one", () => {
    const record = {
      firstAdmissionDecidedOn: "1987-06-01",
      fullMembershipOn: "1988-06-01",
      partyGaps: [],
      exitedOn: "2026-12-15",
    };
    const subject = subjectOf(record, { deceased: true, onList: false });
    expect(badgeCandidate(subject, "2027-02-03", "2026-11-07", rules)).toMatchObject({
      milestone: 40,
      kind: "posthumous",
    });
    expect(badgeRefusal(subject, { milestone: 40, kind: "posthumous", on: "2027-02-03" }, rules)).toBeNull();
    expect(badgeRefusal(subject, { milestone: 40, kind: "regular", on: "2027-02-03" }, rules)).toBe(
      "badge.deceasedPosthumous",
    );
    const living = subjectOf({ ...record, exitedOn: null });
    expect(badgeRefusal(living, { milestone: 40, kind: "posthumous", on: "2027-02-03" }, rules)).toBe(
      "badge.posthumousLiving",
    );
  });

  it("refuses a second badge for a milestone, and a reissue of one never received", () => {
    const record = {
      firstAdmissionDecidedOn: "1980-01-01",
      fullMembershipOn: "1981-01-01",
      partyGaps: [],
      exitedOn: null,
    };
    const subject = subjectOf(record, { awarded: [30, 40] });
    expect(badgeRefusal(subject, { milestone: 40, kind: "regular", on: "2026-11-07" }, rules)).toBe("badge.duplicate");
    expect(badgeRefusal(subject, { milestone: 40, kind: "reissue", on: "2026-11-07" }, rules)).toBeNull();
    expect(badgeRefusal(subject, { milestone: 45, kind: "reissue", on: "2026-11-07" }, rules)).toBe(
      "badge.reissueNotHeld",
    );
    expect(badgeRefusal(subject, { milestone: 35, kind: "regular", on: "2026-11-07" }, rules)).toBe(
      "badge.unknownMilestone",
    );
  });

  it("names the next milestone and its award day after the badges received", () => {
    const record = {
      firstAdmissionDecidedOn: "1987-01-24",
      fullMembershipOn: "1988-01-24",
      partyGaps: [],
      exitedOn: null,
    };
    expect(nextMilestone(subjectOf(record, { awarded: [30] }), "2026-11-29", rules)).toEqual({
      milestone: 40,
      reachedOn: "2027-01-24",
      awardOn: "2027-02-03",
    });
    expect(nextMilestone(subjectOf(record, { awarded: [30, 40] }), "2026-11-29", rules)).toMatchObject({
      milestone: 45,
      awardOn: "2032-02-03",
    });
    // A badge decided for a coming award day is still the next one, until that day.
    const decided = [{ milestone: 40, awardDate: "2027-02-03" }];
    expect(nextMilestone(subjectOf(record, { awarded: [30, 40] }), "2026-11-29", rules, decided)).toMatchObject({
      milestone: 40,
      awardOn: "2027-02-03",
    });
    expect(nextMilestone(subjectOf(record, { awarded: [30, 40] }), "2027-02-04", rules, decided)).toMatchObject({
      milestone: 45,
    });
  });
});
