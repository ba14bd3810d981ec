/** English messages: Programmes and counts of the inspection module (spread into messages.en.ts). */
export const inspectionProgrammesEn: Record<string, string> = {
  "programme.exists": "The unit already has this body's inspection and supervision programme for {year}.",
  "programme.bodyNotAt": "{name} has no such body to adopt an inspection and supervision programme.",
  "programme.approvedInFuture": "The programme's approval date cannot be after today.",
  "programme.itemHasCase": "A case carries out this item, so it cannot be deleted.",
  "inspection.summaryPeriod": "The first day must not be after the last day.",
};
