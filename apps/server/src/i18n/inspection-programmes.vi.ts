/** Vietnamese messages: Programmes and counts of the inspection module (spread into messages.vi.ts). */
export const inspectionProgrammesVi: Record<string, string> = {};
