import { randomUUID } from "node:crypto";
import type { TemplateSection, ValidationRule } from "@dangvu/contract";
import { asc, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { reportTemplates, reportTemplateVersions } from "../../db/schema";
import { computedInspectionFrom, hasEnteredInspection, withComputedInspection } from "./reports.standard-computed";
import { standardTemplates } from "./reports.standard-templates";

/**
 * Puts the standard templates (reports.standard-templates.ts) into a database, each with its first version in force
 * from its `validFrom`, for every code not there yet: a fresh office gets them, and an office's own versions and
 * edits are never touched. Then the versions that take the inspection figures from the records (addComputedInspection).
 * Runs at every start; returns what it inserted, codes and `code@day` for later versions (none the second time).
 */
export async function seedStandardTemplates(db: Db, now = new Date()): Promise<string[]> {
  // A restart finds every template there with its computed version: one statement, no transaction.
  const latest = await latestVersions(db);
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
    if (latest.has(code)) continue;
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
  for (const { code } of standardTemplates) {
    // The same test addComputedInspection makes, on what was read above: only a template it would change is opened.
    const last = latest.get(code);
    const wanted = !last || (last.validFrom < computedInspectionFrom && hasEnteredInspection(last.sections));
    if (wanted && (await addComputedInspection(db, code, now))) inserted.push(`${code}@${computedInspectionFrom}`);
  }
  return inserted;
}

/** Each template's newest version by code (the day it takes effect, "" when it has none, and its sections). */
async function latestVersions(db: Db): Promise<Map<string, { validFrom: string; sections: TemplateSection[] }>> {
  const rows = await db
    .selectDistinctOn([reportTemplates.code], {
      code: reportTemplates.code,
      validFrom: reportTemplateVersions.validFrom,
      sections: reportTemplateVersions.sections,
    })
    .from(reportTemplates)
    .leftJoin(reportTemplateVersions, eq(reportTemplateVersions.templateId, reportTemplates.id))
    .orderBy(reportTemplates.code, desc(reportTemplateVersions.validFrom));
  return new Map(
    rows.map((row) => [
      row.code,
      { validFrom: row.validFrom ?? "", sections: (row.sections ?? []) as TemplateSection[] },
    ]),
  );
}

/**
 * A new version from 2026-01-01 of a standard template whose version in force before then still has the entered
 * inspection figures: that version (an office's edits included) with the computed figures in their place. Nothing
 * when the template already has a version from that day or later (the office's, or this one). Reports keep the
 * version they were made on, so those of earlier periods keep their entered figures.
 */
async function addComputedInspection(db: Db, code: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const versions = await tx
      .select(versionColumns)
      .from(reportTemplateVersions)
      .innerJoin(reportTemplates, eq(reportTemplates.id, reportTemplateVersions.templateId))
      .where(eq(reportTemplates.code, code))
      .orderBy(asc(reportTemplateVersions.validFrom));
    const last = versions.at(-1);
    if (!last || last.validFrom >= computedInspectionFrom) return false;
    const sections = last.sections as TemplateSection[];
    if (!hasEnteredInspection(sections)) return false;
    const { templateId, validFrom: _from, ...kept } = last;
    const added = await tx
      .insert(reportTemplateVersions)
      .values({
        ...kept,
        ...withComputedInspection(sections, last.rules as ValidationRule[]),
        id: randomUUID(),
        templateId,
        validFrom: computedInspectionFrom,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: reportTemplateVersions.id });
    return added.length > 0;
  });
}

const versionColumns = {
  templateId: reportTemplateVersions.templateId,
  validFrom: reportTemplateVersions.validFrom,
  name: reportTemplateVersions.name,
  reportingUnitTypes: reportTemplateVersions.reportingUnitTypes,
  dueOffsetDays: reportTemplateVersions.dueOffsetDays,
  sections: reportTemplateVersions.sections,
  rules: reportTemplateVersions.rules,
  document: reportTemplateVersions.document,
};
