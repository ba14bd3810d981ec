import { describe, expect, it } from "vitest";
import { bandOf, isAbove, totalOf, votePasses } from "./ratings.model";

const bands = [
  { level: "excellent" as const, min: 90 },
  { level: "good" as const, min: 70 },
  { level: "completed" as const, min: 50 },
  { level: "not_completed" as const, min: 0 },
];

describe("the self-assessment form's arithmetic (the server decides again)", () => {
  it("adds the points typed, blanks counting as nothing", () => {
    expect(totalOf({ politics: 9, ethics: null, duties: 35, tasks: undefined })).toBe(44);
  });

  it("finds the band of a total at its lower bounds (366-QĐ/TW: 90, 70, 50)", () => {
    expect(bandOf({ bands }, 90)).toBe("excellent");
    expect(bandOf({ bands }, 89)).toBe("good");
    expect(bandOf({ bands }, 70)).toBe("good");
    expect(bandOf({ bands }, 69)).toBe("completed");
    expect(bandOf({ bands }, 50)).toBe("completed");
    expect(bandOf({ bands }, 49)).toBe("not_completed");
    expect(bandOf({ bands: [...bands].reverse() }, 95)).toBe("excellent");
  });

  it("says which levels lie above a band", () => {
    expect(isAbove("excellent", "good")).toBe(true);
    expect(isAbove("good", "good")).toBe(false);
    expect(isAbove("completed", "good")).toBe(false);
  });

  it("passes a proposal only with more than half of those present in favour", () => {
    expect(votePasses({ present: 8, inFavour: 5 })).toBe(true);
    expect(votePasses({ present: 8, inFavour: 4 })).toBe(false);
    expect(votePasses({ present: 7, inFavour: 4 })).toBe(true);
    expect(votePasses({ present: 0, inFavour: 0 })).toBe(false);
  });
});
