import { randomUUID } from "node:crypto";
import type { Db } from "../../db/database";
import { reportTemplates, reportTemplateVersions } from "../../db/schema";
import { standardTemplates } from "./reports.standard-templates";

/**
 * Puts the standard templates (reports.standard-templates.ts) into a database, each with its first version in force
 * from its `validFrom`, for every code not there yet: a fresh office gets them, and an office's own versions and
 * edits are never touched. Runs at every start; returns the codes it inserted (none the second time).
 */
export async function seedStandardTemplates(db: Db, now = new Date()): Promise<string[]> {
  const inserted: string[] = [];
  for (const {
    code,
    periodType,
    validFrom,
    name,
    reportingUnitTypes,
    dueOffsetDays,
    sections,
    rules,
    document,
  } of standardTemplates) {
    const added = await db.transaction(async (tx) => {
      const [template] = await tx
        .insert(reportTemplates)
        .values({ id: randomUUID(), code, periodType, createdAt: now })
        .onConflictDoNothing({ target: reportTemplates.code })
        .returning({ id: reportTemplates.id });
      if (!template) return false;
      await tx.insert(reportTemplateVersions).values({
        id: randomUUID(),
        templateId: template.id,
        validFrom,
        name,
        reportingUnitTypes,
        dueOffsetDays,
        sections,
        rules,
        document,
        createdAt: now,
      });
      return true;
    });
    if (added) inserted.push(code);
  }
  return inserted;
}
