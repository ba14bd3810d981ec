import { randomUUID } from "node:crypto";
import type { CreateMemberInput } from "@dangvu/contract";
import { inArray, or, sql } from "drizzle-orm";
import { scopeUnitIds } from "../../access/scope";
import type { Ctx } from "../../context";
import { bulkInsert } from "../../db/bulk";
import type { Db } from "../../db/database";
import { memberEvents, members, memberships, partyCards } from "../../db/schema";
import { rowsOf } from "../../db/sql";
import { currentUnitsSql, isCellSql } from "../org";
import { newMemberRow } from "./members-write.repo";

export interface UnitChoice {
  id: string;
  name: string;
  label: string;
}

/** The cells the actor may write members into, labelled "Chi bộ … — Đảng bộ …" so same-named cells stay apart. */
export async function cellLookup(ctx: Ctx): Promise<UnitChoice[]> {
  const result = await ctx.db.execute(sql`select v.id, v.name, coalesce(p.name, '') as "parentName"
    from ${currentUnitsSql()} v left join ${currentUnitsSql()} p on p.id = v.parent_id
    where ${isCellSql(sql`v.type`)} and v.id in (${scopeUnitIds(ctx.actor, "member.write")})
    order by vi_sort_key(p.name) collate "C", vi_sort_key(v.name) collate "C"`);
  return rowsOf<{ id: string; name: string; parentName: string }>(result).map((r) => ({
    id: r.id,
    name: r.name,
    label: r.parentName ? `${r.name} — ${r.parentName}` : r.name,
  }));
}

/** Which of these citizen IDs and card numbers are already on record. */
export async function findTakenIds(db: Db, citizenIds: string[], cardNumbers: string[]) {
  const citizen = new Set<string>();
  const cards = new Set<string>();
  for (let i = 0; i < Math.max(citizenIds.length, cardNumbers.length); i += 5000) {
    const ids = citizenIds.slice(i, i + 5000);
    const numbers = cardNumbers.slice(i, i + 5000);
    if (ids.length)
      for (const r of await db.select({ v: members.citizenId }).from(members).where(inArray(members.citizenId, ids)))
        citizen.add(r.v as string);
    if (numbers.length) {
      const found = await db
        .select({ v: partyCards.cardNumber })
        .from(partyCards)
        .where(or(inArray(partyCards.cardNumber, numbers)));
      for (const r of found) cards.add(r.v);
    }
  }
  return { citizenIds: citizen, cardNumbers: cards };
}

interface Imported {
  id: string;
  input: CreateMemberInput;
}

export async function insertImported(db: Db, rows: Imported[], ctx: Ctx) {
  await bulkInsert(
    db,
    members,
    rows.map(({ id, input }) => newMemberRow(id, input, ctx.now)),
  );
  const since = (input: CreateMemberInput) => input.admissionDecidedOn ?? ctx.today;
  await bulkInsert(
    db,
    memberships,
    rows.map(({ id, input }) => ({
      id: randomUUID(),
      memberId: id,
      orgUnitId: input.orgUnitId,
      kind: "official",
      validFrom: since(input),
    })),
  );
  const carded = rows.filter((r) => r.input.cardNumber);
  await bulkInsert(
    db,
    partyCards,
    carded.map(({ id, input }) => ({
      id: randomUUID(),
      memberId: id,
      cardNumber: input.cardNumber as string,
      issuedOn: input.fullMembershipOn ?? ctx.today,
      reason: "first",
    })),
  );
  await bulkInsert(
    db,
    memberEvents,
    rows.map(({ id, input }) => ({
      id: randomUUID(),
      memberId: id,
      kind: "created",
      occurredOn: ctx.today,
      orgUnitId: input.orgUnitId,
      details: { status: input.status, imported: true },
      createdBy: ctx.actor.userId,
      createdByName: ctx.actor.displayName,
      createdAt: ctx.now,
    })),
  );
}
