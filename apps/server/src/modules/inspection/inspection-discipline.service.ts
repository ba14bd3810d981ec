import { randomUUID } from "node:crypto";
import type {
  DecidingBody,
  Discipline,
  DisciplineFormAny,
  DisciplineListQuery,
  DisciplinePage,
  OrgUnitType,
  ProposeDisciplineInput,
} from "@dangvu/contract";
import { requireCan } from "../../access/require";
import { ancestorsOrSelf } from "../../access/scope";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { NotFound, RuleViolation } from "../../errors";
import { translate } from "../../i18n";
import { isOnMemberList, requireMember } from "../members";
import { activeUnit, hasInspectionCommittee, isCell } from "../org";
import { type DisciplineSubject, formsFor } from "./discipline.rules";
import { requireInspectionAt, requireListWithin } from "./inspection.access";
import * as repo from "./inspection-discipline.repo";
import { listItems, toDiscipline } from "./inspection-discipline.view";

export const fail = (code: string, params: Record<string, string | number>, field: string): never => {
  throw new RuleViolation(code, params, { [field]: code });
};

/** The record and the actor's right over it: 404 when it does not exist or is not theirs to read. */
export async function requireDiscipline(ctx: Ctx, id: string, permission: "inspection.read" | "inspection.write") {
  const row = await repo.findDiscipline(ctx.db, id);
  if (!row) throw new NotFound();
  const { write } = await requireInspectionAt(ctx, permission, row.decidingUnitId);
  return { row, write };
}

/** Refuses (422) a form the subject does not allow, naming the form, the subject and what it allows. */
export function checkForm(ctx: Ctx, form: DisciplineFormAny, subject: DisciplineSubject, field: string) {
  const allowed = formsFor(subject);
  if (allowed.includes(form)) return;
  const label = (f: string) => translate(ctx.lang, `discipline.form.${f}`);
  const subjectKey = subject.type === "organisation" ? "organisation" : subject.status;
  fail(
    "discipline.formNotForSubject",
    {
      form: label(form),
      subject: translate(ctx.lang, `discipline.subject.${subjectKey}`),
      allowed: allowed.map(label).join(", "),
    },
    field,
  );
}

/** The subject of a proposal: a member on the list (with their cell now), or an organisation strictly below. */
async function subjectOf(ctx: Ctx, input: ProposeDisciplineInput) {
  if (input.subjectType === "member") {
    if (!input.memberId) return fail("discipline.memberRequired", {}, "memberId");
    const { member } = await requireMember(ctx, input.memberId);
    if (!isOnMemberList(member.status as never)) fail("discipline.notOnList", { name: member.fullName }, "memberId");
    const subject: DisciplineSubject = { type: "member", status: member.status as "full" | "probationary" };
    return { subject, memberId: member.id, unitId: member.orgUnitId };
  }
  if (!input.subjectUnitId) return fail("discipline.subjectUnitRequired", {}, "subjectUnitId");
  const chain = await ancestorsOrSelf(ctx.db, input.subjectUnitId);
  if (input.subjectUnitId === input.orgUnitId || !chain.has(input.orgUnitId))
    fail("discipline.organisationNotBelow", {}, "subjectUnitId");
  const subject: DisciplineSubject = { type: "organisation" };
  return { subject, memberId: null, unitId: input.subjectUnitId };
}

const caseStatesToCite = ["concluded", "notified", "closed"];

/** A case cited by a proposal: one the actor may write, concluded or later. */
async function checkCase(ctx: Ctx, caseId: string) {
  const found = await repo.caseFacts(ctx.db, caseId);
  if (!found) throw new NotFound("notFound", {}, { caseId: "notFound" });
  await requireInspectionAt(ctx, "inspection.write", found.orgUnitId, found.sharedWithRoles);
  if (!caseStatesToCite.includes(found.state)) fail("discipline.caseNotConcluded", {}, "caseId");
}

