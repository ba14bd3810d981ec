export { unitNames } from "./org.repo";
export { orgRoutes } from "./org.routes";
export { canBeUnder, cellWarnings, hasInspectionCommittee, isCell } from "./org.rules";
export { activeUnit, getUnit } from "./org.service";
export { registerOrgEventHooks } from "./org-events.service";
