/** English messages: Discipline proposals, decisions and complaints of the inspection module (spread into messages.en.ts). */
export const disciplineEn: Record<string, string> = {};
