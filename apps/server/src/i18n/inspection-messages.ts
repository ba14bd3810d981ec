import { disciplineEn } from "./discipline.en";
import { disciplineVi } from "./discipline.vi";
import { inspectionCasesEn } from "./inspection.en";
import { inspectionCasesVi } from "./inspection.vi";
import { inspectionLettersEn } from "./inspection-letters.en";
import { inspectionLettersVi } from "./inspection-letters.vi";
import { inspectionProgrammesEn } from "./inspection-programmes.en";
import { inspectionProgrammesVi } from "./inspection-programmes.vi";

/** The inspection module's messages (cases, letters, programmes and counts, discipline), gathered by language. */
export const inspectionMessagesVi: Record<string, string> = {
  ...disciplineVi,
  ...inspectionProgrammesVi,
  ...inspectionLettersVi,
  ...inspectionCasesVi,
};

export const inspectionMessagesEn: Record<string, string> = {
  ...disciplineEn,
  ...inspectionProgrammesEn,
  ...inspectionLettersEn,
  ...inspectionCasesEn,
};
