import { randomUUID } from "node:crypto";
import type {
  CreateMemberInput,
  Member,
  MemberListQuery,
  MemberPage,
  OrgUnitType,
  UpdateMemberInput,
} from "@dangvu/contract";
import { permissionsIfVisible, requireCan } from "../../access/require";
import { resolveScope } from "../../access/scope";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { Conflict, RuleViolation } from "../../errors";
import { ruleValue } from "../../rules/settings";
import { activeUnit, isCell, unitNames } from "../org";
import { requireMember } from "./members.access";
import * as repo from "./members.repo";
import { type LifecycleRules, newMemberProblems, probationEndsOn } from "./members.rules";
import { toListItem, toMember } from "./members.view";
import { futureDateProblems } from "./members-record.rules";
import { loadPaperRuleBook, paperProblems, problemsRefused } from "./members-rules.load";
import * as write from "./members-write.repo";

/** A page of the members in the actor's subtree (or a unit's subtree inside it), filtered and sorted in SQL. */
export async function listMembers(ctx: Ctx, filter: MemberListQuery): Promise<MemberPage> {
  const where = await listWhere(ctx, filter);
  // Resolved again for a list sorted by unit (from the server's copy of the tree: no query).
  const units = filter.sort === "unit" ? await resolveScope(ctx.db, ctx.actor, "member.read", filter.orgUnitId) : "all";
  const { rows, total } = await repo.listMembers(ctx.db, where, filter, units);
  return { items: rows.map((row) => toListItem(row, ctx.today)), total };
}

/** The SQL condition of a list: the scope, an optional unit's subtree (which must be visible), the filters. */
export async function listWhere(ctx: Ctx, filter: MemberListQuery): Promise<repo.MemberWhere> {
  if (filter.orgUnitId) await requireCan(ctx, "member.read", filter.orgUnitId);
  const scope = await resolveScope(ctx.db, ctx.actor, "member.read", filter.orgUnitId);
  const idScope =
    filter.q && repo.isNumberSearch(filter.q)
      ? await resolveScope(ctx.db, ctx.actor, "member.sensitive", filter.orgUnitId)
      : [];
  return repo.memberConditions(scope, filter, ctx.today, idScope);
}

/** One member's profile with party age, cards and the actions allowed. */
export async function getMember(ctx: Ctx, id: string): Promise<Member> {
  const { member, held, receiving } = await requireMember(ctx, id);
  // Probation ends by the rule in force on the ceremony's day.
  const rules = await ruleValue<LifecycleRules>(ctx.db, "member.lifecycle", member.ceremonyOn ?? ctx.today);
  const [cards, helper, transfer] = await Promise.all([
    repo.listCards(ctx.db, id),
    member.helperMemberId ? repo.findMember(ctx.db, member.helperMemberId) : undefined,
    repo.openTransfer(ctx.db, id),
  ]);
  const host = member.temporaryOrgUnitId;
  const names = await unitNames(ctx.db, [
    member.orgUnitId,
    ...(transfer?.toOrgUnitId ? [transfer.toOrgUnitId] : []),
    ...(host ? [host] : []),
  ]);
  const receiver = transfer?.toOrgUnitId ? await permissionsIfVisible(ctx, transfer.toOrgUnitId) : null;
  const pendingTransfer = transfer?.toOrgUnitId
    ? {
        kind: transfer.kind as "official" | "temporary",
        toOrgUnitId: transfer.toOrgUnitId,
        toOrgUnitName: names.get(transfer.toOrgUnitId) ?? "",
        dueOn: transfer.dueOn,
      }
    : null;
  return toMember(member, {
    orgUnitName: names.get(member.orgUnitId) ?? "",
    helperName: helper?.fullName ?? null,
    probationEndsOn:
      member.status === "probationary" && member.ceremonyOn ? probationEndsOn(member.ceremonyOn, rules) : null,
    cards: cards.map((c) => ({ cardNumber: c.cardNumber, issuedOn: c.issuedOn, reason: c.reason, endedOn: c.endedOn })),
    pendingTransfer,
    held,
    receiving,
    canReceive: Boolean(receiver?.has("member.write")),
    hostName: host ? (names.get(host) ?? null) : null,
    today: ctx.today,
  });
}

