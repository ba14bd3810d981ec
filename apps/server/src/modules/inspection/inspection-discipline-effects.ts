import type { MemberEventInput } from "@dangvu/contract";
import { type Ctx, withinTransaction } from "../../context";
import type { Tx } from "../../db/database";
import { recordMemberEvent } from "../members";

/**
 * Records what a discipline decision (or a complaint's annulment) does to the member's record, through the members
 * module so that its own lifecycle rules apply (a probationary member cannot be expelled, an expelled one leaves the
 * list): inside the caller's transaction, so that their refusal aborts the whole write.
 *
 * The inspection committee holds `inspection.write`, not `member.write`: the decision of a body with the authority
 * (checked by the caller over the member's cell) is what entitles the record to change. The members module is asked
 * with the actor's own grants plus `member.write` over the member's cell for this one act; the member's event and its
 * audit entry still name the actor.
 */
export async function recordOnMember(
  ctx: Ctx,
  tx: Tx,
  member: { id: string; orgUnitId: string },
  input: MemberEventInput,
  decisionId: string,
): Promise<void> {
  const actor = {
    ...ctx.actor,
    grants: [
      ...ctx.actor.grants,
      {
        id: `discipline:${decisionId}`,
        role: "inspection" as const,
        orgUnitId: member.orgUnitId,
        permissions: new Set(["member.read", "member.write"]),
      },
    ],
  };
  await recordMemberEvent({ ...withinTransaction(ctx, tx), actor }, member.id, input);
}
