import type { Ctx } from "../../context";
import { NotFound } from "../../errors";

/** For the audit trail: the unit that governs the record, when the actor may read it (filled in by issue 11's work). */
export async function locateDisciplineForAudit(_ctx: Ctx, _id: string): Promise<{ orgUnitId: string }> {
  throw new NotFound();
}
