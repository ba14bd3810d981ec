import type { Member, MemberEvent, MemberEventInput } from "@dangvu/contract";
import dayjs from "dayjs";

export type EventKind = MemberEventInput["kind"];

/** Exits after which someone may be admitted again (Điều lệ Đảng; domain.md §2.6). */
const readmittable: ReadonlyArray<Member["exitReason"]> = [
  "struck_off",
  "resigned",
  "probation_struck_off",
  "expelled",
];

/** Exits that an upper body may find wrong on complaint, restoring the membership. */
const restorable: ReadonlyArray<Member["exitReason"]> = ["expelled", "struck_off", "probation_struck_off"];

/** Events after which the person is no longer on the member list; the form asks for extra care. */
export const exitKinds: ReadonlySet<EventKind> = new Set([
  "probation_struck_off",
  "struck_off",
  "expulsion",
  "resignation",
  "death",
]);

/**
 * A transfer to a unit inside the system stays open until the receiving cell records it; the profile does not say
 * so, the timeline does: the latest such transfer with no reception after it.
 */
export function hasOpenTransfer(events: readonly MemberEvent[]): boolean {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i];
    if (event?.kind === "transfer_received") return false;
    if (event?.kind === "transfer" && event.details.toOrgUnitId) return true;
  }
  return false;
}

type State = Pick<Member, "status" | "exitReason" | "isExempt" | "temporaryElsewhere" | "ceremonyOn">;

/**
 * The events worth offering for the member's current state (the server judges the details and the dates).
 * A transfer waiting to be received (offered only to who may receive it), or a temporary stay elsewhere, brings its
 * closing event first.
 */
export function eventKindsFor(member: State, openTransfer: boolean, canReceive = openTransfer): EventKind[] {
  const kinds: EventKind[] = [];
  if (openTransfer && canReceive) kinds.push("transfer_received");
  if (member.temporaryElsewhere) kinds.push("temporary_return");
  const exemption: EventKind = member.isExempt ? "exemption_ended" : "exemption";
  switch (member.status) {
    case "candidate":
      kinds.push("course_completed", "helper_assigned", "admission");
      break;
    case "probationary":
      if (!member.ceremonyOn) kinds.push("ceremony");
      kinds.push("full_membership", "probation_struck_off");
      if (!openTransfer) kinds.push("transfer");
      kinds.push(exemption, "discipline", "death");
      break;
    case "full":
      if (!openTransfer) kinds.push("transfer");
      kinds.push("card_issued", exemption, "discipline", "struck_off", "expulsion", "resignation", "death");
      break;
    case "left":
      if (readmittable.includes(member.exitReason)) kinds.push("readmission");
      if (restorable.includes(member.exitReason)) kinds.push("restoration");
      break;
  }
  return kinds;
}

/** What admission and re-admission ask besides the decision: introducers, education, approval above 60. */
const prerequisiteFields = ["introducers", "unionIntroductionNo", "educationException", "overAgeApprovalNo"] as const;

/** The form fields each kind sends (names as in the contract, so the server's field errors land on them). */
export const eventFieldNames: Record<EventKind, readonly string[]> = {
  course_completed: ["certificateNo", "completedOn"],
  helper_assigned: ["helperMemberId", "assignedOn"],
  admission: [
    "decisionNo",
    "decidedOn",
    "decisionReceivedOn",
    "cellResolutionOn",
    ...prerequisiteFields,
    "ceremonyOn",
    "ceremonyPlace",
    "lateCeremonyApprovalNo",
    "note",
  ],
  ceremony: ["ceremonyOn", "ceremonyPlace", "lateCeremonyApprovalNo"],
  full_membership: ["decisionNo", "decidedOn", "note"],
  probation_struck_off: ["decisionNo", "decidedOn", "note"],
  transfer: [
    "transferKind",
    "toOrgUnitId",
    "toOrganisationName",
    "decidedOn",
    "letterNo",
    "movedOn",
    "expectedReturnOn",
    "temporaryPurpose",
  ],
  transfer_received: ["receivedOn"],
  temporary_return: ["returnedOn"],
  card_issued: ["cardNumber", "issuedOn", "reason"],
  exemption: ["decisionNo", "decidedOn", "note"],
  exemption_ended: ["decisionNo", "decidedOn", "note"],
  struck_off: ["decisionNo", "decidedOn", "ground", "note"],
  expulsion: ["decisionNo", "decidedOn", "note"],
  discipline: ["form", "decisionNo", "decidedOn", "decidingBody", "note"],
  resignation: ["decisionNo", "decidedOn", "note"],
  death: ["diedOn", "note"],
  readmission: [
    "decisionNo",
    "decidedOn",
    "decisionReceivedOn",
    "approvalNo",
    "exitGround",
    "recordClearedOn",
    ...prerequisiteFields,
    "ceremonyOn",
    "note",
  ],
  restoration: ["decisionNo", "decidedOn", "note"],
};

/**
 * The request body of an event from the form values: only the kind's own fields, dates as ISO, empty text left
 * out. A transfer names either a unit in the system or an organisation outside, as the form's `target` says.
 */
export function toEventInput(kind: EventKind, values: Record<string, unknown>): MemberEventInput {
  const body: Record<string, unknown> = { kind };
  for (const name of eventFieldNames[kind]) {
    const value = values[name];
    if (name === "introducers") {
      const introducers = introducersOf(value);
      if (introducers.length > 0) body.introducers = introducers;
    } else if (dayjs.isDayjs(value)) body[name] = value.format("YYYY-MM-DD");
    else if (typeof value === "string" && value.trim()) body[name] = value.trim();
    else if (typeof value === "number") body[name] = value;
  }
  if (kind === "readmission" && body.exitGround !== "minor_crime") delete body.recordClearedOn;
  if (kind === "transfer") {
    delete body[values.target === "outside" ? "toOrgUnitId" : "toOrganisationName"];
    if (body.transferKind !== "temporary") {
      delete body.expectedReturnOn;
      delete body.temporaryPurpose;
    }
  }
  return body as MemberEventInput;
}

/** The introducers the form filled: each chosen member with the day they started working alongside the applicant. */
function introducersOf(value: unknown): { memberId: string; workedSince?: string }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((row: { memberId?: unknown; workedSince?: unknown } | undefined) =>
    typeof row?.memberId === "string" && row.memberId
      ? [
          {
            memberId: row.memberId,
            ...(dayjs.isDayjs(row.workedSince) ? { workedSince: row.workedSince.format("YYYY-MM-DD") } : {}),
          },
        ]
      : [],
  );
}
