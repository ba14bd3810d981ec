import type { DecideDisciplineInput, DecidingBody, Discipline, DisciplineFormAny, OrgUnitType } from "@dangvu/contract";
import { ancestorsOrSelf } from "../../access/scope";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import type { Tx } from "../../db/database";
import { Conflict } from "../../errors";
import { translate } from "../../i18n";
import { dmy } from "../../rules/dates";
import { ruleValue } from "../../rules/settings";
import { isOnMemberList, requireMember } from "../members";
import { activeUnit } from "../org";
import { authorityBreach, type DisciplineSubject, limitationEndsOn, memberEventOf } from "./discipline.rules";
import { type Authority, authorityKey, type Limitation, limitationKey } from "./inspection.settings";
import * as repo from "./inspection-discipline.repo";
import { checkForm, fail, requireDiscipline, shownAfterWrite } from "./inspection-discipline.service";
import { decidingBodyName } from "./inspection-discipline.view";
import { recordOnMember } from "./inspection-discipline-effects";

type Row = repo.DisciplineRow;
type MemberFacts = { id: string; orgUnitId: string; fullName: string };

/** The subject as it stands on the decision's day, and the unit it stands in now (the member's cell). */
async function subjectOn(ctx: Ctx, row: Row, decidedOn: string) {
  if (row.subjectType === "organisation") {
    const subject: DisciplineSubject = { type: "organisation" };
    return { subject, unitId: row.subjectUnitId, member: null };
  }
  const { member } = await requireMember(ctx, row.memberId as string);
  if (!isOnMemberList(member.status as never)) fail("discipline.notOnList", { name: member.fullName }, "form");
  const full = member.status === "full" && (!member.fullMembershipOn || member.fullMembershipOn <= decidedOn);
  const subject: DisciplineSubject = { type: "member", status: full ? "full" : "probationary" };
  return { subject, unitId: member.orgUnitId, member: member as MemberFacts };
}

async function relationOf(ctx: Ctx, subjectUnitId: string, decidingUnitId: string) {
  if (subjectUnitId === decidingUnitId) return "own" as const;
  return (await ancestorsOrSelf(ctx.db, subjectUnitId)).has(decidingUnitId) ? ("below" as const) : ("outside" as const);
}

/** The deciding body's authority over the form and the subject (Điều lệ Đ36), as the rule setting holds it. */
async function checkAuthority(ctx: Ctx, row: Row, form: DisciplineFormAny, on: string, subjectUnitId: string) {
  const unit = await activeUnit(ctx, row.decidingUnitId);
  const authority = await ruleValue<Authority>(ctx.db, authorityKey, on);
  const breach = authorityBreach(authority, {
    body: row.decidingBody as DecidingBody,
    unitType: unit.type as OrgUnitType,
    subjectType: row.subjectType as "member" | "organisation",
    form,
    relation: await relationOf(ctx, subjectUnitId, row.decidingUnitId),
  });
  const params = {
    body: decidingBodyName(row.decidingBody as DecidingBody, unit.name),
    form: translate(ctx.lang, `discipline.form.${form}`),
    setting: authorityKey,
  };
  if (breach) fail(breach, params, "form");
  return unit.name;
}

/** Refuses a decision past the limitation period (domain.md §7.4), naming its last day and the setting. */
async function checkLimitation(ctx: Ctx, row: Row, form: DisciplineFormAny, input: DecideDisciplineInput) {
  const renewedOn = input.renewedOn ?? row.renewedOn;
  if (renewedOn && (renewedOn < row.violationFrom || renewedOn > input.decidedOn))
    fail("discipline.renewedOutside", {}, "renewedOn");
  const limitation = await ruleValue<Limitation>(ctx.db, limitationKey, input.decidedOn);
  const lastDay = limitationEndsOn(limitation, {
    subjectType: row.subjectType as "member" | "organisation",
    form,
    group: row.violationGroup as Parameters<typeof limitationEndsOn>[1]["group"],
    violationFrom: row.violationFrom,
    violationTo: row.violationTo,
    renewedOn,
  });
  if (lastDay && input.decidedOn > lastDay)
    fail("discipline.timeBarred", { lastDay: dmy(lastDay), setting: limitationKey }, "decidedOn");
  return renewedOn;
}

