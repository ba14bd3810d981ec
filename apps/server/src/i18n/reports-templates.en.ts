/** English messages of the report templates (spread into messages.en.ts). */
export const reportTemplatesEn: Record<string, string> = {
  "reportTemplate.invalid": "The report template has faults, the first at {where}; see the marked fields.",
  "reportTemplate.unknownIndicator": "there is no such indicator (computed from the records or entered)",
  "reportTemplate.unknownBreakdown": "there is no such breakdown",
  "reportTemplate.duplicateSection": "repeats the key of an earlier section of the template",
  "reportTemplate.ruleOperand": "must be an indicator in the template's tables, or a number",
  "reportTemplate.noUnitTypes": "at least one unit type must report",
  "reportTemplate.codeTaken": 'There is already a report template with the code "{code}".',
  "reportTemplate.startsAfter": "A new version must start after {date} (the start of the latest version).",
  "reportTemplate.periodTypeFixed": "A template's period type cannot change; make a new template for another period.",
  "reportTemplate.outOfOrder": "The start date must fall after the previous version's and before the next one's.",
  "reportTemplate.versionInUse":
    "Reports have been submitted on this version; make a new version in force from {date} instead.",
};
