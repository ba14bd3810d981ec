import type { FixtureObject } from "./fixtures";
import type { SampleContext, SampleParts } from "./requests";
import { asRoot, mark, uniqueTag, type World } from "./world";

const period = "2026-10";
const everyType = [
  "provincial_committee",
  "upper_committee",
  "grassroots_committee",
  "grassroots_cell",
  "sub_committee",
  "cell",
  "party_group",
];

/**
 * A unit's report for a period, as a draft whose narrative carries a tag (it must never reach someone outside the
 * unit's subtree): each on a template of its own, which every unit type reports on, so that each is fresh.
 */
export async function report(world: World, unitId: string): Promise<FixtureObject> {
  const name = uniqueTag();
  const template = await asRoot<{ id: string }>(world, {
    method: "POST",
    url: "/api/reports/templates",
    body: {
      code: `verify_report_${name}`,
      name: `Báo cáo ${name}`,
      periodType: "month",
      reportingUnitTypes: everyType,
      dueOffsetDays: 5,
      validFrom: "2020-01-01",
      sections: [
        {
          kind: "table",
          key: "figures",
          title: "Số liệu",
          rows: [{ indicator: "members.onList" }, { indicator: "entered.letters.received" }],
        },
        { kind: "narrative", key: "results", title: "Kết quả" },
      ],
      rules: [],
      document: { typeCode: "BC", summary: "Báo cáo {period}", signerTitle: "BÍ THƯ", recipients: [] },
    },
  });
  // The narrative's tag, not the template's name (templates are the whole tree's), must stay inside the subtree.
  const tag = uniqueTag();
  const fields = { templateId: template.id, orgUnitId: unitId, period };
  await asRoot(world, {
    method: "PATCH",
    url: urlOf(fields),
    body: { version: 0, narrative: { results: `Kết quả ${tag}` } },
  });
  await mark(world, unitId, "report", tag);
  return { kind: "report", unitId, fields };
}

const urlOf = (f: Record<string, string>) => `/api/reports/${f.templateId}/${f.orgUnitId}/${f.period}`;

async function current(world: World, fields: Record<string, string>): Promise<number> {
  return (await asRoot<{ version: number }>(world, { method: "GET", url: urlOf(fields) })).version;
}

/**
 * Brings the report, whatever its state, to the one a step starts from (submitted, or approved for a reopening)
 * and gives its version: an approved report is reopened, a draft or returned one submitted, a submitted one approved.
 */
async function stateFor(world: World, fields: Record<string, string>, approved: boolean): Promise<number> {
  const url = urlOf(fields);
  let report = await asRoot<{ version: number; status: string }>(world, { method: "GET", url });
  const target = approved ? "approved" : "submitted";
  for (let step = 0; step < 4 && report.status !== target; step++) {
    const [action, extra] =
      report.status === "approved"
        ? ["reopen", { reason: "Sửa số liệu" }]
        : report.status === "submitted"
          ? ["approve", {}]
          : ["submit", {}];
    report = await asRoot(world, {
      method: "POST",
      url: `${url}/${action}`,
      body: { version: report.version, ...extra },
    });
  }
  return report.version;
}

const reportUrl = "/api/reports/:templateId/:orgUnitId/:period";

/** Samples of the report endpoints: the current version, a figure and a narrative, the state each step starts from. */
export const reportSamples: Record<string, (c: SampleContext) => Promise<SampleParts> | SampleParts> = {
  [`PATCH ${reportUrl}`]: async ({ world, fields }) => ({
    body: {
      version: await current(world, fields),
      entered: { "entered.letters.received": 2 },
      narrative: { results: "Tốt" },
    },
  }),
  [`POST ${reportUrl}/refresh`]: async ({ world, fields }) => ({ body: { version: await current(world, fields) } }),
  [`POST ${reportUrl}/submit`]: async ({ world, fields }) => ({ body: { version: await current(world, fields) } }),
  [`POST ${reportUrl}/approve`]: async ({ world, fields }) => ({
    body: { version: await stateFor(world, fields, false) },
  }),
  [`POST ${reportUrl}/return`]: async ({ world, fields }) => ({
    body: { version: await stateFor(world, fields, false), comment: "Bổ sung số liệu" },
  }),
  [`POST ${reportUrl}/reopen`]: async ({ world, fields }) => ({
    body: { version: await stateFor(world, fields, true), reason: "Sửa số liệu" },
  }),
  [`GET ${reportUrl}/children`]: () => ({ query: { indicator: "members.onList" } }),
  "GET /api/reports/completeness": async ({ world, fields }) => {
    const created = await report(world, fields.id ?? world.units.own);
    return { query: { templateId: created.fields.templateId ?? "", period, orgUnitId: fields.id ?? "" } };
  },
};
