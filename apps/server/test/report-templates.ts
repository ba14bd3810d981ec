import { randomUUID } from "node:crypto";
import type { ReportTemplateInput } from "@dangvu/contract";
import type { Db } from "../src/db/database";
import { reportTemplates, reportTemplateVersions } from "../src/db/schema";
import { testNow } from "./harness";

/** Inserts a template with one version, for tests (the office's own go through the templates API). */
export async function aReportTemplate(db: Db, input: ReportTemplateInput): Promise<{ id: string; versionId: string }> {
  const id = randomUUID();
  const versionId = randomUUID();
  await db.insert(reportTemplates).values({ id, code: input.code, periodType: input.periodType, createdAt: testNow });
  await db.insert(reportTemplateVersions).values({
    id: versionId,
    templateId: id,
    validFrom: input.validFrom,
    name: input.name,
    reportingUnitTypes: input.reportingUnitTypes,
    dueOffsetDays: input.dueOffsetDays,
    sections: input.sections,
    rules: input.rules,
    document: input.document,
    createdAt: testNow,
  });
  return { id, versionId };
}

/** A small template: two computed and three entered figures, a rule between two of them, one narrative section. */
export function testTemplate(
  code: string,
  periodType: ReportTemplateInput["periodType"],
  types: ReportTemplateInput["reportingUnitTypes"],
): ReportTemplateInput {
  return {
    code,
    name: `Báo cáo thử ${code}`,
    periodType,
    reportingUnitTypes: types,
    dueOffsetDays: 5,
    validFrom: "2020-01-01",
    sections: [
      {
        kind: "table",
        key: "members",
        title: "Đảng viên",
        rows: [
          { indicator: "members.onList" },
          { indicator: "members.admitted", level: 1, percentOf: "entered.targets.admissions" },
          { indicator: "entered.targets.admissions", level: 1 },
        ],
      },
      {
        kind: "table",
        key: "letters",
        title: "Đơn thư",
        rows: [{ indicator: "entered.letters.received" }, { indicator: "entered.letters.resolved", level: 1 }],
      },
      { kind: "narrative", key: "results", title: "Kết quả" },
    ],
    rules: [
      {
        left: "entered.letters.resolved",
        op: "lte",
        right: "entered.letters.received",
        message: "Số đơn thư đã giải quyết không được lớn hơn số đơn thư tiếp nhận.",
      },
    ],
    document: {
      typeCode: "BC",
      summary: "Kết quả công tác {period}",
      signerAuthority: "T/M CHI ỦY",
      signerTitle: "BÍ THƯ",
      recipients: ["Đảng ủy cấp trên (b/c)", "Lưu Chi bộ"],
    },
  };
}
