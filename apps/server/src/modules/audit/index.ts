import type { ModuleDescriptor } from "../../platform/module";
import { auditRoutes } from "./audit.routes";

export { openingsOf } from "./audit.repo";

/** The history of each record from the hash-chained audit trail (written by `audit/audit.ts` in every write). */
export const auditModule: ModuleDescriptor = {
  name: "audit",
  tables: ["audit_events"],
  permissions: ["audit.read"],
  routes: auditRoutes,
};
