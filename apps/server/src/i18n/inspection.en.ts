/** English messages: Cases of inspection and supervision and the subjects of the inspection module (spread into messages.en.ts). */
export const inspectionCasesEn: Record<string, string> = {
  "inspection.subjectMemberRequired": "Choose the member who is the subject of the inspection or supervision.",
  "inspection.subjectUnitRequired":
    "Choose the party organisation that is the subject of the inspection or supervision.",
  "inspection.subjectTwice": "A subject is chosen twice.",
  "inspection.subjectOutside":
    "A subject must be a party organisation below the inspecting unit or a member of its subtree.",
};
