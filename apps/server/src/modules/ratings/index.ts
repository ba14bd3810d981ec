import type { ModuleDescriptor } from "../../platform/module";
import { ratingsRoutes } from "./ratings.routes";
import { ratingsRuleSettings } from "./ratings.settings";

/**
 * Review and quality rating of organisations and members (kiểm điểm, đánh giá, xếp loại chất lượng): cycles,
 * self-assessment on the framework in force, the cell's proposal, the decision of the body with the authority.
 */
export const ratingsModule: ModuleDescriptor = {
  name: "ratings",
  tables: ["review_cycles", "rating_assessments"],
  permissions: ["rating.read", "rating.write", "rating.decide"],
  routes: ratingsRoutes,
  ruleSettings: ratingsRuleSettings,
};

export { type DecidedLevel, decidedYearLevels } from "./ratings-history.repo";
