import { randomUUID } from "node:crypto";
import type { CreateNoticeInput, Notice, NoticeListQuery, NoticePage } from "@dangvu/contract";
import { requireCan, requireVisible } from "../../access/require";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { NotFound } from "../../errors";
import * as repo from "./notices.repo";

/** A page of the notices of a unit, newest first. */
export async function listNotices(ctx: Ctx, query: NoticeListQuery): Promise<NoticePage> {
  await requireCan(ctx, "meeting.read", query.orgUnitId);
  const held = await requireVisible(ctx, query.orgUnitId);
  const { rows, total } = await repo.listNotices(ctx.db, query.orgUnitId, query);
  return { items: rows.map((row) => toNotice(row, held.has("meeting.write"))), total };
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
    await repo.insertNotice(tx, row);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "notice.posted",
      entityType: "notice",
      entityId: row.id,
      after: input,
    });
  });
  return toNotice({ ...row, withdrawnAt: null }, true);
}

/** Withdraws a notice; it stays in the audit trail. */
export async function withdrawNotice(ctx: Ctx, id: string): Promise<{ ok: true }> {
  const row = await repo.findNotice(ctx.db, id);
  if (!row || row.withdrawnAt) throw new NotFound();
  await requireCan(ctx, "meeting.write", row.orgUnitId);
  await ctx.transaction(async (tx) => {
    await repo.withdrawNotice(tx, id, ctx.now);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "notice.withdrawn",
      entityType: "notice",
      entityId: id,
      before: { title: row.title },
    });
  });
  return { ok: true };
}

function toNotice(row: repo.NoticeRow, canWrite: boolean): Notice {
  return {
    id: row.id,
    orgUnitId: row.orgUnitId,
    title: row.title,
    body: row.body,
    postedOn: row.postedOn,
    postedByName: row.postedByName,
    can: { withdraw: canWrite },
  };
}
