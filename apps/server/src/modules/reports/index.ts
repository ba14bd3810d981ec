import type { ModuleDescriptor } from "../../platform/module";
import { reportRoutes } from "./reports.routes";
import { reportReminders } from "./reports-reminders.repo";
import { seedStandardTemplates } from "./reports-standard.repo";
import { locateTemplateForAudit } from "./reports-templates.service";
import { locateReportForAudit } from "./reports-workflow.service";

export { standardTemplates } from "./reports.standard-templates";
export { seedStandardTemplates } from "./reports-standard.repo";

/** Party-work reports: the indicators the modules provide, and their figures for a subtree and a period. */
export const reportsModule: ModuleDescriptor = {
  name: "reports",
  tables: ["report_templates", "report_template_versions", "reports", "report_values", "report_actions"],
  permissions: ["report.read", "report.write", "report.approve", "report.template"],
  routes: reportRoutes,
  reminders: reportReminders,
  auditEntities: {
    reportTemplate: { locate: locateTemplateForAudit, readPermission: "report.read" },
    report: { locate: locateReportForAudit, readPermission: "report.read" },
  },
  /** The standard templates of a bloc, in every database (those missing only). */
  seed: seedStandardTemplates,
};
