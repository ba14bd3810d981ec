/** English messages: Letters (đơn thư) of the inspection module (spread into messages.en.ts). */
export const inspectionLettersEn: Record<string, string> = {};
