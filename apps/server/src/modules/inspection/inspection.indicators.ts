import type { Indicator } from "../../platform/module";

/** The inspection, supervision, letter and discipline figures of reports (domain.md §9.2), computed from the records. */
export const inspectionIndicators: Indicator[] = [];