async function checkDecision(ctx: Ctx, row: Row, input: DecideDisciplineInput) {
  if (row.status !== "proposed")
    throw new Conflict("discipline.alreadyDecided", {}, { form: "discipline.alreadyDecided" });
  if (input.version !== row.version) throw new Conflict("version.stale");
  if (input.decidedOn < row.proposedOn)
    fail("discipline.decidedBeforeProposal", { date: dmy(row.proposedOn) }, "decidedOn");
  if (input.decidedOn > ctx.today) fail("discipline.decidedInFuture", {}, "decidedOn");
  const year = Number(input.decidedOn.slice(0, 4));
  if (await repo.decisionNoTaken(ctx.db, row.decidingUnitId, input.decisionNo, year, row.id))
    throw new Conflict(
      "discipline.decisionTaken",
      { decisionNo: input.decisionNo, year },
      { decisionNo: "discipline.decisionTaken" },
    );
}

/** What the decision does to the member's record, in the decision's transaction (the members module's rules apply). */
async function applyEffect(
  ctx: Ctx,
  tx: Tx,
  row: Row,
  member: MemberFacts | null,
  input: DecideDisciplineInput,
  body: string,
) {
  const kind = input.form ? memberEventOf(input.form) : null;
  if (!member || !kind || !input.form) return;
  // The post a member is removed from goes into the note of their record's event, which has no field for it.
  const removed = input.form === "dismissal" && input.post ? `Cách chức: ${input.post}` : null;
  const note = [removed, input.note].filter(Boolean).join(". ").slice(0, 1000) || undefined;
  const decision = { decisionNo: input.decisionNo, decidedOn: input.decidedOn, note };
  const event =
    kind === "expulsion"
      ? { kind, ...decision }
      : { kind, ...decision, form: input.form as "reprimand" | "warning" | "dismissal", decidingBody: body };
  await recordOnMember(ctx, tx, member, event, row.id);
}

/**
 * Decides a proposal: a form allowed for the subject on the day, within the body's authority and the limitation
 * period, or none (the body decides not to discipline). A member's discipline is recorded on their record in the same
 * transaction; an expulsion ends the membership. An organisation's dissolution is recorded here only: dissolving the
 * unit is the organisation module's own act.
 */
export async function decideDiscipline(ctx: Ctx, id: string, input: DecideDisciplineInput): Promise<Discipline> {
  const { row } = await requireDiscipline(ctx, id, "inspection.write");
  await checkDecision(ctx, row, input);
  let member: MemberFacts | null = null;
  let body = "";
  let renewedOn = row.renewedOn;
  if (input.form) {
    const on = await subjectOn(ctx, row, input.decidedOn);
    member = on.member;
    checkForm(ctx, input.form, on.subject, "form");
    if (input.form === "dismissal" && !input.post) fail("discipline.postRequired", {}, "post");
    const unitName = await checkAuthority(ctx, row, input.form, input.decidedOn, on.unitId);
    body = decidingBodyName(row.decidingBody as DecidingBody, unitName);
    renewedOn = await checkLimitation(ctx, row, input.form, input);
  }
  await ctx.transaction(async (tx) => {
    const changed = await repo.updateDiscipline(tx, id, row.version, {
      status: input.form ? "decided" : "not_disciplined",
      form: input.form,
      decisionNo: input.decisionNo,
      decidedOn: input.decidedOn,
      post: input.form === "dismissal" ? (input.post ?? null) : null,
      renewedOn,
      note: input.note ?? null,
    });
    if (!changed) throw new Conflict("version.stale");
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "discipline.decided",
      entityType: "discipline",
      entityId: id,
      before: { status: row.status },
      after: input,
    });
    await applyEffect(ctx, tx, row, member, input, body);
  });
  return shownAfterWrite(ctx, id);
}
