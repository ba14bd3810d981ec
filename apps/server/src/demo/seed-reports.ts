import type { TemplateSection } from "@dangvu/contract";
import { asc, eq } from "drizzle-orm";
import { vietnamDate } from "../context";
import { bulkInsert } from "../db/bulk";
import type { Db, Tx } from "../db/database";
import { reportActions, reports, reportTemplates, reportTemplateVersions, reportValues } from "../db/schema";
import { takeNumbers } from "../modules/documents";
import { leafMeetingFigures } from "../modules/meetings";
import { leafMemberFigures } from "../modules/members";
import { seedStandardTemplates } from "../modules/reports";
import { leafResidenceFigures } from "../modules/residence";
import { buildRegistry, type Registry } from "../platform/module";
import { serverModules } from "../server-modules";
import type { Random } from "./random";
import { type PlanContext, type PlannedReport, planTemplate, type SeedTemplate } from "./report-plan";
import { actorsOf, reportRow } from "./report-rows";
import { enteredOwn } from "./report-texts";
import type { DemoTree } from "./tree";

/**
 * Two years of party-work reports at every level, so the reports desk, its dashboard and completeness pages show
 * real states (issue 10). What the demo holds, with "now" the day it is seeded:
 * - cells (chi bộ, chi bộ cơ sở): the monthly report (cell_monthly) of each of the last 24 months and the current one;
 * - base committees and sub-committees: the 6-month report (base_half_year) of the first half of each of the last two
 *   years and of the current half, the annual report (base_year) of last year and of this year;
 * - the committee (each upper committee of its time): the same periods on committee_half_year / committee_year.
 * Past periods: almost all approved (about one in seven sent after its due date); in the latest past period some
 * still awaiting approval, a few in draft or not started, and one cell's report returned with a comment. Current
 * periods: mostly not started, some drafts. A second-half report (the year's report covers it) is not made.
 * The journeys' periods are left open: the demo secretary's cell has this month's report not started and last
 * month's approved; coso's base committee has the current 6-month report not started.
 *
 * Honest figures: the computed figures of a sent report are what the indicators give for its unit and period. Those
 * of the cells' monthly reports come set-based, a query per module for every cell and month at once (the modules'
 * leaf*Figures, tested equal to the indicators); those of the committees one indicator at a time, as the workflow
 * computes them. Entered figures (committees only) are plausible numbers within the template's rules, the unit's
 * own plus its children's approved reports; numbers come from each unit's register in the order the reports were sent.
 */
export async function seedDemoReports(db: Db, c: Omit<PlanContext, "journeyBaseId">): Promise<void> {
  await seedStandardTemplates(db, c.now);
  const templates = await templatesByCode(db);
  const journeyBaseId = c.tree.history.versions.find((v) => v.unitId === c.journeyCellId && v.validTo === null)
    ?.parentId as string;
  const plan: PlanContext = { ...c, journeyBaseId };
  const t = (code: string) => templates.get(code) as SeedTemplate[];
  const cells = planTemplate(plan, t("cell_monthly"), "cell");
  const bases = [...planTemplate(plan, t("base_half_year"), "base"), ...planTemplate(plan, t("base_year"), "base")];
  const committee = [
    ...planTemplate(plan, t("committee_half_year"), "committee"),
    ...planTemplate(plan, t("committee_year"), "committee"),
  ];
  pickReturned(c.random, cells, c.journeyCellId, c.today);
  const sent = (p: PlannedReport) => p.status !== "draft";
  const figures = await cellFigures(db, c.tree, cells.filter(sent));
  const registry = buildRegistry(serverModules());
  for (const p of [...bases, ...committee].filter(sent)) figures.set(p.id, await unitFigures(db, registry, p));
  const entered = enteredFigures(c.random, [...bases, ...committee], figures);
  const all = [...cells, ...bases, ...committee];
  const actors = await actorsOf(db, journeyBaseId, c.journeyCellId);
  const numbers = await takeNumbers(
    db as unknown as Tx,
    "BC",
    all.filter(sent).map((p) => ({
      issuerUnitId: p.unit.id,
      issuedOn: vietnamDate(p.submittedAt as Date),
      subject: { type: "report", id: p.id },
    })),
  );
  const numberOf = new Map(all.filter(sent).map((p, i) => [p.id, numbers[i]?.code ?? null]));
  const rows = all.map((p) => reportRow(c.random, p, figures.get(p.id), numberOf.get(p.id) ?? null, actors));
  await bulkInsert(
    db,
    reports,
    rows.map((r) => r.report),
  );
  await bulkInsert(
    db,
    reportActions,
    rows.flatMap((r) => r.actions),
  );
  const values = all.flatMap((p) => valueRows(p, figures.get(p.id), entered.get(p.id)));
  await bulkInsert(db, reportValues, values, 10_000);
}

/** Each template's versions, oldest first (the standard ones have a version from 2026 with computed inspection). */
async function templatesByCode(db: Db): Promise<Map<string, SeedTemplate[]>> {
  const rows = await db
    .select()
    .from(reportTemplates)
    .innerJoin(reportTemplateVersions, eq(reportTemplateVersions.templateId, reportTemplates.id))
    .orderBy(asc(reportTemplateVersions.validFrom));
  const out = new Map<string, SeedTemplate[]>();
  for (const { report_templates: t, report_template_versions: v } of rows)
    out.set(t.code, [
      ...(out.get(t.code) ?? []),
      {
        id: t.id,
        versionId: v.id,
        validFrom: v.validFrom,
        code: t.code,
        periodType: t.periodType as SeedTemplate["periodType"],
        sections: v.sections as TemplateSection[],
        dueOffsetDays: v.dueOffsetDays,
        typeCode: String((v.document as { typeCode?: string }).typeCode ?? "BC"),
      },
    ]);
  return out;
}

