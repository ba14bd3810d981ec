import { describe, expect, it } from "vitest";
import { retirementAgeDefaults } from "./members.settings";
import { retirementAgeOn, retirementOn } from "./members-retirement.rules";

const rules = retirementAgeDefaults();

describe("the retirement age under the Labour Code 2019 roadmap (Điều 169; NĐ 135/2020 Phụ lục I)", () => {
  it("is 60 for men and 55 for women before 2021", () => {
    expect(retirementOn("1960-09-15", "male", rules)).toBe("2020-09-15");
    expect(retirementOn("1965-12-01", "female", rules)).toBe("2020-12-01");
    // Born in late 1960: 60 in 2020, under the old code (the table of NĐ 135 starts with January 1961).
    expect(retirementOn("1960-10-15", "male", rules)).toBe("2020-10-15");
  });

  it("rises by 3 months a year for men from 60 years 3 months in 2021 to 62 in 2028", () => {
    expect(retirementOn("1961-01-15", "male", rules)).toBe("2021-04-15");
    expect(retirementOn("1961-09-10", "male", rules)).toBe("2021-12-10");
    expect(retirementOn("1961-10-10", "male", rules)).toBe("2022-04-10");
    expect(retirementOn("1964-06-01", "male", rules)).toBe("2025-09-01");
    expect(retirementOn("1966-04-01", "male", rules)).toBe("2028-04-01");
    expect(retirementOn("1970-01-01", "male", rules)).toBe("2032-01-01");
  });

  it("rises by 4 months a year for women from 55 years 4 months in 2021 to 60 in 2035", () => {
    expect(retirementOn("1966-01-01", "female", rules)).toBe("2021-05-01");
    expect(retirementOn("1966-08-01", "female", rules)).toBe("2021-12-01");
    expect(retirementOn("1966-09-01", "female", rules)).toBe("2022-05-01");
    expect(retirementOn("1969-03-01", "female", rules)).toBe("2025-11-01");
    expect(retirementOn("1970-01-15", "female", rules)).toBe("2027-05-15");
    expect(retirementOn("1980-05-01", "female", rules)).toBe("2040-05-01");
  });

  it("gives the age in force for a year, in years and months", () => {
    expect(retirementAgeOn(2026, "male", rules)).toEqual({ years: 61, months: 6 });
    expect(retirementAgeOn(2026, "female", rules)).toEqual({ years: 57, months: 0 });
    expect(retirementAgeOn(2040, "male", rules)).toEqual({ years: 62, months: 0 });
  });
});
