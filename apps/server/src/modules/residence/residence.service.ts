import { randomUUID } from "node:crypto";
import type {
  CreateResidenceInput,
  EndResidenceInput,
  MemberResidence,
  MemberStatus,
  ResidenceRegistration,
  UpdateResidenceInput,
} from "@dangvu/contract";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { Conflict, NotFound, RuleViolation } from "../../errors";
import { isOnMemberList, requireMember } from "../members";
import * as repo from "./residence.repo";
import { toRegistration, toRequest } from "./residence.view";

/** A member's registrations and comment requests, with whether the user may change them. */
export async function getMemberResidence(ctx: Ctx, memberId: string): Promise<MemberResidence> {
  const { held } = await requireMember(ctx, memberId);
  const [registrations, requests] = await Promise.all([
    repo.listRegistrations(ctx.db, memberId),
    repo.listedRequestsOfMember(ctx.db, memberId),
  ]);
  return {
    registrations: registrations.map(toRegistration),
    requests: requests.map((r) => toRequest(r, ctx.today)),
    can: { write: held.has("member.write") },
  };
}

/** Registers a member at a place of residence; a member has at most one registration in force. */
export async function createRegistration(
  ctx: Ctx,
  memberId: string,
  input: CreateResidenceInput,
): Promise<ResidenceRegistration> {
  const { member } = await requireMember(ctx, memberId, "member.write");
  if (!isOnMemberList(member.status as MemberStatus))
    throw new RuleViolation("residence.notMember", { name: member.fullName });
  checkNotFuture(ctx, input.registeredOn, "registeredOn");
  if (await repo.activeRegistration(ctx.db, memberId)) throw new Conflict("residence.activeExists");
  const id = randomUUID();
  await ctx.transaction(async (tx) => {
    await repo.insertRegistration(tx, { id, memberId, ...input });
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "residence.registered",
      entityType: "residenceRegistration",
      entityId: id,
      after: { memberId, ...input },
    });
  });
  return toRegistration((await repo.findRegistration(ctx.db, id)) as repo.RegistrationRow);
}

/** Corrects a registration, refusing a stale version (409). */
export async function updateRegistration(
  ctx: Ctx,
  id: string,
  input: UpdateResidenceInput,
): Promise<ResidenceRegistration> {
  const registration = await writableRegistration(ctx, id);
  const { version, ...fields } = input;
  if (registration.version !== version) throw new Conflict("version.stale", {}, { version: "version.stale" });
  if (fields.registeredOn) checkNotFuture(ctx, fields.registeredOn, "registeredOn");
  const changes = Object.fromEntries(
    Object.entries(fields).filter(([k, v]) => v !== undefined && v !== registration[k as keyof typeof registration]),
  );
  if (Object.keys(changes).length === 0) return toRegistration(registration);
  return saveChanges(ctx, registration, version, changes, "residence.updated");
}

/** Ends a registration (the member moved or stopped), from a date not before it began. */
export async function endRegistration(ctx: Ctx, id: string, input: EndResidenceInput): Promise<ResidenceRegistration> {
  const registration = await writableRegistration(ctx, id);
  if (registration.version !== input.version) throw new Conflict("version.stale", {}, { version: "version.stale" });
  if (registration.endedOn) throw new Conflict("residence.alreadyEnded");
  checkNotFuture(ctx, input.endedOn, "endedOn");
  if (input.endedOn < registration.registeredOn)
    throw new RuleViolation("residence.endBeforeStart", {}, { endedOn: "residence.endBeforeStart" });
  return saveChanges(ctx, registration, input.version, { endedOn: input.endedOn }, "residence.ended");
}

/** A registration of a member the user may change (404 outside the subtree, 403 without member.write). */
export async function writableRegistration(ctx: Ctx, id: string): Promise<repo.RegistrationRow> {
  const registration = await repo.findRegistration(ctx.db, id);
  if (!registration) throw new NotFound();
  await requireMember(ctx, registration.memberId, "member.write");
  return registration;
}

async function saveChanges(
  ctx: Ctx,
  registration: repo.RegistrationRow,
  version: number,
  changes: Partial<repo.RegistrationRow>,
  action: string,
): Promise<ResidenceRegistration> {
  await ctx.transaction(async (tx) => {
    if (!(await repo.updateRegistration(tx, registration.id, version, changes)))
      throw new Conflict("version.stale", {}, { version: "version.stale" });
    const before = Object.fromEntries(
      Object.keys(changes).map((k) => [k, registration[k as keyof typeof registration]]),
    );
    await recordAudit(tx, ctx.actor, ctx.now, {
      action,
      entityType: "residenceRegistration",
      entityId: registration.id,
      before,
      after: changes,
    });
  });
  return toRegistration((await repo.findRegistration(ctx.db, registration.id)) as repo.RegistrationRow);
}

function checkNotFuture(ctx: Ctx, date: string, field: string) {
  if (date > ctx.today) throw new RuleViolation("residence.dateInFuture", {}, { [field]: "residence.dateInFuture" });
}

/** For the audit trail: a registration or a comment request is read where its member is. */
export async function locateRegistrationForAudit(ctx: Ctx, id: string): Promise<{ orgUnitId: string } | undefined> {
  const registration = await repo.findRegistration(ctx.db, id);
  if (!registration) return undefined;
  const { member } = await requireMember(ctx, registration.memberId);
  return { orgUnitId: member.orgUnitId };
}

export async function locateRequestForAudit(ctx: Ctx, id: string): Promise<{ orgUnitId: string } | undefined> {
  const request = await repo.findRequest(ctx.db, id);
  if (!request) return undefined;
  const { member } = await requireMember(ctx, request.memberId);
  return { orgUnitId: member.orgUnitId };
}
