/** English messages: Cases of inspection and supervision and the subjects of the inspection module (spread into messages.en.ts). */
export const inspectionCasesEn: Record<string, string> = {
  "inspection.subjectMemberRequired": "Choose the member who is the subject of the inspection or supervision.",
  "inspection.subjectUnitRequired":
    "Choose the party organisation that is the subject of the inspection or supervision.",
  "inspection.subjectTwice": "A subject is chosen twice.",
  "inspection.subjectOutside":
    "A subject must be a party organisation below the inspecting unit or a member of its subtree.",
  "inspection.bodyNotAtUnit":
    "{unit} has no {body} to inspect or supervise (an inspection committee from the grassroots committee up; a standing committee from the upper-grassroots level up).",
  "case.decisionTaken":
    "Decision number {number} is already used by another inspection or supervision of the unit this year.",
  "case.dueBeforeDecision": "The time limit cannot be before the decision date.",
  "case.decidedInFuture": "The decision date cannot be after today.",
  "case.itemOfAnotherUnit": "This programme item is not in a programme of the inspecting unit.",
  "case.itemTaken": "This programme item is already carried out by a case.",
  "case.stepOutOfOrder": "“{action}” cannot be taken while the case is at “{state}”: the steps follow their order.",
  "case.stepBeforePrevious": "The step's date cannot be before the previous step began ({date}).",
  "case.stepInFuture": "The step's date cannot be after today.",
  "case.documentMissing": "Choose a file to attach; an empty file is not accepted.",
  "case.documentTooLarge": "The file is too large (at most {max} MB).",
  "case.documentType": "Only PDF, Word, Excel, JPG or PNG files are accepted (the extension must match the content).",
  "reminder.inspectionStepDue": "Case under decision {decision} ({state}): the current step is due on {date}.",
  "reminder.inspectionStepLate": "Case under decision {decision} ({state}): the current step is late since {date}.",
};
