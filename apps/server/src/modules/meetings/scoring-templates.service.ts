import { randomUUID } from "node:crypto";
import type { CreateScoringTemplateInput, ScoringTemplate } from "@dangvu/contract";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { Conflict, Forbidden, RuleViolation } from "../../errors";
import * as repo from "./scoring-templates.repo";

/** The meeting scoring templates, oldest first; each applies to meetings from its date on. */
export async function listTemplates(ctx: Ctx): Promise<ScoringTemplate[]> {
  const rows = await repo.listTemplates(ctx.db);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    validFrom: r.validFrom,
    criteria: r.criteria,
    levels: r.levels as ScoringTemplate["levels"],
  }));
}

/** Adds a template version from a date on (committee office only); meetings already scored keep their template. */
export async function createTemplate(ctx: Ctx, input: CreateScoringTemplateInput): Promise<ScoringTemplate> {
  if (!ctx.actor.grants.some((g) => g.permissions.has("rules.manage"))) throw new Forbidden();
  const keys = new Set(input.criteria.map((c) => c.key));
  if (keys.size !== input.criteria.length)
    throw new RuleViolation("meeting.criterionDuplicate", {}, { criteria: "meeting.criterionDuplicate" });
  if (new Set(input.levels.map((l) => l.level)).size !== 4)
    throw new RuleViolation("meeting.levelsIncomplete", {}, { levels: "meeting.levelsIncomplete" });
  if (await repo.templateStartsOn(ctx.db, input.validFrom))
    throw new Conflict("meeting.templateDateTaken", {}, { validFrom: "meeting.templateDateTaken" });
  const row = { id: randomUUID(), ...input, source: `${ctx.actor.displayName}, ${ctx.today}` };
  await ctx.transaction(async (tx) => {
    await repo.insertTemplate(tx, row);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "meeting.templateCreated",
      entityType: "scoringTemplate",
      entityId: row.id,
      after: input,
    });
  });
  return { id: row.id, name: row.name, validFrom: row.validFrom, criteria: row.criteria, levels: row.levels };
}
