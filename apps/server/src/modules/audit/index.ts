export { auditRoutes } from "./audit.routes";
export { registerAuditEntity } from "./audit.service";
