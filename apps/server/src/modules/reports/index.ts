import type { ModuleDescriptor } from "../../platform/module";
import { reportRoutes } from "./reports.routes";

/** Party-work reports: the indicators the modules provide, and their figures for a subtree and a period. */
export const reportsModule: ModuleDescriptor = {
  name: "reports",
  tables: [],
  permissions: ["report.read", "report.write", "report.approve", "report.template"],
  routes: reportRoutes,
};
