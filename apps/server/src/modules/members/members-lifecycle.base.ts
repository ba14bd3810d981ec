import type { ExitReason, MemberEventInput, MemberStatus } from "@dangvu/contract";
import { RuleViolation } from "../../errors";
import type { WorkCalendar } from "../../rules/calendar";
import { isOnMemberList } from "./members.rules";
import type { IntroducerFact, Problem } from "./members-admission.rules";
import type { MemberRules } from "./members-rules.load";

/** What the lifecycle needs to know about a member to judge the next event. */
export interface LifecycleState {
  id: string;
  status: MemberStatus;
  exitReason: ExitReason | null;
  exitedOn: string | null;
  isExempt: boolean;
  temporaryElsewhere: boolean;
  hasOpenTransfer: boolean;
  birthDate: string;
  generalEducation: string | null;
  admissionDecidedOn: string | null;
  decisionReceivedOn: string | null;
  firstAdmissionDecidedOn: string | null;
  ceremonyOn: string | null;
  fullMembershipOn: string | null;
  courseCompletedOn: string | null;
  partyGaps: [string, string][];
  lastEventOn: string | null;
  /** How many times the person has been re-admitted before. */
  readmissions: number;
}

/** What the service looked up for an event: the members named as introducers. */
export interface EventFacts {
  introducers: IntroducerFact[];
}

export interface Plan {
  occurredOn: string;
  decisionNo: string | null;
  patch: Partial<LifecycleState> & Record<string, unknown>;
  details: Record<string, unknown>;
}

export type Input<K extends MemberEventInput["kind"]> = Extract<MemberEventInput, { kind: K }>;

export const fail = (code: string, params: Record<string, string | number> = {}, field?: string): never => {
  throw new RuleViolation(code, params, field ? { [field]: code } : {});
};
export const failWith = (problem: Problem | null | undefined) => {
  if (problem) fail(problem.code, problem.params, problem.field);
};

export type Planner<K extends MemberEventInput["kind"]> = (
  s: LifecycleState,
  i: Input<K>,
  r: MemberRules,
  c: WorkCalendar,
  f: EventFacts,
) => Omit<Plan, "occurredOn" | "decisionNo">;

export function requireStatus(state: LifecycleState, allowed: MemberStatus[]) {
  if (!allowed.includes(state.status)) {
    if (state.status === "left") fail("member.hasLeft");
    if (!isOnMemberList(state.status) && allowed.some(isOnMemberList)) fail("member.notYetAdmitted");
    fail("member.wrongStatus");
  }
}

/** The patch of an exit from the lists. */
export function exit(reason: ExitReason, on: string) {
  return { status: "left" as const, exitReason: reason, exitedOn: on, temporaryElsewhere: false };
}
