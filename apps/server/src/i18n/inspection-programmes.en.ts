/** English messages: Programmes and counts of the inspection module (spread into messages.en.ts). */
export const inspectionProgrammesEn: Record<string, string> = {};
