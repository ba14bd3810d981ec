/** English messages: Letters (đơn thư) of the inspection module (spread into messages.en.ts). */
export const inspectionLettersEn: Record<string, string> = {
  "letter.receivedInFuture": "The date received may not be after today.",
  "letter.senderRequired": "A named letter needs the sender's name.",
  "letter.addressRequired": "A named letter needs the sender's address.",
  "letter.disciplineOnlyForComplaint": "Only a complaint names a discipline decision.",
  "letter.actionOutOfOrder": "The letter is “{status}”: this action cannot be taken.",
  "letter.onBeforeReceived": "The date may not be before the letter was received ({date}).",
  "letter.onInFuture": "The date may not be after today.",
  "letter.dueBeforeReceived": "The deadline may not be before the letter was received ({date}).",
  "letter.dueAfterRule": "The deadline may not be later than the rule allows ({date} at the latest).",
  "letter.hasCase": "This letter already has a case.",
  "letter.caseOutOfOrder": "The letter is “{status}”: no case can be opened from it.",
  "reminder.letter_due": "A letter received on {received} is due to be resolved on {date}.",
  "reminder.letter_overdue": "A letter received on {received} is past its deadline ({date}).",
};
