import type { Ctx } from "../../context";
import { NotFound, RuleViolation } from "../../errors";
import { fileSlug, partyDocx } from "../../platform/party-document";
import { getUnit, type PaperUnit, paperUnit, signerOn } from "../org";
import * as repo from "./members.repo";
import { getMember } from "./members.service";
import { type TransferFacts, transferLetter } from "./members-papers.letter";
import { memberSheet } from "./members-papers.sheet";

/**
 * The member papers printed in the party layout (party-document.ts): the Phiếu đảng viên (mẫu 2-HSĐV) and the
 * letter of a transfer of party activity. Their numbers (số GTSHĐ, số SĐV) are left blank to be written by hand:
 * a register of such numbers does not exist for these papers yet.
 */

export interface PaperFile {
  fileName: string;
  buffer: Buffer;
}

/** The organisations above a member's cell, top first, each with its type (for the sheet's header lines). */
export interface UnitLine {
  name: string;
  type: string;
}

/** The Phiếu đảng viên (2-HSĐV) of a member: the record's fields, masked as the user's rights say. */
export async function memberSheetDocx(ctx: Ctx, memberId: string): Promise<PaperFile> {
  const member = await getMember(ctx, memberId);
  const chain = await unitChain(ctx, member.orgUnitId);
  const buffer = await partyDocx(memberSheet(member, chain));
  return { fileName: `phieu-dang-vien-${fileSlug(member.fullName)}.docx`, buffer };
}

/** The letter of a member's transfer (the latest one unless `eventId` names another of theirs). */
export async function transferLetterDocx(ctx: Ctx, memberId: string, eventId?: string): Promise<PaperFile> {
  const member = await getMember(ctx, memberId);
  const transfers = (await repo.listEvents(ctx.db, memberId)).filter((e) => e.kind === "transfer");
  const event = eventId ? transfers.find((e) => e.id === eventId) : transfers.at(-1);
  if (eventId && !event) throw new NotFound();
  if (!event) throw new RuleViolation("member.noTransferToPrint", { name: member.fullName });
  const details = event.details as Record<string, unknown>;
  const fromUnitId = event.orgUnitId ?? member.orgUnitId;
  const issuer = await grassrootsOf(ctx, fromUnitId);
  const toUnitId = typeof details.toOrgUnitId === "string" ? details.toOrgUnitId : null;
  const facts: TransferFacts = {
    member,
    kind: details.transferKind === "temporary" ? "temporary" : "official",
    decidedOn: event.occurredOn,
    dueOn: typeof details.dueOn === "string" ? details.dueOn : null,
    expectedReturnOn: typeof details.expectedReturnOn === "string" ? details.expectedReturnOn : null,
    target: toUnitId
      ? (await paperUnit(ctx.db, toUnitId)).name
      : typeof details.toOrganisationName === "string"
        ? details.toOrganisationName
        : "",
    fromCell: await paperUnit(ctx.db, fromUnitId),
    issuer,
    signer: (await signerOn(ctx.db, issuer.id, event.occurredOn))?.name ?? null,
  };
  const buffer = await partyDocx(transferLetter(facts));
  return { fileName: `giay-gioi-thieu-sinh-hoat-dang-${fileSlug(member.fullName)}.docx`, buffer };
}

/** The units from the top of the user's view down to `unitId`, with their types. */
async function unitChain(ctx: Ctx, unitId: string): Promise<UnitLine[]> {
  const unit = await getUnit(ctx, unitId);
  const lines: UnitLine[] = [];
  for (const step of unit.path) lines.push({ name: step.name, type: (await paperUnit(ctx.db, step.id)).type });
  return lines;
}

/** The grassroots organisation a cell belongs to (itself when it is a grassroots cell): it issues the letter. */
async function grassrootsOf(ctx: Ctx, unitId: string): Promise<PaperUnit & { id: string }> {
  const unit = await getUnit(ctx, unitId);
  for (const step of [...unit.path].reverse()) {
    const paper = await paperUnit(ctx.db, step.id);
    if (paper.type === "grassroots_committee" || paper.type === "grassroots_cell") return { ...paper, id: step.id };
  }
  return { ...(await paperUnit(ctx.db, unitId)), id: unitId };
}
