import type { ModuleDescriptor } from "../../platform/module";
import { residenceIndicators } from "./residence.indicators";
import { residenceRoutes } from "./residence.routes";
import { locateRegistrationForAudit, locateRequestForAudit } from "./residence.service";
import { residenceRuleSettings } from "./residence.settings";

export { ownResidence } from "./residence.repo";
export { residenceCommentOfYear } from "./residence-evidence.repo";
export { leafResidenceFigures } from "./residence-leaf.repo";

/** Members at their place of residence: registrations, introduction letters, the yearly comments. */
export const residenceModule: ModuleDescriptor = {
  name: "residence",
  tables: ["residence_registrations", "residence_comment_requests"],
  routes: residenceRoutes,
  auditEntities: {
    residenceRegistration: { locate: locateRegistrationForAudit, readPermission: "member.read" },
    residenceRequest: { locate: locateRequestForAudit, readPermission: "member.read" },
  },
  indicators: residenceIndicators,
  ruleSettings: residenceRuleSettings,
};
