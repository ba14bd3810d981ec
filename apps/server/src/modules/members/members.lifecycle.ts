import type { MemberEventInput } from "@dangvu/contract";
import { RuleViolation } from "../../errors";
import type { WorkCalendar } from "../../rules/calendar";
import { addWorkingDays } from "../../rules/calendar";
import { dmy } from "../../rules/dates";
import { probationEndsOn, restorableExits } from "./members.rules";
import { planAdmission, planCeremony, planReadmission } from "./members-admission.lifecycle";
import { eventDate, eventDateField } from "./members-event-dates";
import {
  type EventFacts,
  exit,
  fail,
  failWith,
  type LifecycleState,
  type Plan,
  type Planner,
  requireStatus,
} from "./members-lifecycle.base";
import { cardNumberProblem } from "./members-record.rules";
import type { MemberRules } from "./members-rules.load";
import { temporaryStayProblem } from "./members-transfer.rules";

export type { EventFacts, LifecycleState, Plan } from "./members-lifecycle.base";

/**
 * Judges one lifecycle event against the member's state and the rules of domain.md §2 in force on the event's date,
 * and returns what changes. Impossible sequences (full membership before admission, a transfer of someone who died,
 * two open transfers, an event dated before the last one) are refused with a RuleViolation. Pure: no database.
 */
export function planEvent(
  state: LifecycleState,
  input: MemberEventInput,
  rules: MemberRules,
  calendar: WorkCalendar,
  today: string,
  facts: EventFacts = { introducers: [] },
): Plan {
  const occurredOn = eventDate(input);
  if (occurredOn > today) fail("member.dateInFuture", {}, eventDateField(input));
  if ("decisionReceivedOn" in input && input.decisionReceivedOn && input.decisionReceivedOn > today)
    fail("member.dateInFuture", {}, "decisionReceivedOn");
  if (state.lastEventOn && occurredOn < state.lastEventOn)
    fail("member.eventOutOfOrder", { date: dmy(state.lastEventOn) }, eventDateField(input));
  if (state.exitReason === "died") fail("member.deceased");
  const plan = planners[input.kind] as Planner<MemberEventInput["kind"]>;
  const decisionNo = "decisionNo" in input ? input.decisionNo : null;
  return { occurredOn, decisionNo, ...plan(state, input, rules, calendar, facts) };
}

const planners: { [K in MemberEventInput["kind"]]: Planner<K> } = {
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
  admission: planAdmission,
  ceremony: planCeremony,
  full_membership: (s, i, r, c) => {
    requireStatus(s, ["probationary"]);
    if (!s.ceremonyOn) fail("member.ceremonyRequired");
    const endsOn = probationEndsOn(s.ceremonyOn as string, r.lifecycle);
    if (i.decidedOn < endsOn) fail("member.probationNotOver", { date: dmy(endsOn) }, "decidedOn");
    // Counted full from the end of the 12 months, even when the cell decides late (QĐ 24 mục 4.2).
    const late = i.decidedOn > addWorkingDays(endsOn, r.lifecycle.fullMembershipWorkingDays, c);
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
    if (i.transferKind === "temporary") {
      if (!i.expectedReturnOn) fail("member.temporaryReturnRequired", {}, "expectedReturnOn");
      const purpose = i.temporaryPurpose ?? "work_or_residence";
      failWith(
        temporaryStayProblem(i.movedOn ?? i.decidedOn, i.expectedReturnOn as string, purpose, r.temporaryTransfer),
      );
    }
    const dueOn = addWorkingDays(i.decidedOn, r.lifecycle.transferLetterWorkingDays, c);
    const startedLate = i.movedOn
      ? i.decidedOn > addWorkingDays(i.movedOn, r.lifecycle.transferStartWorkingDays, c)
      : false;
    const details = {
      transferKind: i.transferKind,
      toOrgUnitId: i.toOrgUnitId ?? null,
      toOrganisationName: i.toOrganisationName ?? null,
      letterNo: i.letterNo ?? null,
      dueOn,
      startedLate,
      ...(i.transferKind === "temporary"
        ? { expectedReturnOn: i.expectedReturnOn, temporaryPurpose: i.temporaryPurpose ?? "work_or_residence" }
        : {}),
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
  card_issued: (s, i, r) => {
    // Only full members hold a party card (domain.md §2.7).
    requireStatus(s, ["full"]);
    failWith(cardNumberProblem(i.cardNumber, r.cardNumber));
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
    // A probationary member can only be reprimanded or warned, or struck off the list (69-QĐ/TW Điều 7).
    if (s.status === "probationary") fail("member.expulsionProbationary");
    requireStatus(s, ["full"]);
    return { patch: exit("expelled", i.decidedOn), details: {} };
  },
  discipline: (s, i) => {
    // Reprimand, warning or dismissal from a post; a probationary member only the first two (69-QĐ/TW Điều 7).
    requireStatus(s, ["probationary", "full"]);
    if (s.status === "probationary" && i.form === "dismissal") fail("member.disciplineProbationary", {}, "form");
    return { patch: {}, details: { form: i.form, decidingBody: i.decidingBody } };
  },
  resignation: (s, i) => {
    requireStatus(s, ["probationary", "full"]);
    return { patch: exit("resigned", i.decidedOn), details: {} };
  },
  death: (_s, i) => ({ patch: { ...exit("died", i.diedOn), isExempt: false }, details: {} }),
  readmission: planReadmission,
  restoration: (s) => {
    // Restored after an expulsion or a striking off found wrong on complaint: membership is continuous, no gap is
    // counted (117-QĐ/TW 2023; 294-QĐ/TW on complaints about striking off).
    if (s.status !== "left" || !s.exitReason || !restorableExits.includes(s.exitReason)) fail("member.notRestorable");
    return {
      patch: { status: s.fullMembershipOn ? "full" : "probationary", exitReason: null, exitedOn: null },
      details: { annulledExit: s.exitReason, exitedOn: s.exitedOn },
    };
  },
};
