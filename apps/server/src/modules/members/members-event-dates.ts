import type { MemberEventInput } from "@dangvu/contract";

/** The input field that carries an event's date, by kind (the decision date when the kind has one). */
const dateFields: Partial<Record<MemberEventInput["kind"], string>> = {
  course_completed: "completedOn",
  helper_assigned: "assignedOn",
  ceremony: "ceremonyOn",
  transfer_received: "receivedOn",
  temporary_return: "returnedOn",
  card_issued: "issuedOn",
  death: "diedOn",
};

/** The name of the field that dates an event: where a refusal about its date points. */
export function eventDateField(input: MemberEventInput): string {
  return dateFields[input.kind] ?? "decidedOn";
}

/** The day an event happened; the rules are those in force on that day. */
export function eventDate(input: MemberEventInput): string {
  return (input as unknown as Record<string, string>)[eventDateField(input)] as string;
}
