import { randomUUID } from "node:crypto";
import { and, eq, gte, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../../test/harness";
import { reportTemplates, reportTemplateVersions } from "../../db/schema";
import { seedStandardTemplates, standardTemplates } from ".";
import { withComputedInspection } from "./reports.standard-computed";

const t = useTestApp();
const codes = standardTemplates.map((s) => s.code);

const stored = () =>
  t.db
    .select({
      code: reportTemplates.code,
      periodType: reportTemplates.periodType,
      validFrom: reportTemplateVersions.validFrom,
      name: reportTemplateVersions.name,
      sections: reportTemplateVersions.sections,
      rules: reportTemplateVersions.rules,
      document: reportTemplateVersions.document,
    })
    .from(reportTemplates)
    .innerJoin(reportTemplateVersions, eq(reportTemplateVersions.templateId, reportTemplates.id))
    .where(inArray(reportTemplates.code, codes));

describe("standard templates in every database", () => {
  it("are in a fresh database, each with its version from 2020 as the code defines it", async () => {
    const rows = (await stored()).filter((r) => r.validFrom === "2020-01-01");
    expect(rows.map((r) => r.code).sort()).toEqual([...codes].sort());
    for (const row of rows) {
      const source = standardTemplates.find((s) => s.code === row.code);
      expect(row).toEqual({
        code: source?.code,
        periodType: source?.periodType,
        validFrom: "2020-01-01",
        name: source?.name,
        sections: source?.sections,
        rules: source?.rules,
        document: source?.document,
      });
    }
  });

  it("take the inspection figures from the records in a version from 2026 of the party-work reports", async () => {
    const rows = (await stored()).filter((r) => r.validFrom !== "2020-01-01");
    expect(rows.map((r) => `${r.code}@${r.validFrom}`).sort()).toEqual([
      "base_half_year@2026-01-01",
      "base_year@2026-01-01",
      "committee_half_year@2026-01-01",
      "committee_year@2026-01-01",
    ]);
    for (const row of rows) {
      const source = standardTemplates.find((s) => s.code === row.code);
      if (!source) throw new Error(row.code);
      expect(row).toEqual({
        ...row,
        name: source.name,
        ...withComputedInspection(source.sections, source.rules),
        document: source.document,
      });
    }
  });

  it("are not inserted twice, and an office's edit of one stays", async () => {
    const [monthly] = await t.db.select().from(reportTemplates).where(eq(reportTemplates.code, "cell_monthly"));
    const rename = (name: string) =>
      t.db
        .update(reportTemplateVersions)
        .set({ name })
        .where(eq(reportTemplateVersions.templateId, monthly?.id as string));
    await rename("Báo cáo tháng (mẫu của Văn phòng)");
    try {
      expect(await seedStandardTemplates(t.db)).toEqual([]);
      const rows = await stored();
      expect(rows).toHaveLength(codes.length + 4);
      expect(rows.find((r) => r.code === "cell_monthly")?.name).toBe("Báo cáo tháng (mẫu của Văn phòng)");
    } finally {
      await rename(standardTemplates[0]?.name as string);
    }
  });

  it("add the 2026 version from the office's own version, and none where the office has one from 2026", async () => {
    const templateOf = async (code: string) =>
      (await t.db.select().from(reportTemplates).where(eq(reportTemplates.code, code)))[0]?.id as string;
    const [yearly, halfYearly] = [await templateOf("committee_year"), await templateOf("committee_half_year")];
    const dropLater = (templateId: string) =>
      t.db
        .delete(reportTemplateVersions)
        .where(
          and(eq(reportTemplateVersions.templateId, templateId), gte(reportTemplateVersions.validFrom, "2026-01-01")),
        );
    const first = (templateId: string) =>
      t.db.select().from(reportTemplateVersions).where(eq(reportTemplateVersions.templateId, templateId));
    const [own] = await first(yearly);
    if (!own) throw new Error("no version");
    try {
      await dropLater(yearly);
      await dropLater(halfYearly);
      await t.db
        .insert(reportTemplateVersions)
        .values({ ...own, id: randomUUID(), validFrom: "2025-07-01", name: "Báo cáo năm (mẫu của Văn phòng)" });
      const [half] = await first(halfYearly);
      await t.db
        .insert(reportTemplateVersions)
        .values({ ...(half as typeof own), id: randomUUID(), validFrom: "2026-03-01", name: "Mẫu 2026 của Văn phòng" });
      expect(await seedStandardTemplates(t.db)).toEqual(["committee_year@2026-01-01"]);
      const later = await t.db
        .select()
        .from(reportTemplateVersions)
        .where(gte(reportTemplateVersions.validFrom, "2026-01-01"));
      expect(later.find((v) => v.templateId === yearly)).toMatchObject({
        validFrom: "2026-01-01",
        name: "Báo cáo năm (mẫu của Văn phòng)",
      });
      expect(later.filter((v) => v.templateId === halfYearly).map((v) => v.name)).toEqual(["Mẫu 2026 của Văn phòng"]);
      expect(await seedStandardTemplates(t.db)).toEqual([]);
    } finally {
      await dropLater(yearly);
      await dropLater(halfYearly);
      await t.db
        .delete(reportTemplateVersions)
        .where(and(eq(reportTemplateVersions.templateId, yearly), eq(reportTemplateVersions.validFrom, "2025-07-01")));
      await seedStandardTemplates(t.db);
    }
  });
});
