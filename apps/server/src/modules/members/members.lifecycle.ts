import type { ExitReason, MemberEventInput, MemberStatus } from "@dangvu/contract";
import { RuleViolation } from "../../errors";
import type { WorkCalendar } from "../../rules/calendar";
import { addWorkingDays } from "../../rules/calendar";
import { dmy } from "../../rules/dates";
import {
  admissionAgeProblem,
  ceremonyDeadline,
  isOnMemberList,
  type LifecycleRules,
  probationEndsOn,
  readmittableExits,
} from "./members.rules";

/** What the lifecycle needs to know about a member to judge the next event. */
export interface LifecycleState {
  status: MemberStatus;
  exitReason: ExitReason | null;
  exitedOn: string | null;
  isExempt: boolean;
  temporaryElsewhere: boolean;
  hasOpenTransfer: boolean;
  birthDate: string;
  admissionDecidedOn: string | null;
  firstAdmissionDecidedOn: string | null;
  ceremonyOn: string | null;
  fullMembershipOn: string | null;
  courseCompletedOn: string | null;
  partyGaps: [string, string][];
  lastEventOn: string | null;
}

export interface Plan {
  occurredOn: string;
  decisionNo: string | null;
  patch: Partial<LifecycleState> & Record<string, unknown>;
  details: Record<string, unknown>;
}

type Input<K extends MemberEventInput["kind"]> = Extract<MemberEventInput, { kind: K }>;

const fail = (code: string, params: Record<string, string | number> = {}, field?: string): never => {
  throw new RuleViolation(code, params, field ? { [field]: code } : {});
};

/**
 * Judges one lifecycle event against the member's state and the rules of domain.md §2, and returns what changes.
 * Impossible sequences (full membership before admission, a transfer of someone who died, two open transfers,
 * an event dated before the last one) are refused with a RuleViolation. Pure: no database.
 */
export function planEvent(
  state: LifecycleState,
  input: MemberEventInput,
  rules: LifecycleRules,
  calendar: WorkCalendar,
  today: string,
): Plan {
  const occurredOn = dateOf(input);
  if (occurredOn > today) fail("member.dateInFuture", {}, dateField(input));
  if (state.lastEventOn && occurredOn < state.lastEventOn)
    fail("member.eventOutOfOrder", { date: dmy(state.lastEventOn) }, dateField(input));
  if (state.exitReason === "died") fail("member.deceased");
  const plan = planners[input.kind] as (
    s: LifecycleState,
    i: MemberEventInput,
    r: LifecycleRules,
    c: WorkCalendar,
  ) => Omit<Plan, "occurredOn" | "decisionNo">;
  const decisionNo = "decisionNo" in input ? input.decisionNo : null;
  return { occurredOn, decisionNo, ...plan(state, input, rules, calendar) };
}

