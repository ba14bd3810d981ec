import type { ReportTemplateVersionInput } from "@dangvu/contract";
import { describe, expect, it } from "vitest";
import { pathLabel, startsAfter, staysBetween, templateFaults } from "./reports-templates.rules";

const catalog = {
  indicators: new Set(["members.onList", "members.admitted", "entered.targets.admissions"]),
  breakdowns: new Set(["members.byEthnicity"]),
};

const sound: Pick<ReportTemplateVersionInput, "sections" | "rules" | "reportingUnitTypes"> = {
  reportingUnitTypes: ["cell"],
  sections: [
    {
      kind: "table",
      key: "members",
      title: "Đảng viên",
      rows: [
        { indicator: "members.onList" },
        { indicator: "members.admitted", level: 1, percentOf: "entered.targets.admissions" },
        { indicator: "entered.targets.admissions" },
      ],
    },
    { kind: "breakdown", key: "ethnicity", title: "Dân tộc", breakdown: "members.byEthnicity" },
    { kind: "narrative", key: "results", title: "Kết quả" },
  ],
  rules: [
    { left: "members.admitted", op: "lte", right: "members.onList", message: "Phần không vượt tổng" },
    { left: "members.onList", op: "gte", right: 0, message: "Không âm" },
  ],
};

describe("templateFaults", () => {
  it("finds nothing wrong in a sound template", () => {
    expect(templateFaults(sound, catalog)).toEqual({});
  });

  it("names the path of an unknown indicator, percentage base and breakdown", () => {
    const sections = structuredClone(sound.sections);
    const table = sections[0];
    if (table?.kind !== "table") throw new Error("fixture");
    table.rows[1] = { indicator: "members.nothing", percentOf: "entered.nothing" };
    sections[1] = { kind: "breakdown", key: "ethnicity", title: "Dân tộc", breakdown: "members.byShoeSize" };
    const faults = templateFaults({ ...sound, sections, rules: [] }, catalog);
    expect(faults).toEqual({
      "sections.0.rows.1.indicator": "reportTemplate.unknownIndicator",
      "sections.0.rows.1.percentOf": "reportTemplate.unknownIndicator",
      "sections.1.breakdown": "reportTemplate.unknownBreakdown",
    });
  });

  it("refuses a second section with the same key", () => {
    const sections = [...sound.sections, { kind: "narrative" as const, key: "results", title: "Lại kết quả" }];
    expect(templateFaults({ ...sound, sections }, catalog)).toEqual({
      "sections.3.key": "reportTemplate.duplicateSection",
    });
  });

  it("accepts rule operands among the template's rows or numbers, not indicators it does not print", () => {
    const rules = [
      { left: "members.admitted", op: "lte" as const, right: "members.full", message: "x" },
      { left: "members.recognisedFull", op: "gte" as const, right: 3, message: "y" },
    ];
    expect(templateFaults({ ...sound, rules }, catalog)).toEqual({
      "rules.0.right": "reportTemplate.ruleOperand",
      "rules.1.left": "reportTemplate.ruleOperand",
    });
  });

  it("asks for at least one reporting unit type", () => {
    expect(templateFaults({ ...sound, reportingUnitTypes: [] }, catalog)).toEqual({
      reportingUnitTypes: "reportTemplate.noUnitTypes",
    });
  });
});

describe("version dates", () => {
  it("starts a new version only after the latest one", () => {
    expect(startsAfter("2027-01-01", undefined)).toBe(true);
    expect(startsAfter("2027-01-01", "2026-01-01")).toBe(true);
    expect(startsAfter("2026-01-01", "2026-01-01")).toBe(false);
    expect(startsAfter("2025-12-31", "2026-01-01")).toBe(false);
  });

  it("keeps an edited start between its neighbours", () => {
    expect(staysBetween("2026-06-01", "2026-01-01", "2027-01-01")).toBe(true);
    expect(staysBetween("2026-01-01", "2026-01-01", undefined)).toBe(false);
    expect(staysBetween("2027-01-01", undefined, "2027-01-01")).toBe(false);
    expect(staysBetween("1999-01-01", undefined, undefined)).toBe(true);
  });
});

describe("pathLabel", () => {
  it("says a field path counting from one", () => {
    expect(pathLabel("vi", "sections.2.rows.0.indicator")).toBe("phần 3, dòng 1, chỉ tiêu");
    expect(pathLabel("en", "rules.0.right")).toBe("rule 1, right side");
    expect(pathLabel("vi", "reportingUnitTypes")).toBe("loại tổ chức báo cáo");
  });
});
