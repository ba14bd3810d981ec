/** Vietnamese messages: Discipline proposals, decisions and complaints of the inspection module (spread into messages.vi.ts). */
export const disciplineVi: Record<string, string> = {};
