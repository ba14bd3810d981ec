import type { Indicator } from "../../platform/module";
import { countReceived, countRequested } from "./residence-indicators.repo";

/** The residence figures of reports: yearly comments asked of and received from the residence cells. */
export const residenceIndicators: Indicator[] = [
  {
    id: "residence.commentsRequested",
    group: "residence",
    unit: "count",
    label: { vi: "Phiếu xin nhận xét nơi cư trú đã gửi", en: "Residence comments requested" },
    compute: countRequested,
  },
  {
    id: "residence.commentsReceived",
    group: "residence",
    unit: "count",
    label: { vi: "Nhận xét nơi cư trú đã nhận", en: "Residence comments received" },
    compute: countReceived,
  },
];
