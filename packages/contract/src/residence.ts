import { z } from "zod";
import { Id, IsoDate, Text } from "./common";

/** HD 33-HD/BTCTW cases: introduced and active, introduced but exempt from residence activity, not introduced. */
export const ResidenceCase = z.enum(["normal", "introduced_exempt", "not_introduced"]);
export type ResidenceCase = z.infer<typeof ResidenceCase>;

export const ResidenceAssessment = z.enum(["good", "fair", "needs_improvement"]);
export type ResidenceAssessment = z.infer<typeof ResidenceAssessment>;
