import { reportsDashboardEn } from "./reports-dashboard.en";
import { reportsDashboardVi } from "./reports-dashboard.vi";
import { reportTemplatesEn } from "./reports-templates.en";
import { reportTemplatesVi } from "./reports-templates.vi";
import { reportsWorkflowEn } from "./reports-workflow.en";
import { reportsWorkflowVi } from "./reports-workflow.vi";

/** The reports module's messages (templates, the dashboard, the workflow), gathered by language. */
export const reportsMessagesVi: Record<string, string> = {
  ...reportTemplatesVi,
  ...reportsDashboardVi,
  ...reportsWorkflowVi,
};

export const reportsMessagesEn: Record<string, string> = {
  ...reportTemplatesEn,
  ...reportsDashboardEn,
  ...reportsWorkflowEn,
};
