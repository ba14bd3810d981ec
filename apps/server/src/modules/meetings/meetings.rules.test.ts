import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seededScoringTemplate } from "../../rules/scoring-template";
import {
  attendanceCounts,
  attendees,
  checkinCode,
  checkinCodeValid,
  excusedStreak,
  type RosterMember,
  scoreMeeting,
  unexcusedMonths,
  voteTooLarge,
  yearlyRating,
} from "./meetings.rules";

const template = seededScoringTemplate;

describe("meeting rules", () => {
  it("leaves exempt and temporarily absent members out of the attendance rate", () => {
    const roster: RosterMember[] = [
      { memberId: "a", status: "full", counted: true, attendance: "present" },
      { memberId: "b", status: "full", counted: true, attendance: "absent_excused" },
      { memberId: "c", status: "full", counted: false, attendance: null },
      { memberId: "d", status: "probationary", counted: true, attendance: "present" },
    ];
    expect(attendanceCounts(roster)).toMatchObject({
      fullMembers: 3,
      probationaryMembers: 1,
      counted: 3,
      present: 2,
      presentFull: 1,
      absentExcused: 1,
      attendanceRate: 66.7,
    });
  });

  it("shows a member here in temporary activity without counting them, and leaves out the cell's own away", () => {
    const roster: RosterMember[] = [
      { memberId: "a", status: "full", counted: true, attendance: "present" },
      { memberId: "b", status: "full", counted: true, attendance: "absent_excused" },
      { memberId: "guest", status: "full", counted: false, temporary: true, attendance: "present" },
      { memberId: "away", status: "full", counted: false, away: true, attendance: null },
    ];
    expect(attendees(roster).map((m) => m.memberId)).toEqual(["a", "b", "guest"]);
    expect(attendanceCounts(roster)).toMatchObject({
      fullMembers: 3,
      away: 1,
      temporary: 1,
      counted: 2,
      present: 1,
      presentFull: 1,
      attendanceRate: 50,
    });
  });

  it("refuses more ballots than full members present", () => {
    expect(voteTooLarge({ forCount: 5, againstCount: 1, abstainCount: 0 }, 6)).toBe(false);
    expect(voteTooLarge({ forCount: 5, againstCount: 1, abstainCount: 1 }, 6)).toBe(true);
  });

  it("scores on the 100-point template: Tốt ≥ 90, Khá 70–<90, Trung bình 50–<70, Kém < 50", () => {
    expect(scoreMeeting(template, { preparation: 15, attendance: 20, conduct: 40, closing: 15 })).toEqual({
      problems: [],
      total: 90,
      level: "good",
    });
    expect(scoreMeeting(template, { preparation: 10, attendance: 15, conduct: 30, closing: 14 }).level).toBe("average");
    expect(scoreMeeting(template, { preparation: 16, attendance: 20, conduct: 40, closing: 15 }).problems).toEqual([
      "preparation",
    ]);
    expect(scoreMeeting(template, { preparation: 15, attendance: 20, conduct: 40 }).problems).toEqual(["closing"]);
  });

  it("never gives a total outside 0–100 or a level that disagrees with it", () => {
    fc.assert(
      fc.property(fc.nat(15), fc.nat(20), fc.nat(45), fc.nat(20), (p, a, c, k) => {
        const { total, level, problems } = scoreMeeting(template, {
          preparation: p,
          attendance: a,
          conduct: c,
          closing: k,
        });
        expect(problems).toEqual([]);
        expect(total).toBe(p + a + c + k);
        expect(level).toBe(total >= 90 ? "good" : total >= 70 ? "fair" : total >= 50 ? "average" : "poor");
      }),
    );
  });

  it("rates a year Tốt with every meeting Khá or better and at least 7 Tốt", () => {
    expect(yearlyRating([...Array(7).fill("good"), ...Array(5).fill("fair")])).toBe("good");
    expect(yearlyRating([...Array(6).fill("good"), ...Array(6).fill("fair")])).toBe("fair");
    expect(yearlyRating([...Array(11).fill("good"), "average"])).toBe("fair");
    expect(yearlyRating([...Array(10).fill("good"), "poor", "poor"])).toBe("average");
    expect(yearlyRating([])).toBeNull();
  });

  it("gives a code that changes every minute and still accepts the previous minute's", () => {
    const at = new Date("2026-11-23T08:00:30Z");
    const code = checkinCode("bí mật", at);
    expect(code).toMatch(/^\d{6}$/);
    expect(checkinCodeValid("bí mật", code, new Date("2026-11-23T08:01:10Z"))).toBe(true);
    expect(checkinCodeValid("bí mật", code, new Date("2026-11-23T08:02:10Z"))).toBe(false);
    expect(checkinCodeValid("khác", code, at)).toBe(false);
  });

  it("counts absences with a reason in a row from the latest meeting back", () => {
    expect(excusedStreak(["absent_excused", "absent_excused", "absent_excused", "absent_excused", "present"])).toBe(4);
    expect(excusedStreak(["absent_excused", "absent_unexcused", "absent_excused"])).toBe(1);
    expect(excusedStreak(["present", "absent_excused"])).toBe(0);
    expect(excusedStreak(["absent_excused", null, "absent_excused"])).toBe(1);
  });

  it("counts the months of a year with an absence without reason once each, in or out of a row", () => {
    expect(unexcusedMonths(["11", "07", "09", "11"])).toEqual(["07", "09", "11"]);
  });
});
