import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import { type EditorValues, nextPeriodStart, toInput } from "./templates-model";

const values: EditorValues = {
  name: "Báo cáo tháng của chi bộ",
  validFrom: dayjs("2027-01-01"),
  dueOffsetDays: 5,
  reportingUnitTypes: ["cell"],
  sections: [
    {
      kind: "table",
      key: "members",
      title: "Đảng viên",
      rows: [
        { indicator: "members.onList", label: "  ", level: 0 },
        { indicator: "members.admitted", label: " Kết nạp ", percentOf: "entered.targets.admissions" },
      ],
    },
    { kind: "narrative", key: "results", title: "Kết quả", hint: "" },
    { kind: "breakdown", key: "ethnicity", title: "Dân tộc", breakdown: "members.byEthnicity" },
  ],
  rules: [
    { left: "members.admitted", op: "lte", right: "members.onList", message: "Phần không vượt tổng" },
    { left: "members.onList", op: "gte", right: "0", message: "Không âm" },
  ],
  document: { typeCode: "BC", summary: "Tháng {period}", signerAuthority: " ", signerTitle: "BÍ THƯ", recipients: [] },
};

describe("the template editor's values as the API takes them", () => {
  it("leaves out empty optional texts, keeps levels and shares, and sends numbers on the right of rules as numbers", () => {
    const input = toInput(values, "month");
    expect(input.validFrom).toBe("2027-01-01");
    expect(input.periodType).toBe("month");
    expect(input.sections[0]).toEqual({
      kind: "table",
      key: "members",
      title: "Đảng viên",
      rows: [
        { indicator: "members.onList", level: 0 },
        { indicator: "members.admitted", label: "Kết nạp", percentOf: "entered.targets.admissions" },
      ],
    });
    expect(input.sections[1]).toEqual({ kind: "narrative", key: "results", title: "Kết quả" });
    expect(input.sections[2]).toEqual(values.sections[2]);
    expect(input.rules.map((r) => r.right)).toEqual(["members.onList", 0]);
    expect(input.document).toEqual({
      typeCode: "BC",
      summary: "Tháng {period}",
      signerTitle: "BÍ THƯ",
      recipients: [],
    });
  });
});

describe("a new version's first day", () => {
  it("is the first day of the next period of the template's type", () => {
    const today = dayjs("2026-11-29");
    expect(nextPeriodStart("month", today).format("YYYY-MM-DD")).toBe("2026-12-01");
    expect(nextPeriodStart("quarter", today).format("YYYY-MM-DD")).toBe("2027-01-01");
    expect(nextPeriodStart("half_year", dayjs("2026-03-10")).format("YYYY-MM-DD")).toBe("2026-07-01");
    expect(nextPeriodStart("year", today).format("YYYY-MM-DD")).toBe("2027-01-01");
    expect(nextPeriodStart("month", dayjs("2026-12-31")).format("YYYY-MM-DD")).toBe("2027-01-01");
  });
});
