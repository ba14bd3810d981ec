import { ReportTemplateInput } from "@dangvu/contract";
import { describe, expect, it } from "vitest";
import { buildRegistry } from "../../platform/module";
import { serverModules } from "../../server-modules";
import { enteredById } from "./reports.entered";
import { computedInspectionFrom, hasEnteredInspection, withComputedInspection } from "./reports.standard-computed";
import { standardTemplates } from "./reports.standard-templates";
import { templateFaults } from "./reports-templates.rules";

const registry = buildRegistry(serverModules());
const known = (id: string) => registry.indicators.has(id) || enteredById.has(id);
const catalog = {
  indicators: new Set([...registry.indicators.keys(), ...enteredById.keys()]),
  breakdowns: new Set(registry.breakdowns.keys()),
};
const byCode = (code: string) => {
  const template = standardTemplates.find((t) => t.code === code);
  if (!template) throw new Error(`no template ${code}`);
  return template;
};
const rowsOf = (template: ReportTemplateInput) => template.sections.flatMap((s) => (s.kind === "table" ? s.rows : []));

describe("standard report templates", () => {
  it("are valid template inputs, each code once", () => {
    for (const template of standardTemplates) expect(ReportTemplateInput.parse(template)).toEqual(template);
    const codes = standardTemplates.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([
      "cell_monthly",
      "base_half_year",
      "base_year",
      "committee_half_year",
      "committee_year",
      "stats_1_tctw",
      "stats_2_tctw",
      "stats_3_tctw",
      "stats_4_tctw",
      "member_list_7_hsdv",
    ]);
  });

  it("name only indicators and breakdowns that exist, and pass the template checks", () => {
    for (const template of standardTemplates) {
      for (const row of rowsOf(template)) {
        expect(known(row.indicator), `${template.code}: ${row.indicator}`).toBe(true);
        if (row.percentOf) expect(known(row.percentOf), `${template.code}: ${row.percentOf}`).toBe(true);
      }
      for (const section of template.sections)
        if (section.kind === "breakdown") expect(registry.breakdowns.has(section.breakdown)).toBe(true);
      expect(templateFaults(template, catalog), template.code).toEqual({});
    }
  });

  it("end the periodic reports with results, limitations and causes, and the next period's tasks", () => {
    for (const code of ["cell_monthly", "base_half_year", "base_year", "committee_half_year", "committee_year"]) {
      const narrative = byCode(code).sections.filter((s) => s.kind === "narrative");
      expect(narrative.map((s) => s.key)).toEqual(["results", "limitations", "tasks"]);
    }
    expect(byCode("cell_monthly").sections.at(-1)?.title).toBe("Phương hướng, nhiệm vụ tháng tới");
  });

  it("count admissions against the year's target and rate quality only in the annual reports", () => {
    for (const code of ["base_half_year", "base_year", "committee_half_year", "committee_year"]) {
      const admitted = rowsOf(byCode(code)).find((r) => r.indicator === "members.admitted");
      expect(admitted?.percentOf).toBe("entered.targets.admissions");
      const rated = rowsOf(byCode(code)).some((r) => r.indicator.startsWith("ratings."));
      expect(rated).toBe(!code.endsWith("_half_year"));
    }
  });

  it("hold a part to its total as validation rules", () => {
    const rules = byCode("committee_year").rules.map((r) => `${r.left} ${r.op} ${r.right}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        "entered.letters.resolved lte entered.letters.received",
        "entered.inspection.suspectedMembers lte entered.inspection.members",
        "entered.discipline.reprimand lte entered.discipline.members",
        "entered.discipline.warning lte entered.discipline.members",
        "entered.discipline.removal lte entered.discipline.members",
        "entered.discipline.expulsion lte entered.discipline.members",
      ]),
    );
  });

  it("print in the party format: BC, the period in the summary, the signing body, recipients ending with Lưu", () => {
    for (const template of standardTemplates) {
      expect(template.document.typeCode).toBe("BC");
      expect(template.document.summary).toContain("{period}");
      const last = template.document.recipients.at(-1) ?? "";
      expect(last).toMatch(/^Lưu [^:]+$/);
    }
    expect(byCode("cell_monthly").document).toMatchObject({ signerAuthority: "T/M CHI ỦY", signerTitle: "BÍ THƯ" });
    expect(byCode("base_year").document.signerAuthority).toBe("T/M ĐẢNG ỦY");
    expect(byCode("committee_year").document.signerAuthority).toBe("T/M BAN THƯỜNG VỤ");
  });

  it("make the statistics tables yearly, as at 31-12, and the member list book quarterly", () => {
    for (const form of [1, 2, 3, 4]) {
      const stats = byCode(`stats_${form}_tctw`);
      expect(stats.periodType).toBe("year");
      expect(stats.reportingUnitTypes).toEqual(["grassroots_committee", "grassroots_cell"]);
      expect(stats.document.summary).toContain("có đến 31-12");
    }
    const book = byCode("member_list_7_hsdv");
    expect(book.periodType).toBe("quarter");
    expect(book.sections.some((s) => s.kind === "memberList")).toBe(true);
  });

  it("take the inspection figures from the records from 2026, keeping every other row, section and rule", () => {
    const switched = standardTemplates.filter((t) => hasEnteredInspection(t.sections)).map((t) => t.code);
    expect(switched).toEqual(["base_half_year", "base_year", "committee_half_year", "committee_year"]);
    for (const code of switched) {
      const before = byCode(code);
      const after = {
        ...before,
        validFrom: computedInspectionFrom,
        ...withComputedInspection(before.sections, before.rules),
      };
      expect(ReportTemplateInput.parse(after)).toEqual(after);
      expect(templateFaults(after, catalog), code).toEqual({});
      const ids = rowsOf(after).map((r) => r.indicator);
      for (const id of ids) expect(known(id), `${code}: ${id}`).toBe(true);
      expect(ids.filter((id) => /^entered\.(inspection|supervision|letters|discipline)\./.test(id))).toEqual([]);
      expect(ids.filter((id) => id.startsWith("entered."))).toEqual(
        rowsOf(before)
          .map((r) => r.indicator)
          .filter((id) => /^entered\.(targets|training|propaganda|politicalStandards|selfCorrection)\./.test(id)),
      );
      expect(after.rules).toEqual([]);
      expect(after.sections.map((s) => s.key)).toEqual(before.sections.map((s) => s.key));
      const inspection = after.sections.find((s) => s.key === "inspection");
      expect(inspection?.kind === "table" && inspection.rows.map((r) => `${r.level ?? 0} ${r.indicator}`)).toEqual([
        "0 inspection.inspected.orgs",
        "0 inspection.inspected.members",
        "1 inspection.inspected.suspectedMembers",
        "0 inspection.supervised.orgs",
        "0 inspection.supervised.members",
        "0 inspection.letters.received",
        "0 inspection.letters.resolved",
        "0 inspection.discipline.orgs",
        "1 inspection.discipline.dissolution",
        "0 inspection.discipline.members",
        "1 inspection.discipline.reprimand",
        "1 inspection.discipline.warning",
        "1 inspection.discipline.dismissal",
        "1 inspection.discipline.expulsion",
      ]);
    }
  });

  it("keep an office's own labels and rules when switching", () => {
    const sections = [
      {
        kind: "table" as const,
        key: "own",
        title: "Riêng",
        rows: [
          { indicator: "entered.letters.received", label: "Đơn thư nhận được" },
          { indicator: "entered.training.classes" },
        ],
      },
    ];
    const rules = [
      { left: "entered.training.learners", op: "gte" as const, right: "entered.training.classes", message: "Ít nhất" },
      { left: "entered.letters.resolved", op: "lte" as const, right: 100, message: "Tối đa" },
    ];
    const after = withComputedInspection(sections, rules);
    expect(after.sections[0]).toMatchObject({
      rows: [
        { indicator: "inspection.letters.received", label: "Đơn thư nhận được" },
        { indicator: "entered.training.classes" },
      ],
    });
    expect(after.rules).toEqual([rules[0]]);
  });
});
