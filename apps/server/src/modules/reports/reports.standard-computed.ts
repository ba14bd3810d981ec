import type { TemplateRow, TemplateSection, ValidationRule } from "@dangvu/contract";

/**
 * From 2026 the inspection module keeps the records (issue 11): the figures of inspection, supervision, letters and
 * discipline are computed from them instead of typed in. Each entered id and the computed one that replaces it; a
 * row may move to another level (letters resolved in a period are not a part of those received in it).
 */
const replacements: Readonly<Record<string, { id: string; level?: number }>> = {
  "entered.inspection.orgs": { id: "inspection.inspected.orgs" },
  "entered.inspection.members": { id: "inspection.inspected.members" },
  "entered.inspection.suspectedMembers": { id: "inspection.inspected.suspectedMembers" },
  "entered.supervision.orgs": { id: "inspection.supervised.orgs" },
  "entered.supervision.members": { id: "inspection.supervised.members" },
  "entered.letters.received": { id: "inspection.letters.received" },
  "entered.letters.resolved": { id: "inspection.letters.resolved", level: 0 },
  "entered.discipline.orgs": { id: "inspection.discipline.orgs" },
  "entered.discipline.members": { id: "inspection.discipline.members" },
  "entered.discipline.reprimand": { id: "inspection.discipline.reprimand" },
  "entered.discipline.warning": { id: "inspection.discipline.warning" },
  "entered.discipline.removal": { id: "inspection.discipline.dismissal" },
  "entered.discipline.expulsion": { id: "inspection.discipline.expulsion" },
};

/** Computed rows that have no entered forerunner, printed after the row they detail. */
const added: Readonly<Record<string, string>> = { "inspection.discipline.orgs": "inspection.discipline.dissolution" };

/** The first day of the versions that take the computed figures. */
export const computedInspectionFrom = "2026-01-01";

/** Whether a template version still has entered figures the inspection module now computes. */
export function hasEnteredInspection(sections: readonly TemplateSection[]): boolean {
  return sections.some((s) => s.kind === "table" && s.rows.some((r) => r.indicator in replacements));
}

function switchRow(row: TemplateRow): TemplateRow[] {
  const to = replacements[row.indicator];
  const percentOf = row.percentOf && (replacements[row.percentOf]?.id ?? row.percentOf);
  const switched: TemplateRow = {
    ...row,
    indicator: to?.id ?? row.indicator,
    ...(to?.level !== undefined ? { level: to.level } : {}),
    ...(percentOf ? { percentOf } : {}),
  };
  const detail = added[switched.indicator];
  if (!detail) return [switched];
  return [switched, { indicator: detail, level: Math.min((switched.level ?? 0) + 1, 2) }];
}

/**
 * A version's sections and rules with the computed figures in place of the entered ones, everything else (an
 * office's labels, its other rows and sections) as it was. Rules between replaced figures go: a part never exceeds
 * its total by the records themselves, and letters resolved in a period may have been received before it.
 */
export function withComputedInspection(
  sections: readonly TemplateSection[],
  rules: readonly ValidationRule[],
): { sections: TemplateSection[]; rules: ValidationRule[] } {
  return {
    sections: sections.map((s) => (s.kind === "table" ? { ...s, rows: s.rows.flatMap(switchRow) } : s)),
    rules: rules.filter((r) => !(r.left in replacements) && !(typeof r.right === "string" && r.right in replacements)),
  };
}
