import type {
  PeriodType,
  ReportTemplate,
  ReportTemplateVersionInput,
  TemplateSection,
  ValidationRule,
} from "@dangvu/contract";
import type { Dayjs } from "dayjs";
import { toIsoDate } from "../../lib/dates";

/** A rule as the form holds it: the right side as typed or picked (a number is text in a select). */
export type RuleValue = Omit<ValidationRule, "right"> & { right: string };

/** The template editor's form values. */
export interface EditorValues {
  name: string;
  validFrom: Dayjs;
  dueOffsetDays: number;
  reportingUnitTypes: ReportTemplate["reportingUnitTypes"];
  sections: TemplateSection[];
  rules: RuleValue[];
  document: ReportTemplate["document"];
}

/** The form's values as the API takes them: empty optional texts left out, numbers on the right of rules. */
export function toInput(values: EditorValues, periodType: PeriodType): ReportTemplateVersionInput {
  const text = (s: string | undefined | null) => (s?.trim() ? s.trim() : undefined);
  const sections = values.sections.map((section): TemplateSection => {
    if (section.kind === "table")
      return {
        ...section,
        rows: (section.rows ?? []).map((row) => ({
          indicator: row.indicator,
          ...(text(row.label) ? { label: text(row.label) } : {}),
          ...(row.level !== undefined && row.level !== null ? { level: row.level } : {}),
          ...(row.percentOf ? { percentOf: row.percentOf } : {}),
        })),
      };
    if (section.kind === "narrative")
      return {
        kind: "narrative",
        key: section.key,
        title: section.title,
        ...(text(section.hint) ? { hint: text(section.hint) } : {}),
      };
    return section;
  });
  const signerAuthority = text(values.document.signerAuthority);
  return {
    name: values.name,
    periodType,
    validFrom: toIsoDate(values.validFrom),
    dueOffsetDays: values.dueOffsetDays,
    reportingUnitTypes: values.reportingUnitTypes,
    sections,
    rules: (values.rules ?? []).map((r) => ({ ...r, right: /^\d+$/.test(r.right) ? Number(r.right) : r.right })),
    document: {
      typeCode: values.document.typeCode,
      summary: values.document.summary,
      signerTitle: values.document.signerTitle,
      recipients: values.document.recipients ?? [],
      ...(signerAuthority ? { signerAuthority } : {}),
    },
  };
}

/** The first day of the period after today's, where a new version most often starts. */
export function nextPeriodStart(type: PeriodType, today: Dayjs): Dayjs {
  const months = { month: 1, quarter: 3, half_year: 6, nine_months: 12, year: 12, term: 12 }[type];
  const start = today.startOf("year").add(Math.floor(today.month() / months) * months, "month");
  return start.add(months, "month");
}
