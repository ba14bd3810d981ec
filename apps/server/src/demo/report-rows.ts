import { eq, inArray } from "drizzle-orm";
import type { Db } from "../db/database";
import { committeePositions, users } from "../db/schema";
import type { Random } from "./random";
import type { PlannedReport } from "./report-plan";
import { type Level, narrativeOf, returnComment } from "./report-texts";

/** The rows of one planned report: the report with its narrative and number, and its steps with who took them. */

interface Actor {
  userId: string | null;
  name: string | null;
}
export interface Actors {
  users: Map<string, Actor>;
  secretaries: { unit: string; name: string; from: string; to: string | null }[];
  journeyBaseId: string;
  journeyCellId: string;
}

/** The demo accounts that act on reports, and the secretaries of every unit over time. */
export async function actorsOf(db: Db, journeyBaseId: string, journeyCellId: string): Promise<Actors> {
  const accounts = await db
    .select({ id: users.id, username: users.username, name: users.displayName })
    .from(users)
    .where(inArray(users.username, ["admin", "coso", "chibo"]));
  const secretaries = await db
    .select({
      unit: committeePositions.orgUnitId,
      name: committeePositions.holderName,
      from: committeePositions.startsOn,
      to: committeePositions.endsOn,
    })
    .from(committeePositions)
    .where(eq(committeePositions.kind, "secretary"));
  return {
    users: new Map(accounts.map((a) => [a.username, { userId: a.id, name: a.name }])),
    secretaries,
    journeyBaseId,
    journeyCellId,
  };
}

/** Who sends a unit's report (its secretary, or the demo account there) and who decides on it (the unit above). */
function sender(a: Actors, unitId: string, level: Level, day: string): Actor {
  if (level === "committee") return a.users.get("admin") as Actor;
  if (unitId === a.journeyCellId) return a.users.get("chibo") as Actor;
  if (unitId === a.journeyBaseId) return a.users.get("coso") as Actor;
  const held = a.secretaries.find((s) => s.unit === unitId && s.from <= day && (!s.to || s.to > day));
  return { userId: null, name: held?.name ?? null };
}

function decider(a: Actors, p: PlannedReport, day: string): Actor {
  if (p.level !== "cell") return a.users.get("admin") as Actor;
  if (p.unit.parentId === a.journeyBaseId) return a.users.get("coso") as Actor;
  return sender(a, p.unit.parentId as string, "base", day);
}

/** A report row and its actions, as the workflow would have written them step by step. */
export function reportRow(
  random: Random,
  p: PlannedReport,
  figures: Map<string, number | null> | undefined,
  documentNumber: string | null,
  actors: Actors,
) {
  const by = sender(actors, p.unit.id, p.level, p.period.to);
  const above = decider(actors, p, p.period.to);
  const next = p.level === "cell" ? "tháng tới" : p.period.type === "year" ? "năm tới" : "6 tháng cuối năm";
  const full = narrativeOf(random, p.level, p.period.label, next, figures ?? new Map());
  const narrative = p.status === "draft" ? { limitations: full.limitations } : full;
  const act = (action: string, at: Date, who: Actor, comment: string | null = null) => ({
    id: random.uuid(),
    reportId: p.id,
    action,
    comment,
    at,
    byUserId: who.userId,
    byName: who.name,
  });
  const actions = [act("created", p.createdAt, by)];
  if (p.submittedAt) actions.push(act("submitted", p.submittedAt, by));
  if (p.decidedAt)
    actions.push(
      p.status === "returned"
        ? act("returned", p.decidedAt, above, returnComment(random, p.period.label))
        : act("approved", p.decidedAt, above),
    );
  const approved = p.status === "approved";
  return {
    actions,
    report: {
      id: p.id,
      templateId: p.template.id,
      templateVersionId: p.template.versionId,
      orgUnitId: p.unit.id,
      period: p.period.key,
      periodFrom: p.period.from,
      periodTo: p.period.to,
      dueOn: p.dueOn,
      status: p.status,
      narrative,
      computedAt: p.submittedAt,
      submittedAt: p.submittedAt,
      submittedBy: p.submittedAt ? by.userId : null,
      approvedAt: approved ? p.decidedAt : null,
      approvedBy: approved ? above.userId : null,
      documentNumber,
      version: actions.length,
      createdAt: p.createdAt,
      updatedAt: (actions.at(-1) as { at: Date }).at,
    },
  };
}
