import type { Indicator } from "../../platform/module";
import { allBadges, countBadges, milestoneBadges, posthumousBadges } from "./awards-badges-indicators.repo";

/** The milestones reports break badges down by (the seeded badge.milestones). */
const reportedMilestones = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90];

/** Party badges awarded in the period, by award date: all, by milestone, posthumous. */
export const badgeIndicators: Indicator[] = [
  {
    id: "awards.badges.total",
    group: "awards",
    unit: "count",
    label: { vi: "Huy hiệu Đảng đã trao", en: "Party badges awarded" },
    compute: (db, query) => countBadges(db, query, allBadges),
  },
  ...reportedMilestones.map(
    (years): Indicator => ({
      id: `awards.badges.${years}`,
      group: "awards",
      unit: "count",
      label: { vi: `Huy hiệu ${years} năm tuổi Đảng`, en: `${years}-year party badges` },
      compute: (db, query) => countBadges(db, query, milestoneBadges(years)),
    }),
  ),
  {
    id: "awards.badges.posthumous",
    group: "awards",
    unit: "count",
    label: { vi: "Huy hiệu Đảng truy tặng", en: "Party badges awarded posthumously" },
    compute: (db, query) => countBadges(db, query, posthumousBadges),
  },
];
