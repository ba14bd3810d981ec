import { randomUUID } from "node:crypto";
import type { CreateNoticeInput, Notice } from "@dangvu/contract";
import { and, desc, eq, isNull } from "drizzle-orm";
import { requireCan } from "../../access/require";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { notices } from "../../db/schema";
import { NotFound } from "../../errors";

/** The notices of a unit, newest first. */
export async function listNotices(ctx: Ctx, orgUnitId: string): Promise<Notice[]> {
  await requireCan(ctx, "meeting.read", orgUnitId);
  const rows = await ctx.db
    .select()
    .from(notices)
    .where(and(eq(notices.orgUnitId, orgUnitId), isNull(notices.withdrawnAt)))
    .orderBy(desc(notices.postedOn), desc(notices.createdAt))
    .limit(200);
  return rows.map(toNotice);
}

/** Posts a notice for the members of a unit (they see it in the handbook). */
export async function postNotice(ctx: Ctx, input: CreateNoticeInput): Promise<Notice> {
  await requireCan(ctx, "meeting.write", input.orgUnitId);
  const row = {
    id: randomUUID(),
    ...input,
    postedOn: ctx.today,
    postedByName: ctx.actor.displayName,
    createdAt: ctx.now,
  };
  await ctx.transaction(async (tx) => {
    await tx.insert(notices).values(row);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "notice.posted",
      entityType: "notice",
      entityId: row.id,
      after: input,
    });
  });
  return toNotice({ ...row, withdrawnAt: null });
}

/** Withdraws a notice; it stays in the audit trail. */
export async function withdrawNotice(ctx: Ctx, id: string): Promise<{ ok: true }> {
  const [row] = await ctx.db.select().from(notices).where(eq(notices.id, id));
  if (!row || row.withdrawnAt) throw new NotFound();
  await requireCan(ctx, "meeting.write", row.orgUnitId);
  await ctx.transaction(async (tx) => {
    await tx.update(notices).set({ withdrawnAt: ctx.now }).where(eq(notices.id, id));
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "notice.withdrawn",
      entityType: "notice",
      entityId: id,
      before: { title: row.title },
    });
  });
  return { ok: true };
}

function toNotice(row: typeof notices.$inferSelect): Notice {
  return {
    id: row.id,
    orgUnitId: row.orgUnitId,
    title: row.title,
    body: row.body,
    postedOn: row.postedOn,
    postedByName: row.postedByName,
  };
}