/** The indicators of a template's tables: computed ones (the modules') and entered ones. */
export function tableIds(sections: readonly TemplateSection[]) {
  const ids = sections.flatMap((s) => (s.kind === "table" ? s.rows.map((r) => r.indicator) : []));
  return {
    computed: ids.filter((id) => !id.startsWith("entered.")),
    entered: ids.filter((id) => id.startsWith("entered.")),
  };
}

/** One cell's report of the latest past month, sent on time, goes back with a comment (not the journey cell's). */
function pickReturned(random: Random, cells: PlannedReport[], journeyCellId: string, today: string): void {
  const latest = cells
    .filter((p) => p.period.to < today)
    .map((p) => p.period.key)
    .sort()
    .at(-1);
  const candidates = cells.filter(
    (p) => p.period.key === latest && p.status === "approved" && p.unit.id !== journeyCellId && p.decidedAt,
  );
  const chosen = candidates.length > 0 ? random.pick(candidates) : undefined;
  if (chosen) chosen.status = "returned";
}

/** The computed figures of the cells' sent monthly reports, set-based (leaf cells) or one by one (any other). */
async function cellFigures(
  db: Db,
  tree: DemoTree,
  sent: PlannedReport[],
): Promise<Map<string, Map<string, number | null>>> {
  const parents = new Set(tree.history.versions.map((v) => v.parentId));
  const leaves = [...new Set(sent.map((p) => p.unit.id))].filter((id) => !parents.has(id));
  const periods = [...new Map(sent.map((p) => [p.period.key, p.period])).values()];
  const sets = [
    await leafMemberFigures(db, leaves, periods),
    await leafMeetingFigures(db, leaves, periods),
    await leafResidenceFigures(db, leaves, periods),
  ];
  const out = new Map<string, Map<string, number | null>>();
  let registry: Registry | undefined;
  for (const p of sent) {
    if (!leaves.includes(p.unit.id)) {
      registry ??= buildRegistry(serverModules());
      out.set(p.id, await unitFigures(db, registry, p));
      continue;
    }
    const merged = Object.assign({}, ...sets.map((s) => s.get(`${p.unit.id}|${p.period.from}`)));
    const { computed } = tableIds(p.template.sections);
    out.set(p.id, new Map(computed.map((id) => [id, (merged[id] as number | null | undefined) ?? null])));
  }
  return out;
}

/** A report's computed figures one indicator at a time, as the workflow's computeFigures takes them. */
async function unitFigures(db: Db, registry: Registry, p: PlannedReport): Promise<Map<string, number | null>> {
  const values = new Map<string, number | null>();
  const query = { orgUnitId: p.unit.id, from: p.period.from, to: p.period.to };
  for (const id of tableIds(p.template.sections).computed) {
    const indicator = registry.indicators.get(id);
    values.set(id, indicator ? await indicator.compute(db, query) : null);
  }
  return values;
}

type Entered = Map<string, { own: number; total: number }>;

/**
 * The committees' entered figures: their own (plausible, within the rules), plus, for a unit above, the totals of
 * its children's approved reports of the same period (bases first, so the committee adds up what was approved).
 */
function enteredFigures(
  random: Random,
  planned: PlannedReport[],
  figures: Map<string, Map<string, number | null>>,
): Map<string, Entered> {
  const out = new Map<string, Entered>();
  const order = [...planned].sort((a, b) => depthOf(a) - depthOf(b));
  for (const p of order) {
    if (p.status === "draft") continue;
    const scale = p.period.type === "year" ? 2 : 1;
    const own = enteredOwn(random, scale, Number(figures.get(p.id)?.get("members.onList") ?? 0));
    if (p.level === "committee") own["entered.targets.admissions"] = 0;
    const children = order.filter(
      (k) => k.status === "approved" && k.period.key === p.period.key && k.unit.parentId === p.unit.id,
    );
    const entered: Entered = new Map();
    for (const id of tableIds(p.template.sections).entered) {
      const mine = own[id] ?? 0;
      const theirs = children.reduce((sum, k) => sum + (out.get(k.id)?.get(id)?.total ?? 0), 0);
      entered.set(id, { own: mine, total: mine + theirs });
    }
    out.set(p.id, entered);
  }
  return out;
}

/** Lower units first: a sub-committee before its base committee, the bases before the committee. */
const depthOf = (p: PlannedReport) => (p.level === "committee" ? 3 : p.unit.type === "sub_committee" ? 1 : 2);

function valueRows(p: PlannedReport, computed?: Map<string, number | null>, entered?: Entered) {
  if (p.status === "draft") return [];
  return [
    ...[...(computed ?? [])].map(([indicator, total]) => ({ reportId: p.id, indicator, own: null, total })),
    ...[...(entered ?? [])].map(([indicator, v]) => ({ reportId: p.id, indicator, own: v.own, total: v.total })),
  ];
}