const planners: {
  [K in MemberEventInput["kind"]]: (
    s: LifecycleState,
    i: Input<K>,
    r: LifecycleRules,
    c: WorkCalendar,
  ) => Omit<Plan, "occurredOn" | "decisionNo">;
} = {
  course_completed: (s, i) => {
    requireStatus(s, ["candidate"]);
    return {
      patch: { courseCompletedOn: i.completedOn, courseCertificateNo: i.certificateNo },
      details: { certificateNo: i.certificateNo },
    };
  },
  helper_assigned: (s, i) => {
    requireStatus(s, ["candidate"]);
    return { patch: { helperMemberId: i.helperMemberId }, details: { helperMemberId: i.helperMemberId } };
  },
  admission: (s, i, r, c) => {
    requireStatus(s, ["candidate"]);
    if (!s.courseCompletedOn) fail("member.courseRequired");
    const considered = i.cellResolutionOn ?? i.decidedOn;
    const age = admissionAgeProblem(s.birthDate, considered, r);
    if (age) fail(`member.age.${age}`, { min: r.admissionAgeMin, max: r.admissionAgeMax }, "decidedOn");
    if (i.ceremonyOn) checkCeremony(i.decidedOn, i.ceremonyOn, i.lateCeremonyApprovalNo, r, c);
    return {
      patch: {
        status: "probationary",
        admissionDecisionNo: i.decisionNo,
        admissionDecidedOn: i.decidedOn,
        firstAdmissionDecidedOn: s.firstAdmissionDecidedOn ?? i.decidedOn,
        ceremonyOn: i.ceremonyOn ?? null,
        ceremonyPlace: i.ceremonyPlace ?? null,
      },
      details: {
        cellResolutionOn: considered,
        ceremonyOn: i.ceremonyOn ?? null,
        lateCeremonyApprovalNo: i.lateCeremonyApprovalNo ?? null,
      },
    };
  },
  ceremony: (s, i, r, c) => {
    requireStatus(s, ["probationary"]);
    if (s.ceremonyOn) fail("member.ceremonyAlreadyHeld", { date: dmy(s.ceremonyOn) });
    checkCeremony(s.admissionDecidedOn as string, i.ceremonyOn, i.lateCeremonyApprovalNo, r, c);
    return {
      patch: { ceremonyOn: i.ceremonyOn, ceremonyPlace: i.ceremonyPlace ?? null },
      details: { ceremonyPlace: i.ceremonyPlace ?? null },
    };
  },
  full_membership: (s, i, r, c) => {
    requireStatus(s, ["probationary"]);
    if (!s.ceremonyOn) fail("member.ceremonyRequired");
    const endsOn = probationEndsOn(s.ceremonyOn as string, r);
    if (i.decidedOn < endsOn) fail("member.probationNotOver", { date: dmy(endsOn) }, "decidedOn");
    // Counted full from the end of the 12 months, even when the cell decides late (QĐ 24 mục 4.2).
    const late = i.decidedOn > addWorkingDays(endsOn, r.fullMembershipWorkingDays, c);
    return { patch: { status: "full", fullMembershipOn: endsOn }, details: { fullFrom: endsOn, late } };
  },
  probation_struck_off: (s, i) => {
    requireStatus(s, ["probationary"]);
    return { patch: exit("probation_struck_off", i.decidedOn), details: {} };
  },
  transfer: (s, i, r, c) => {
    requireStatus(s, ["probationary", "full"]);
    if (s.hasOpenTransfer) throw new RuleViolation("member.openTransfer");
    if (i.transferKind === "temporary" && s.temporaryElsewhere) fail("member.alreadyTemporary");
    if (!i.toOrgUnitId && !i.toOrganisationName) fail("member.transferTarget", {}, "toOrgUnitId");
    const dueOn = addWorkingDays(i.decidedOn, r.transferLetterWorkingDays, c);
    const startedLate = i.movedOn ? i.decidedOn > addWorkingDays(i.movedOn, r.transferStartWorkingDays, c) : false;
    const details = {
      transferKind: i.transferKind,
      toOrgUnitId: i.toOrgUnitId ?? null,
      toOrganisationName: i.toOrganisationName ?? null,
      letterNo: i.letterNo ?? null,
      dueOn,
      startedLate,
    };
    if (i.toOrgUnitId) return { patch: { hasOpenTransfer: true }, details };
    if (i.transferKind === "official") return { patch: exit("transferred_out", i.decidedOn), details };
    return { patch: { temporaryElsewhere: true, temporaryOrgName: i.toOrganisationName }, details };
  },
  transfer_received: (s) => {
    if (!s.hasOpenTransfer) fail("member.noOpenTransfer");
    return { patch: { hasOpenTransfer: false }, details: {} };
  },
  temporary_return: (s) => {
    if (!s.temporaryElsewhere) fail("member.notTemporary");
    return { patch: { temporaryElsewhere: false, temporaryOrgName: null, temporaryOrgUnitId: null }, details: {} };
  },
  card_issued: (s, i) => {
    // Only full members hold a party card (domain.md §2.7).
    requireStatus(s, ["full"]);
    return { patch: { cardNumber: i.cardNumber }, details: { cardNumber: i.cardNumber, reason: i.reason } };
  },
  exemption: (s) => {
    requireStatus(s, ["probationary", "full"]);
    if (s.isExempt) fail("member.alreadyExempt");
    return { patch: { isExempt: true }, details: {} };
  },
  exemption_ended: (s) => {
    if (!s.isExempt) fail("member.notExempt");
    return { patch: { isExempt: false }, details: {} };
  },
  struck_off: (s, i) => {
    requireStatus(s, ["probationary", "full"]);
    return { patch: exit("struck_off", i.decidedOn), details: { ground: i.ground } };
  },
  expulsion: (s, i) => {
    requireStatus(s, ["probationary", "full"]);
    return { patch: exit("expelled", i.decidedOn), details: {} };
  },
  resignation: (s, i) => {
    requireStatus(s, ["probationary", "full"]);
    return { patch: exit("resigned", i.decidedOn), details: {} };
  },
  death: (_s, i) => ({ patch: { ...exit("died", i.diedOn), isExempt: false }, details: {} }),
  readmission: (s, i) => {
    if (s.status !== "left" || !s.exitReason || !readmittableExits.includes(s.exitReason))
      fail("member.notReadmittable");
    const gap: [string, string] = [s.exitedOn as string, i.decidedOn];
    return {
      patch: {
        status: "probationary",
        exitReason: null,
        exitedOn: null,
        admissionDecisionNo: i.decisionNo,
        admissionDecidedOn: i.decidedOn,
        ceremonyOn: i.ceremonyOn ?? null,
        fullMembershipOn: null,
        partyGaps: [...s.partyGaps, gap],
      },
      details: { gap },
    };
  },
  restoration: (s) => {
    // Restored after a wrongful expulsion: membership is continuous (117-QĐ/TW 2023), no gap is counted.
    if (s.status !== "left" || s.exitReason !== "expelled") fail("member.notRestorable");
    return {
      patch: { status: s.fullMembershipOn ? "full" : "probationary", exitReason: null, exitedOn: null },
      details: {},
    };
  },
};

