import type { Member, MemberEvent, MemberEventInput, MemberStatus, OrgUnitType } from "@dangvu/contract";
import { requireCan } from "../../access/require";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import type { Tx } from "../../db/database";
import { Conflict, RuleViolation } from "../../errors";
import { loadCalendar } from "../../rules/lifecycle-settings";
import { activeUnit, isCell, unitNames } from "../org";
import { requireMember } from "./members.access";
import { type EventFacts, type LifecycleState, type Plan, planEvent } from "./members.lifecycle";
import * as repo from "./members.repo";
import { getMember } from "./members.service";
import type { IntroducerFact } from "./members-admission.rules";
import { eventDate } from "./members-event-dates";
import { loadMemberRules } from "./members-rules.load";
import * as write from "./members-write.repo";

/** The member's lifecycle events, oldest first, with the unit each happened in. */
export async function listMemberEvents(ctx: Ctx, id: string): Promise<MemberEvent[]> {
  await requireMember(ctx, id);
  const events = await repo.listEvents(ctx.db, id);
  const names = await unitNames(ctx.db, [...new Set(events.flatMap((e) => (e.orgUnitId ? [e.orgUnitId] : [])))]);
  return events.map((e) => ({
    id: e.id,
    memberId: e.memberId,
    kind: e.kind,
    occurredOn: e.occurredOn,
    decisionNo: e.decisionNo,
    orgUnitId: e.orgUnitId,
    orgUnitName: e.orgUnitId ? (names.get(e.orgUnitId) ?? null) : null,
    details: e.details,
    createdAt: e.createdAt.toISOString(),
    createdByName: e.createdByName,
  }));
}

/** Records one lifecycle event, judged by the rules of domain.md §2, with its consequences, in one transaction. */
export async function recordMemberEvent(ctx: Ctx, id: string, input: MemberEventInput): Promise<Member> {
  // A receiving cell writes only the reception of a member coming to it.
  const { member } = await requireMember(ctx, id, "member.write", input.kind === "transfer_received");
  const transfer = await repo.openTransfer(ctx.db, id);
  if (input.kind === "transfer_received" && transfer?.toOrgUnitId)
    await requireCan(ctx, "member.write", transfer.toOrgUnitId);
  await checkReferences(ctx, member.orgUnitId, input);
  const state: LifecycleState = {
    ...(member as unknown as LifecycleState),
    hasOpenTransfer: Boolean(transfer),
    temporaryElsewhere: Boolean(member.temporaryOrgName || member.temporaryOrgUnitId),
    lastEventOn: await repo.lastEventOn(ctx.db, id),
    readmissions: input.kind === "readmission" ? await repo.countEvents(ctx.db, id, "readmission") : 0,
  };
  const facts: EventFacts = { introducers: await introducerFacts(ctx, input) };
  // Every event is judged by the rule versions in force on its own date, not today's.
  const rules = await loadMemberRules(ctx.db, eventDate(input));
  const plan = planEvent(state, input, rules, await loadCalendar(ctx.db), ctx.today, facts);
  if (input.kind === "card_issued" && (await repo.cardInUse(ctx.db, input.cardNumber))) {
    throw new Conflict("member.cardTaken", { cardNumber: input.cardNumber }, { cardNumber: "member.cardTaken" });
  }
  await ctx.transaction(async (tx) => {
    const { hasOpenTransfer: _open, temporaryElsewhere: _temporary, lastEventOn: _last, ...changes } = plan.patch;
    if (!(await write.updateMember(tx, id, member.version, changes))) throw new Conflict("version.stale");
    await applyConsequences(tx, member, input, plan, transfer);
    await write.insertEvent(tx, {
      memberId: id,
      kind: input.kind,
      occurredOn: plan.occurredOn,
      decisionNo: plan.decisionNo,
      orgUnitId: member.orgUnitId,
      details: { ...plan.details, note: "note" in input ? (input.note ?? null) : null },
      createdBy: ctx.actor.userId,
      createdByName: ctx.actor.displayName,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: `member.${input.kind}`,
      entityType: "member",
      entityId: id,
      before: { status: member.status },
      after: input,
    });
  });
  return getMember(ctx, id);
}

