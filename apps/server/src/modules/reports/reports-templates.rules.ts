import type { ReportTemplateVersionInput } from "@dangvu/contract";

/** What a template may refer to: the indicators (computed and entered) and the breakdowns the modules provide. */
export interface TemplateCatalog {
  indicators: ReadonlySet<string>;
  breakdowns: ReadonlySet<string>;
}

type Checked = Pick<ReportTemplateVersionInput, "sections" | "rules" | "reportingUnitTypes">;

/**
 * The faults of a template version as field path → message code (`sections.2.rows.0.indicator` →
 * `reportTemplate.unknownIndicator`); empty when it is sound. Rows and percentages name known indicators, breakdown
 * sections known breakdowns, section keys are unique, rule operands are the template's own rows or numbers, and at
 * least one unit type reports.
 */
export function templateFaults(input: Checked, catalog: TemplateCatalog): Record<string, string> {
  const faults: Record<string, string> = {};
  const keys = new Set<string>();
  const rowIndicators = new Set<string>();
  input.sections.forEach((section, s) => {
    if (keys.has(section.key)) faults[`sections.${s}.key`] = "reportTemplate.duplicateSection";
    keys.add(section.key);
    if (section.kind === "breakdown" && !catalog.breakdowns.has(section.breakdown))
      faults[`sections.${s}.breakdown`] = "reportTemplate.unknownBreakdown";
    if (section.kind !== "table") return;
    section.rows.forEach((row, r) => {
      rowIndicators.add(row.indicator);
      if (!catalog.indicators.has(row.indicator))
        faults[`sections.${s}.rows.${r}.indicator`] = "reportTemplate.unknownIndicator";
      if (row.percentOf !== undefined && !catalog.indicators.has(row.percentOf))
        faults[`sections.${s}.rows.${r}.percentOf`] = "reportTemplate.unknownIndicator";
    });
  });
  input.rules.forEach((rule, i) => {
    if (!rowIndicators.has(rule.left)) faults[`rules.${i}.left`] = "reportTemplate.ruleOperand";
    if (typeof rule.right === "string" && !rowIndicators.has(rule.right))
      faults[`rules.${i}.right`] = "reportTemplate.ruleOperand";
  });
  if (input.reportingUnitTypes.length === 0) faults.reportingUnitTypes = "reportTemplate.noUnitTypes";
  return faults;
}

/** Whether a new version may start on `validFrom`: strictly after the latest version's start. */
export function startsAfter(validFrom: string, latestValidFrom: string | undefined): boolean {
  return latestValidFrom === undefined || validFrom > latestValidFrom;
}

/**
 * Whether an edited version's start keeps the versions in order: after the one before it and before the one after
 * it (either may be missing).
 */
export function staysBetween(validFrom: string, before: string | undefined, after: string | undefined): boolean {
  return (before === undefined || validFrom > before) && (after === undefined || validFrom < after);
}

const pathWords = {
  vi: {
    sections: "phần",
    rows: "dòng",
    rules: "quy tắc",
    indicator: "chỉ tiêu",
    percentOf: "tỷ lệ so với",
    breakdown: "bảng phân tổ",
    key: "mã phần",
    left: "vế trái",
    right: "vế phải",
    reportingUnitTypes: "loại tổ chức báo cáo",
  },
  en: {
    sections: "section",
    rows: "row",
    rules: "rule",
    indicator: "indicator",
    percentOf: "share of",
    breakdown: "breakdown",
    key: "section key",
    left: "left side",
    right: "right side",
    reportingUnitTypes: "reporting unit types",
  },
} as const;

/** A field path as a reader says it: `sections.2.rows.0.indicator` → "phần 3, dòng 1, chỉ tiêu". */
export function pathLabel(lang: "vi" | "en", path: string): string {
  const words: Record<string, string> = pathWords[lang];
  const parts = path.split(".");
  const said: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const next = parts[i + 1];
    if (next !== undefined && /^\d+$/.test(next)) {
      said.push(`${words[part] ?? part} ${Number(next) + 1}`);
      i++;
    } else said.push(words[part] ?? part);
  }
  return said.join(", ");
}