function exit(reason: ExitReason, on: string) {
  return { status: "left" as const, exitReason: reason, exitedOn: on, temporaryElsewhere: false };
}

function requireStatus(state: LifecycleState, allowed: MemberStatus[]) {
  if (!allowed.includes(state.status)) {
    if (state.status === "left") fail("member.hasLeft");
    if (!isOnMemberList(state.status) && allowed.some(isOnMemberList)) fail("member.notYetAdmitted");
    fail("member.wrongStatus");
  }
}

function checkCeremony(
  decidedOn: string,
  ceremonyOn: string,
  approvalNo: string | undefined,
  rules: LifecycleRules,
  calendar: WorkCalendar,
) {
  if (ceremonyOn < decidedOn) fail("member.ceremonyBeforeDecision", {}, "ceremonyOn");
  const deadline = ceremonyDeadline(decidedOn, rules, calendar);
  if (ceremonyOn > deadline && !approvalNo)
    fail("member.ceremonyLate", { date: dmy(deadline), days: rules.ceremonyWorkingDays }, "ceremonyOn");
}

function dateOf(input: MemberEventInput): string {
  switch (input.kind) {
    case "course_completed":
      return input.completedOn;
    case "helper_assigned":
      return input.assignedOn;
    case "ceremony":
      return input.ceremonyOn;
    case "transfer_received":
      return input.receivedOn;
    case "temporary_return":
      return input.returnedOn;
    case "card_issued":
      return input.issuedOn;
    case "death":
      return input.diedOn;
    default:
      return input.decidedOn;
  }
}

function dateField(input: MemberEventInput): string {
  const fields: Record<string, string> = {
    course_completed: "completedOn",
    helper_assigned: "assignedOn",
    ceremony: "ceremonyOn",
    transfer_received: "receivedOn",
    temporary_return: "returnedOn",
    card_issued: "issuedOn",
    death: "diedOn",
  };
  return fields[input.kind] ?? "decidedOn";
}
