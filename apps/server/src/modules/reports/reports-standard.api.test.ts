import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../../test/harness";
import { reportTemplates, reportTemplateVersions } from "../../db/schema";
import { seedStandardTemplates, standardTemplates } from ".";

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
      document: reportTemplateVersions.document,
    })
    .from(reportTemplates)
    .innerJoin(reportTemplateVersions, eq(reportTemplateVersions.templateId, reportTemplates.id))
    .where(inArray(reportTemplates.code, codes));

describe("standard templates in every database", () => {
  it("are in a fresh database, each with one version from 2020 as the code defines it", async () => {
    const rows = await stored();
    expect(rows.map((r) => r.code).sort()).toEqual([...codes].sort());
    for (const row of rows) {
      const source = standardTemplates.find((s) => s.code === row.code);
      expect(row).toEqual({
        code: source?.code,
        periodType: source?.periodType,
        validFrom: "2020-01-01",
        name: source?.name,
        sections: source?.sections,
        document: source?.document,
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
      expect(rows).toHaveLength(codes.length);
      expect(rows.find((r) => r.code === "cell_monthly")?.name).toBe("Báo cáo tháng (mẫu của Văn phòng)");
    } finally {
      await rename(standardTemplates[0]?.name as string);
    }
  });
});
