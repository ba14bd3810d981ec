import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { ratingAssessments as a, reviewCycles as c } from "../../db/schema";

/** A member's latest assessment: an open cycle's first, then the latest judged. */
export async function latestOfMember(db: Db, memberId: string) {
  const [latest] = await db
    .select({ id: a.id })
    .from(a)
    .innerJoin(c, eq(c.id, a.cycleId))
    .where(eq(a.memberId, memberId))
    .orderBy(sql`case when ${c.status} = 'open' then 0 else 1 end`, desc(c.referenceDate), desc(c.createdAt))
    .limit(1);
  return latest;
}

/** The yearly levels announced to a member, latest year first. */
export async function announcedYearsOfMember(db: Db, memberId: string) {
  return db
    .selectDistinctOn([c.year], { year: c.year, level: a.decidedLevel })
    .from(a)
    .innerJoin(c, eq(c.id, a.cycleId))
    .where(and(eq(a.memberId, memberId), eq(c.kind, "year"), eq(a.status, "decided"), isNotNull(a.announcedAt)))
    .orderBy(desc(c.year), desc(a.decidedAt));
}

/** A member's assessment in a cycle, if the cycle reviews them. */
export async function memberInCycle(db: Db, cycleId: string, memberId: string) {
  const [own] = await db
    .select({ id: a.id })
    .from(a)
    .where(and(eq(a.cycleId, cycleId), eq(a.memberId, memberId)));
  return own;
}