/** Creates a member record in a cell: a new candidate, or a member entered from paper or transferred in. */
export async function createMember(ctx: Ctx, input: CreateMemberInput): Promise<Member> {
  await requireCan(ctx, "member.write", input.orgUnitId);
  const unit = await activeUnit(ctx, input.orgUnitId);
  if (!isCell(unit.type as OrgUnitType))
    throw new RuleViolation("member.unitNotCell", {}, { orgUnitId: "member.unitNotCell" });
  const problem = newMemberProblems(input, ctx.today)[0];
  if (problem) throw new RuleViolation(problem.code, {}, { [problem.field]: problem.code });
  const future = futureDateProblems(input, ctx.today);
  if (future.length > 0) throw problemsRefused("member.dateInFuture", future);
  const overridden = await irregularities(ctx, input);
  await checkUnique(ctx, input.citizenId ?? null, input.cardNumber ?? null);
  const id = randomUUID();
  const since = input.receivedOn ?? input.admissionDecidedOn ?? ctx.today;
  await ctx.transaction(async (tx) => {
    await write.insertMember(tx, write.newMemberRow(id, input, ctx.now));
    await write.openMembership(tx, id, input.orgUnitId, "official", since);
    if (input.cardNumber) await write.insertCard(tx, id, input.cardNumber, input.fullMembershipOn ?? since, "first");
    await write.insertEvent(tx, {
      memberId: id,
      // A member transferred in from another party organisation (chuyển sinh hoạt đến) starts with that event.
      kind: input.transferredFrom ? "transfer_in" : "created",
      occurredOn: input.transferredFrom ? (input.receivedOn ?? ctx.today) : ctx.today,
      orgUnitId: input.orgUnitId,
      details: {
        status: input.status,
        transferredFrom: input.transferredFrom ?? null,
        ...(overridden.length > 0 ? { irregular: { reason: input.irregularReason, problems: overridden } } : {}),
      },
      createdBy: ctx.actor.userId,
      createdByName: ctx.actor.displayName,
      createdAt: ctx.now,
    });

    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "member.created",
      entityType: "member",
      entityId: id,
      after: overridden.length > 0 ? { ...input, overridden } : input,
    });
  });
  return getMember(ctx, id);
}

/**
 * The rules a record entered from paper breaks, judged by the versions in force on its own dates; refused unless the
 * person states why the old record is irregular, and a reason with nothing to excuse is refused too. Returns the
 * codes of what the reason excuses.
 */
async function irregularities(ctx: Ctx, input: CreateMemberInput): Promise<string[]> {
  const problems = paperProblems(await loadPaperRuleBook(ctx.db), input, ctx.today);
  if (problems.length > 0 && !input.irregularReason) throw problemsRefused("member.paper.irregular", problems);
  if (problems.length === 0 && input.irregularReason)
    throw new RuleViolation("member.paper.notIrregular", {}, { irregularReason: "member.paper.notIrregular" });
  return problems.map((p) => p.code);
}

/** Edits the profile fields, refusing a stale version (409) and a citizen ID already on another record. */
export async function updateMember(ctx: Ctx, id: string, input: UpdateMemberInput): Promise<Member> {
  const { member } = await requireMember(ctx, id, "member.write");
  if (member.version !== input.version) throw new Conflict("version.stale", {}, { version: "version.stale" });
  const birthProblem =
    input.birthDate && newMemberProblems({ ...member, status: "candidate", birthDate: input.birthDate }, ctx.today)[0];
  if (birthProblem) throw new RuleViolation(birthProblem.code, {}, { birthDate: birthProblem.code });
  if (input.citizenId && input.citizenId !== member.citizenId) await checkUnique(ctx, input.citizenId, null);
  const { version, ...fields } = input;
  const changes = Object.fromEntries(
    Object.entries(fields).filter(([k, v]) => v !== undefined && v !== member[k as keyof typeof member]),
  );
  if (Object.keys(changes).length === 0) return getMember(ctx, id);
  await ctx.transaction(async (tx) => {
    if (!(await write.updateMember(tx, id, version, changes)))
      throw new Conflict("version.stale", {}, { version: "version.stale" });
    const before = Object.fromEntries(Object.keys(changes).map((k) => [k, member[k as keyof typeof member]]));
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "member.updated",
      entityType: "member",
      entityId: id,
      before,
      after: changes,
    });
  });
  return getMember(ctx, id);
}

export async function checkUnique(ctx: Ctx, citizenId: string | null, cardNumber: string | null) {
  if (citizenId && (await repo.findByCitizenId(ctx.db, citizenId))) {
    throw new Conflict("member.citizenIdTaken", { citizenId }, { citizenId: "member.citizenIdTaken" });
  }
  if (cardNumber && (await repo.cardInUse(ctx.db, cardNumber))) {
    throw new Conflict("member.cardTaken", { cardNumber }, { cardNumber: "member.cardTaken" });
  }
}
