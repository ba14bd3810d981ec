import type { CreateCaseInput, InspectionCase } from "@dangvu/contract";
import type { Ctx } from "../../context";
import type { Tx } from "../../db/database";
import { NotFound } from "../../errors";

/** What else a new case is opened from: a letter links itself to the case in the same transaction. */
export interface CaseOrigin {
  letterId?: string;
  link?(tx: Tx, caseId: string): Promise<void>;
}

/** Opens a case (being written). */
export async function createCase(
  _ctx: Ctx,
  _input: CreateCaseInput,
  _origin: CaseOrigin = {},
): Promise<InspectionCase> {
  throw new NotFound();
}

/** For the audit trail: the unit that governs the record, when the actor may read it. */
export async function locateCaseForAudit(_ctx: Ctx, _id: string): Promise<{ orgUnitId: string }> {
  throw new NotFound();
}