/** Whether the unit has the body at all: a cell its members' meeting, a committee its BCH, BTV, UBKT (Điều lệ Đ32). */
function bodyExists(body: DecidingBody, type: OrgUnitType): boolean {
  if (body === "cell") return isCell(type);
  if (body === "inspection_committee") return hasInspectionCommittee(type);
  return !isCell(type);
}

function checkProposalDates(ctx: Ctx, input: ProposeDisciplineInput) {
  if (input.violationTo && input.violationTo < input.violationFrom)
    fail("discipline.violationEndsBeforeStart", {}, "violationTo");
  if (input.proposedOn > ctx.today) fail("discipline.proposedInFuture", {}, "proposedOn");
  if (input.violationFrom > input.proposedOn) fail("discipline.proposedBeforeViolation", {}, "proposedOn");
}

/** Proposes a discipline to the body of `orgUnitId`, refused (422) when the form does not fit the subject. */
export async function proposeDiscipline(ctx: Ctx, input: ProposeDisciplineInput): Promise<Discipline> {
  // Creating reveals no record: at a unit they see, those without the right are refused (403) as for any other.
  await requireCan(ctx, "inspection.write", input.orgUnitId);
  const unit = await activeUnit(ctx, input.orgUnitId);
  if (!bodyExists(input.decidingBody, unit.type as OrgUnitType))
    fail("discipline.noSuchBody", { unit: unit.name }, "decidingBody");
  const { subject, memberId, unitId } = await subjectOf(ctx, input);
  checkForm(ctx, input.proposedForm, subject, "proposedForm");
  if (input.caseId) await checkCase(ctx, input.caseId);
  checkProposalDates(ctx, input);
  const row = {
    id: randomUUID(),
    subjectType: input.subjectType,
    memberId,
    subjectUnitId: unitId,
    decidingUnitId: input.orgUnitId,
    decidingBody: input.decidingBody,
    caseId: input.caseId ?? null,
    violation: input.violation,
    violationGroup: input.violationGroup,
    violationFrom: input.violationFrom,
    violationTo: input.violationTo ?? null,
    proposedForm: input.proposedForm,
    proposedBy: input.proposedBy,
    proposedOn: input.proposedOn,
    status: "proposed",
    version: 1,
    createdAt: ctx.now,
  };
  await ctx.transaction(async (tx) => {
    await repo.insertDiscipline(tx, row);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "discipline.proposed",
      entityType: "discipline",
      entityId: row.id,
      after: input,
    });
  });
  return shownAfterWrite(ctx, row.id);
}

/** The record as it stands after a write by someone who may write it. */
export async function shownAfterWrite(ctx: Ctx, id: string): Promise<Discipline> {
  const row = (await repo.findDiscipline(ctx.db, id)) as repo.DisciplineRow;
  return toDiscipline(ctx.db, row, await repo.complaintsOf(ctx.db, [id]), ctx.today, true);
}

/** The records within a unit (or every one the actor may read), confidential to the inspection committee. */
export async function listDisciplines(ctx: Ctx, q: DisciplineListQuery): Promise<DisciplinePage> {
  await requireListWithin(ctx, q.orgUnitId);
  const { rows, total } = await repo.listDisciplines(ctx.db, ctx.actor, q);
  return { items: await listItems(ctx.db, rows, ctx.today), total };
}

/** One record, with its complaints; the opening is itself audited. */
export async function getDiscipline(ctx: Ctx, id: string): Promise<Discipline> {
  const { row, write } = await requireDiscipline(ctx, id, "inspection.read");
  await ctx.transaction((tx) =>
    recordAudit(tx, ctx.actor, ctx.now, { action: "discipline.opened", entityType: "discipline", entityId: id }),
  );
  return toDiscipline(ctx.db, row, await repo.complaintsOf(ctx.db, [id]), ctx.today, write);
}

/** For the audit trail: the unit that governs the record, when the actor may read it. */
export async function locateDisciplineForAudit(ctx: Ctx, id: string): Promise<{ orgUnitId: string }> {
  const { row } = await requireDiscipline(ctx, id, "inspection.read");
  return { orgUnitId: row.decidingUnitId };
}
