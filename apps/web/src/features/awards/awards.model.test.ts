import type { AwardForm } from "@dangvu/contract";
import { describe, expect, it } from "vitest";
import { formsFor, mayAward } from "./awards.model";

const forms: AwardForm[] = [
  {
    code: "certificate_of_merit",
    label: "Giấy khen",
    labelEn: "Certificate of merit",
    awardedBy: [
      { unitType: "grassroots_cell", recipients: ["member"] },
      { unitType: "grassroots_committee", recipients: ["member", "org"] },
    ],
  },
  {
    code: "emulation_flag",
    label: "Cờ thi đua",
    labelEn: "Emulation flag",
    awardedBy: [{ unitType: "provincial_committee", recipients: ["org"] }],
  },
];

describe("the catalogue of forms on the desk", () => {
  it("offers a member only the forms some body gives to members", () => {
    expect(formsFor(forms, "member").map((f) => f.code)).toEqual(["certificate_of_merit"]);
    expect(formsFor(forms, "org").map((f) => f.code)).toEqual(["certificate_of_merit", "emulation_flag"]);
  });

  it("lets a deciding unit be chosen only when its type may award the form to that recipient", () => {
    expect(mayAward(forms[0], "grassroots_cell", "member")).toBe(true);
    expect(mayAward(forms[0], "grassroots_cell", "org")).toBe(false);
    expect(mayAward(forms[0], "cell", "member")).toBe(false);
    expect(mayAward(undefined, "grassroots_committee", "member")).toBe(false);
  });
});