/** What an event does beyond the member row: memberships, cards, transfers. */
async function applyConsequences(
  tx: Tx,
  member: repo.MemberRow,
  input: MemberEventInput,
  plan: Plan,
  transfer: Awaited<ReturnType<typeof repo.openTransfer>>,
) {
  const on = plan.occurredOn;
  if (plan.patch.status === "left") await write.closeMemberships(tx, member.id, on);
  if (input.kind === "readmission" || input.kind === "restoration")
    await write.openMembership(tx, member.id, member.orgUnitId, "official", on);
  if (input.kind === "card_issued")
    await write.insertCard(tx, member.id, input.cardNumber, input.issuedOn, input.reason);
  if (input.kind === "transfer" && input.toOrgUnitId) {
    await write.insertTransfer(tx, {
      memberId: member.id,
      kind: input.transferKind,
      fromOrgUnitId: member.orgUnitId,
      toOrgUnitId: input.toOrgUnitId,
      decidedOn: input.decidedOn,
      letterNo: input.letterNo ?? null,
      dueOn: plan.details.dueOn as string,
      expectedReturnOn: input.expectedReturnOn ?? null,
      status: "open",
    });
  }
  if (input.kind === "transfer_received" && transfer?.toOrgUnitId) {
    await write.closeTransfer(tx, transfer.id, "received", on);
    if (transfer.kind === "official") {
      await write.closeMemberships(tx, member.id, on, "official");
      await write.openMembership(tx, member.id, transfer.toOrgUnitId, "official", on);
      await write.updateMember(tx, member.id, member.version + 1, { orgUnitId: transfer.toOrgUnitId });
    } else {
      // Temporary members are not counted in the receiving unit (QĐ 29 on temporary activity); the official unit keeps them.
      await write.openMembership(tx, member.id, transfer.toOrgUnitId, "temporary", on);
      await write.updateMember(tx, member.id, member.version + 1, { temporaryOrgUnitId: transfer.toOrgUnitId });
    }
  }
  if (input.kind === "temporary_return") await write.closeMemberships(tx, member.id, on, "temporary");
}

/** The members named as introducers, as the rules need them; each must be a record the actor may see. */
async function introducerFacts(ctx: Ctx, input: MemberEventInput): Promise<IntroducerFact[]> {
  if (input.kind !== "admission" && input.kind !== "readmission") return [];
  const facts: IntroducerFact[] = [];
  for (const introducer of input.introducers ?? []) {
    const { member } = await requireMember(ctx, introducer.memberId);
    facts.push({
      memberId: member.id,
      fullName: member.fullName,
      status: member.status as MemberStatus,
      fullMembershipOn: member.fullMembershipOn,
      workedSince: introducer.workedSince,
    });
  }
  return facts;
}

/** Units and people an event points at must exist, be in reach, and be of the right kind. */
async function checkReferences(ctx: Ctx, currentUnitId: string, input: MemberEventInput) {
  if (input.kind === "transfer" && input.toOrgUnitId) {
    if (input.toOrgUnitId === currentUnitId)
      throw new RuleViolation("member.transferToSame", {}, { toOrgUnitId: "member.transferToSame" });
    await requireCan(ctx, "org.read", input.toOrgUnitId);
    const unit = await activeUnit(ctx, input.toOrgUnitId);
    if (!isCell(unit.type as OrgUnitType))
      throw new RuleViolation("member.transferTargetNotCell", {}, { toOrgUnitId: "member.transferTargetNotCell" });
  }
  if (input.kind === "helper_assigned") {
    const helper = await requireMember(ctx, input.helperMemberId);
    if (helper.member.status !== "full")
      throw new RuleViolation("member.helperNotFull", {}, { helperMemberId: "member.helperNotFull" });
  }
}
