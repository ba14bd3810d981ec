import type { ModuleDescriptor } from "../../platform/module";
import { inspectionIndicators } from "./inspection.indicators";
import { inspectionReminders } from "./inspection.reminders";
import { inspectionRoutes } from "./inspection.routes";
import { inspectionRuleSettings } from "./inspection.settings";
import { locateCaseForAudit } from "./inspection-cases.service";
import { locateDisciplineForAudit } from "./inspection-discipline.service";
import { locateLetterForAudit } from "./inspection-letters.service";
import { locateProgrammeForAudit } from "./inspection-programmes.service";

export { authorityBreach } from "./discipline.rules";
export { isFiledWithoutAction, isOverdue, letterDueOn, letterOverdue, nextState, stepDueOn } from "./inspection.rules";
export {
  type Authority,
  authorityKey,
  type LetterDays,
  letterDaysKey,
  type StepDays,
  stepDaysKey,
} from "./inspection.settings";

/**
 * The inspection committee's work (domain.md §7): the year's programmes, inspection and supervision cases with their
 * steps and deadlines, letters (đơn thư), discipline proposals, decisions and complaints; confidential to the
 * inspection committee and the roles a record names, counted for everyone else.
 */
export const inspectionModule: ModuleDescriptor = {
  name: "inspection",
  tables: [
    "inspection_programmes",
    "inspection_programme_items",
    "inspection_cases",
    "inspection_case_subjects",
    "inspection_case_steps",
    "inspection_case_documents",
    "inspection_letters",
    "discipline_actions",
    "discipline_complaints",
  ],
  permissions: ["inspection.read", "inspection.write"],
  routes: inspectionRoutes,
  auditEntities: {
    inspectionProgramme: { locate: locateProgrammeForAudit, readPermission: "inspection.read" },
    inspectionCase: { locate: locateCaseForAudit, readPermission: "inspection.read" },
    inspectionLetter: { locate: locateLetterForAudit, readPermission: "inspection.read" },
    discipline: { locate: locateDisciplineForAudit, readPermission: "inspection.read" },
  },
  indicators: inspectionIndicators,
  ruleSettings: inspectionRuleSettings,
  reminders: inspectionReminders,
};
