import type { ModuleDescriptor } from "../../platform/module";
import { awardsRoutes } from "./awards.routes";

/**
 * Commendations (khen thưởng) and campaigns, party badges (Huy hiệu Đảng) by award date, and emulation models
 * (mô hình thi đua, "Dân vận khéo").
 */
export const awardsModule: ModuleDescriptor = {
  name: "awards",
  tables: ["award_campaigns", "award_decisions", "commendations", "party_badges", "emulation_models"],
  permissions: ["award.read", "award.write", "award.decide"],
  routes: awardsRoutes,
};
