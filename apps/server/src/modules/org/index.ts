import type { ModuleDescriptor } from "../../platform/module";
import { orgIndicators } from "./org.indicators";
import { orgRoutes } from "./org.routes";
import { locateUnitForAudit } from "./org.service";
import { orgRuleSettings } from "./org.settings";

export { unitAndParentNames, unitNames } from "./org.repo";
export { canBeUnder, cellWarnings, hasInspectionCommittee, isCell } from "./org.rules";
export { activeUnit, getUnit } from "./org.service";
export { type PaperUnit, paperUnit, signerOn, termOn } from "./org-papers.repo";
export {
  currentUnitNameSql,
  currentUnitsSql,
  isCellSql,
  lastUnitNameSql,
  unitRanksSql,
  unitsByNameSql,
  unitsOnSql,
} from "./org-shared.repo";
export { termIn, termsOfUnits, type UnitTerm } from "./org-terms.repo";

/** The organisation tree, effective-dated, with terms and committee positions. */
export const orgModule: ModuleDescriptor = {
  name: "org",
  tables: ["org_units", "org_unit_versions", "org_unit_events", "terms", "committee_positions"],
  permissions: ["org.read", "org.write", "org.restructure"],
  routes: orgRoutes,
  auditEntities: { orgUnit: { locate: locateUnitForAudit, readPermission: "org.read" } },
  indicators: orgIndicators,
  ruleSettings: orgRuleSettings,
};
