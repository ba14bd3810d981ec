import type { DisciplineForm } from "@dangvu/contract";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/database";
import { memberEvents } from "../../db/schema";

export interface MemberDiscipline {
  memberId: string;
  form: DisciplineForm;
  decidedOn: string;
}

/**
 * The discipline decisions recorded on the members' records (reprimand, warning, dismissal; expulsion ends the
 * membership and is its own event), oldest first. Other modules read them for the ratings' "disciplined in the year"
 * rule and the badges' delays, without naming the members' tables.
 */
export async function memberDisciplines(db: Db, memberIds: readonly string[]): Promise<MemberDiscipline[]> {
  if (memberIds.length === 0) return [];
  const rows = await db
    .select({ memberId: memberEvents.memberId, occurredOn: memberEvents.occurredOn, details: memberEvents.details })
    .from(memberEvents)
    .where(and(eq(memberEvents.kind, "discipline"), inArray(memberEvents.memberId, [...memberIds])))
    .orderBy(asc(memberEvents.occurredOn), asc(memberEvents.createdAt));
  return rows.map((r) => ({ memberId: r.memberId, form: r.details.form as DisciplineForm, decidedOn: r.occurredOn }));
}
