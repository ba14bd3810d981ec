import type { ModuleDescriptor } from "../../platform/module";
import { awardsRoutes } from "./awards.routes";
import { badgeIndicators } from "./awards-badges.indicators";
import { badgeReminders } from "./awards-badges.reminders";
import { badgeRuleSettings } from "./awards-badges.settings";
import { locateDecisionForAudit } from "./awards-badges-decisions.service";
import { locateCampaignForAudit } from "./awards-campaigns.service";
import { commendationIndicators } from "./awards-commendations.indicators";
import { locateCommendationForAudit } from "./awards-commendations.service";
import { awardCommendationSettings } from "./awards-commendations.settings";
import { locateModelForAudit } from "./awards-models.service";

export { nextBadgeOfMember } from "./awards-badges.service";

/**
 * Commendations (khen thưởng) and campaigns, party badges (Huy hiệu Đảng) by award date, and emulation models
 * (mô hình thi đua, "Dân vận khéo").
 */
export const awardsModule: ModuleDescriptor = {
  name: "awards",
  tables: ["award_campaigns", "award_decisions", "commendations", "party_badges", "emulation_models"],
  permissions: ["award.read", "award.write", "award.decide"],
  routes: awardsRoutes,
  auditEntities: {
    badgeDecision: { locate: locateDecisionForAudit, readPermission: "award.read" },
    commendation: { locate: locateCommendationForAudit, readPermission: "award.read" },
    awardCampaign: { locate: locateCampaignForAudit, readPermission: "award.read" },
    emulationModel: { locate: locateModelForAudit, readPermission: "award.read" },
  },
  indicators: [...badgeIndicators, ...commendationIndicators],
  ruleSettings: [...badgeRuleSettings, ...awardCommendationSettings],
  reminders: badgeReminders,
};
