/** Vietnamese messages: Letters (đơn thư) of the inspection module (spread into messages.vi.ts). */
export const inspectionLettersVi: Record<string, string> = {};
