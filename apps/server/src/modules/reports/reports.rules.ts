import type { ReportStatus, TemplateSection, ValidationRule } from "@dangvu/contract";
import { isEntered } from "./reports.entered";

/** What can be done to a report: by its unit (edit, refresh, submit) or by the unit above (approve, return, reopen). */
export type ReportStep = "edit" | "submit" | "approve" | "return" | "reopen";

/**
 * The workflow, as a table: from each status, the steps allowed and the status they lead to. A draft (or a report
 * not started) is edited and submitted; the unit above approves a submitted report or returns it with a comment,
 * which makes it editable again; an approved report is locked, and only the unit above reopens it, with a reason.
 */
export const workflow: Record<ReportStatus, Partial<Record<ReportStep, ReportStatus>>> = {
  not_started: { edit: "draft", submit: "submitted" },
  draft: { edit: "draft", submit: "submitted" },
  returned: { edit: "returned", submit: "submitted" },
  submitted: { approve: "approved", return: "returned" },
  approved: { reopen: "returned" },
};

/** The status a step leads to, or undefined when the step is not allowed from this status. */
export function nextStatus(status: ReportStatus, step: ReportStep): ReportStatus | undefined {
  return workflow[status][step];
}

/** The indicators a template's tables name (rows and the figures they are a share of), each once, in order. */
export function tableIndicators(sections: readonly TemplateSection[]): string[] {
  const ids = new Set<string>();
  for (const section of sections) {
    if (section.kind !== "table") continue;
    for (const row of section.rows) {
      ids.add(row.indicator);
      if (row.percentOf) ids.add(row.percentOf);
    }
  }
  return [...ids];
}

export const enteredOf = (ids: readonly string[]) => ids.filter(isEntered);
export const computedOf = (ids: readonly string[]) => ids.filter((id) => !isEntered(id));

/** A broken validation rule: the figure it is about and the template's message. */
export interface RuleBreach {
  field: string;
  message: string;
}

/**
 * The validation rules a report's figures break (a part above its total, and the like, as data in the template). A
 * rule over a figure not known yet (not typed, or not computed) is not judged.
 */
export function breachedRules(
  rules: readonly ValidationRule[],
  values: ReadonlyMap<string, number | null>,
): RuleBreach[] {
  const breaches: RuleBreach[] = [];
  for (const rule of rules) {
    const left = values.get(rule.left);
    const right = typeof rule.right === "number" ? rule.right : values.get(rule.right);
    if (left === null || left === undefined || right === null || right === undefined) continue;
    const holds = rule.op === "lte" ? left <= right : rule.op === "gte" ? left >= right : left === right;
    if (!holds) breaches.push({ field: rule.left, message: rule.message });
  }
  return breaches;
}

/** A share in percent with one decimal, or null when the whole is zero or unknown. */
export function percentOf(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}

/** Whether a report submitted at `submittedOn` (the day in Vietnam) was on time for its due date. */
export function onTime(submittedOn: string | null, due: string): boolean | null {
  return submittedOn === null ? null : submittedOn <= due;
}
