/** English messages of reports and their workflow (spread into messages.en.ts). */
export const reportsWorkflowEn: Record<string, string> = {
  "reminder.report_due": "{template} for {period} is due on {date}.",
  "reminder.report_overdue": "{template} for {period} was due on {date} and has not been submitted.",
  "report.templateNotFound": "There is no such report template.",
  "report.periodKey": "The report period is not valid.",
  "report.periodNotOfTemplate":
    'is not a period of this template (for example month "2026-11", quarter "2026-Q3", half year "2026-H1", nine months "2026-9M", year "2026", term "2020-2025")',
  "report.periodFuture": "The period has not begun: a report cannot be made for a future period.",
  "report.noVersion": "The template has no version in force in this period.",
  "report.notExpected": "This unit does not report on this template.",
  "report.approverOnly": "Only the committee directly above the unit may approve, return or reopen its report.",
  "report.unknownFigure": 'The template has no entered figure "{id}".',
  "report.unknownSection": 'The template has no narrative section "{key}".',
  "report.ruleBroken": "The figures are not valid: {rule}",
  "report.draft": "The report is a draft, not submitted: it cannot be approved or returned yet.",
  "report.not_started": "The report has not been started.",
  "report.returned": "The report was returned to its unit for correction: it cannot be approved yet.",
  "report.submitted": "The report has been submitted: it cannot be edited unless the unit above returns it.",
  "report.approved": "The report is approved and locked: only the unit above may reopen it, with a reason.",
  "report.wholeNumber": "must be a whole number",
  "report.negative": "must not be negative",
};
