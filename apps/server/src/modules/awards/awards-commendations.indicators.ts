import type { Indicator } from "../../platform/module";
import { seededAwardForms } from "./awards-commendations.settings";
import { type CommendationCount, countCommendations, countModels } from "./awards-commendations-indicators.repo";

const commendationIndicator = (id: string, vi: string, en: string, what: CommendationCount): Indicator => ({
  id,
  group: "awards",
  unit: "count",
  label: { vi, en },
  compute: (db, query) => countCommendations(db, query, what),
});

/** The commendation and emulation figures of reports (issue 9 item 8), by the decisions' and models' own dates. */
export const commendationIndicators: Indicator[] = [
  commendationIndicator("awards.commendations.total", "Khen thưởng (tổng số)", "Commendations (total)", {}),
  commendationIndicator("awards.commendations.collective", "Khen thưởng tập thể", "Commendations of organisations", {
    recipientType: "org",
  }),
  commendationIndicator("awards.commendations.individual", "Khen thưởng cá nhân", "Commendations of members", {
    recipientType: "member",
  }),
  ...seededAwardForms.map((f) =>
    commendationIndicator(`awards.commendations.${f.code}`, `Khen thưởng: ${f.label}`, `Commendations: ${f.labelEn}`, {
      form: f.code,
    }),
  ),
  {
    id: "awards.models.registered",
    group: "awards",
    unit: "count",
    label: { vi: "Mô hình thi đua đăng ký", en: "Emulation models registered" },
    compute: (db, query) => countModels(db, query, "registered"),
  },
  {
    id: "awards.models.recognised",
    group: "awards",
    unit: "count",
    label: { vi: "Mô hình thi đua được công nhận", en: "Emulation models recognised" },
    compute: (db, query) => countModels(db, query, "recognised"),
  },
];
