import type { ModuleDescriptor } from "../../platform/module";
import { ratingsRoutes } from "./ratings.routes";
import { ratingsRuleSettings } from "./ratings.settings";
import { locateAssessmentForAudit, locateCycleForAudit } from "./ratings-cycles.service";
import { ratingIndicators } from "./ratings-indicators.repo";
import { ratingReminders } from "./ratings-reminders.repo";

/**
 * Review and quality rating of organisations and members (kiểm điểm, đánh giá, xếp loại chất lượng): cycles,
 * self-assessment on the framework in force, the cell's proposal, the decision of the body with the authority.
 */
export const ratingsModule: ModuleDescriptor = {
  name: "ratings",
  tables: ["review_cycles", "rating_assessments"],
  permissions: ["rating.read", "rating.write", "rating.decide"],
  routes: ratingsRoutes,
  auditEntities: {
    ratingCycle: { locate: locateCycleForAudit, readPermission: "rating.read" },
    ratingAssessment: { locate: locateAssessmentForAudit, readPermission: "rating.read" },
  },
  indicators: ratingIndicators,
  ruleSettings: ratingsRuleSettings,
  reminders: ratingReminders,
};

export {
  type AuthoritySetting,
  type BandsSetting,
  type FrameworkSetting,
  frameworkKeys,
  type QuotaSetting,
  ratingsRuleSettings,
} from "./ratings.settings";
export { levelLabels } from "./ratings-exports";
export { type DecidedLevel, decidedYearLevels } from "./ratings-history.repo";
