import type { FixtureObject } from "./fixtures";
import type { SampleContext, SampleParts } from "./requests";
import { asRoot, uniqueTag, type World } from "./world";

/** The content of a sound cell monthly template version (the schema's own example names unknown indicators). */
function content(validFrom: string) {
  return {
    name: `Báo cáo tháng ${uniqueTag()}`,
    periodType: "month",
    reportingUnitTypes: ["cell"],
    dueOffsetDays: 5,
    validFrom,
    sections: [
      { kind: "table", key: "members", title: "Đảng viên", rows: [{ indicator: "members.onList" }] },
      { kind: "narrative", key: "results", title: "Kết quả" },
    ],
    rules: [],
    document: { typeCode: "BC", summary: "Báo cáo tháng {period}", signerTitle: "BÍ THƯ", recipients: [] },
  };
}

const code = () => `verify_${uniqueTag()}`;

/**
 * A report template: shared by the whole tree (its routes need report.template or report.read through any grant),
 * so the unit only says where the matrix asked for it; nothing about it is outside anyone's scope.
 */
export async function reportTemplate(world: World, unitId: string): Promise<FixtureObject> {
  const created = await asRoot<{ id: string; versionId: string }>(world, {
    method: "POST",
    url: "/api/reports/templates",
    body: { code: code(), ...content("2026-01-01") },
  });
  return { kind: "reportTemplate", unitId, fields: { templateId: created.id, versionId: created.versionId } };
}

/** Samples of the template endpoints: a unique code, sound content, a start after the latest, the current version. */
export const reportTemplateSamples: Record<string, (c: SampleContext) => Promise<SampleParts> | SampleParts> = {
  "POST /api/reports/templates": () => ({ body: { code: code(), ...content("2026-01-01") } }),
  "POST /api/reports/templates/:templateId/versions": () => ({ body: content("2027-01-01") }),
  "PATCH /api/reports/templates/:templateId/versions/:versionId": async ({ world, fields }) => {
    const current = await asRoot<{ version: number }>(world, {
      method: "GET",
      url: `/api/reports/templates/${fields.templateId}`,
      query: { versionId: fields.versionId ?? "" },
    });
    return { body: { version: current.version, name: `Báo cáo tháng ${uniqueTag()}` } };
  },
};
