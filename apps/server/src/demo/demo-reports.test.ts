import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { anActor, api, type TestActor, testNow, useTestApp } from "../../test/harness";
import { rowsOf } from "../db/sql";
import { Random } from "./random";

const t = useTestApp({ demo: true });
let admin: TestActor;
const ids: Record<string, string> = {};

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await t.db.execute(query));
}

interface ReportRow {
  id: string;
  code: string;
  unit: string;
  period: string;
  status: string;
  from: string;
  to: string;
  due: string;
  sentOn: string | null;
}
let all: ReportRow[] = [];
let templates = new Map<string, string>();
/** The units of the journeys: chibo's cell and coso's base committee, by their grants. */
const journey = { cell: "", base: "" };
const templateId = (code: string) => templates.get(code) as string;
const latestMonth = "2026-10";
const currentMonth = "2026-11";

beforeAll(async () => {
  for (const r of await rows<{ id: string; name: string }>(
    sql`select org_unit_id as id, name from org_unit_versions where valid_to is null`,
  ))
    ids[r.name] = r.id;
  admin = await anActor(t.db, { role: "admin", orgUnitId: ids["Đảng bộ tỉnh Bình Sơn"] as string });
  all = await rows<ReportRow>(sql`select r.id, t.code, r.org_unit_id as unit, r.period, r.status,
      r.period_from::text as from, r.period_to::text as to, r.due_on::text as due,
      ((r.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date)::text as "sentOn"
    from reports r join report_templates t on t.id = r.template_id`);
  const codes = await rows<{ id: string; code: string }>(sql`select id, code from report_templates`);
  templates = new Map(codes.map((r) => [r.code, r.id]));
  for (const r of await rows<{ username: string; unit: string }>(sql`select u.username, g.org_unit_id as unit
    from grants g join users u on u.id = g.user_id where u.username in ('chibo', 'coso')`))
    journey[r.username === "chibo" ? "cell" : "base"] = r.unit;
}, 300_000);

const of = (code: string, period?: string) => all.filter((r) => r.code === code && (!period || r.period === period));
const countBy = (list: ReportRow[]) => {
  const out: Record<string, number> = {};
  for (const r of list) out[r.status] = (out[r.status] ?? 0) + 1;
  return out;
};

describe("the demo's reports: two years at every level, in real states (issue 10)", () => {
  it("holds every cell's monthly reports for 24 months, the bases' and the committee's 6-month and annual ones", () => {
    expect(new Set(of("cell_monthly").map((r) => r.period)).size).toBe(25);
    expect(of("cell_monthly", "2024-11").length).toBeGreaterThan(150);
    for (const code of ["base_half_year", "committee_half_year"])
      expect(new Set(of(code).map((r) => r.period))).toEqual(new Set(["2025-H1", "2026-H1", "2026-H2"]));
    for (const code of ["base_year", "committee_year"])
      expect(new Set(of(code).map((r) => r.period))).toEqual(new Set(["2025", "2026"]));
    expect(of("base_half_year", "2026-H1").filter((r) => r.status === "approved").length).toBeGreaterThan(30);
  });

  it("shows the latest month in every state: approved, some late, awaiting approval, one returned, a few not started", async () => {
    const latest = countBy(of("cell_monthly", latestMonth));
    expect(latest.approved).toBeGreaterThan(150);
    expect(latest.submitted).toBeGreaterThan(3);
    expect(latest.returned).toBe(1);
    const older = of("cell_monthly").filter((r) => r.period < latestMonth && r.sentOn);
    expect(older.filter((r) => (r.sentOn as string) > r.due).length).toBeGreaterThan(older.length / 20);
    expect(older.filter((r) => (r.sentOn as string) > r.due).length).toBeLessThan(older.length / 4);
    const returned = of("cell_monthly", latestMonth).find((r) => r.status === "returned") as ReportRow;
    const [action] = await rows<{ comment: string; by: string }>(sql`select comment, by_name as by from report_actions
      where report_id = ${returned.id} and action = 'returned'`);
    expect(action?.comment).toMatch(/^(Đề nghị|Phần phương hướng|Số liệu).+chi bộ/);
    expect(action?.by).toBeTruthy();
    const completeness = await api(t.app)
      .as(admin)
      .get(
        `/api/reports/completeness?templateId=${templateId("cell_monthly")}&period=${latestMonth}&orgUnitId=${ids["Đảng bộ tỉnh Bình Sơn"]}`,
      );
    expect(completeness.statusCode).toBe(200);
    const statuses = countBy(completeness.json().rows);
    expect(statuses.not_started).toBeGreaterThan(0);
    expect(statuses.returned).toBe(1);
    expect(completeness.json().onTime).toBeLessThan(completeness.json().submitted);
  });

  it("leaves the current period mostly not started or in draft, and nothing sent yet", () => {
    const current = of("cell_monthly", currentMonth);
    expect(current.every((r) => r.status === "draft")).toBe(true);
    const cells = of("cell_monthly", latestMonth).length;
    expect(current.length).toBeGreaterThan(10);
    expect(current.length).toBeLessThan(cells / 2);
    expect(of("base_half_year", "2026-H2").every((r) => r.status === "draft")).toBe(true);
  });

  it("opens as the workflow would have left them: a draft's figures live, a returned one's comment, an approved one locked", async () => {
    const open = async (r: ReportRow) => {
      const res = await api(t.app)
        .as(admin)
        .get(`/api/reports/${templateId(r.code)}/${r.unit}/${r.period}`);
      expect(res.statusCode).toBe(200);
      return res.json();
    };
    const draft = await open(of("cell_monthly", currentMonth)[0] as ReportRow);
    expect(draft.status).toBe("draft");
    expect(draft.values.find((v: { indicator: string }) => v.indicator === "members.onList").value).toBeGreaterThan(0);
    const returned = await open(of("cell_monthly", latestMonth).find((r) => r.status === "returned") as ReportRow);
    expect(returned.history.map((h: { action: string }) => h.action)).toEqual(["created", "submitted", "returned"]);
    expect(returned.documentNumber).toMatch(/^\d{2,}-BC\/CB$/);
    const approved = await open(of("base_year", "2025").find((r) => r.status === "approved") as ReportRow);
    expect(approved.can).toMatchObject({ edit: false, submit: false, approve: false, reopen: true });
    expect(approved.narrative.results.length).toBeGreaterThan(80);
    expect(approved.history.at(-1)).toMatchObject({ action: "approved", byName: "Nguyễn Thị Lan" });
  });

  it("leaves the journeys' periods open: chibo's cell this month, coso's base this half-year", () => {
    const cellRows = of("cell_monthly").filter((r) => r.unit === journey.cell);
    expect(cellRows.find((r) => r.period === currentMonth)).toBeUndefined();
    expect(cellRows.find((r) => r.period === latestMonth)?.status).toBe("approved");
    expect(of("base_half_year", "2026-H2").find((r) => r.unit === journey.base)).toBeUndefined();
    expect(of("base_half_year", "2026-H1").find((r) => r.unit === journey.base)?.status).toBe("approved");
  });

  it("names who acted: chibo sends, coso approves the demo cell's reports, each step after the one before", async () => {
    const steps = await rows<{
      action: string;
      by: string;
      at: string;
      sent: string;
    }>(sql`select a.action, a.by_name as by,
        a.at::text as at, r.submitted_at::text as sent from report_actions a join reports r on r.id = a.report_id
      where r.org_unit_id = ${journey.cell} and r.period = ${latestMonth} order by a.at`);
    expect(steps.map((s) => [s.action, s.by])).toEqual([
      ["created", "Lê Văn Hùng"],
      ["submitted", "Lê Văn Hùng"],
      ["approved", "Phạm Văn Hòa"],
    ]);
    const disorder = await rows<{ id: string }>(sql`select r.id from reports r where r.submitted_at is not null and (
        r.submitted_at < r.created_at or r.approved_at < r.submitted_at or r.submitted_at > ${testNow}
        or r.submitted_at::date < r.period_to - 3
        or not exists (select 1 from report_actions a where a.report_id = r.id and a.action = 'submitted' and a.at = r.submitted_at))`);
    expect(disorder).toEqual([]);
  });

  it("numbers the sent reports from each unit's register, 01 upwards in the order they were sent", async () => {
    const numbers = await rows<{ issuer: string; term: string; number: number; on: string; code: string }>(sql`select
        n.issuer_unit_id as issuer, n.term_key as term, n.number, n.issued_on::text as on, r.document_number as code
      from document_numbers n join reports r on r.id = n.subject_id where n.subject_type = 'report'
      order by n.issuer_unit_id, n.term_key, n.number`);
    expect(numbers.length).toBe(all.filter((r) => r.sentOn).length);
    let previous: (typeof numbers)[number] | undefined;
    for (const n of numbers) {
      const same = previous && previous.issuer === n.issuer && previous.term === n.term;
      expect(n.number).toBe(same ? (previous?.number ?? 0) + 1 : 1);
      if (same) expect(n.on >= (previous?.on ?? "")).toBe(true);
      expect(n.code).toMatch(new RegExp(`^${String(n.number).padStart(2, "0")}-BC/(CB|ĐU|ĐUBP)$`));
      previous = n;
    }
  });

  it("states computed figures as the indicators give them now, for random approved reports of every level", async () => {
    const random = new Random(Number(process.env.DEMO_REPORTS_SEED ?? 20_261_123));
    const approved = all.filter((r) => r.status === "approved");
    const picks = [
      ...Array.from({ length: 30 }, () => random.pick(approved.filter((r) => r.code === "cell_monthly"))),
      random.pick(approved.filter((r) => r.code === "base_half_year")),
      random.pick(approved.filter((r) => r.code === "base_year")),
      random.pick(approved.filter((r) => r.code.startsWith("committee_"))),
    ];
    // And for each figure of the cells' reports, one approved report where it is not zero (set-based there).
    const nonZero = await rows<{ id: string }>(sql`select distinct on (v.indicator) r.id from report_values v
      join reports r on r.id = v.report_id join report_templates t on t.id = r.template_id
      where t.code = 'cell_monthly' and r.status = 'approved' and v.total <> 0 order by v.indicator, r.id`);
    expect(nonZero.length).toBeGreaterThan(15);
    picks.push(...nonZero.map((n) => all.find((r) => r.id === n.id) as ReportRow));
    let compared = 0;
    for (const r of picks) {
      const stored = await rows<{ indicator: string; total: number | null }>(sql`select indicator, total
        from report_values where report_id = ${r.id} and indicator not like 'entered.%'`);
      expect(stored.length).toBeGreaterThan(20);
      for (const s of stored) {
        const indicator = t.app.registry.indicators.get(s.indicator);
        const now = indicator ? await indicator.compute(t.db, { orgUnitId: r.unit, from: r.from, to: r.to }) : null;
        expect({ report: r.id, indicator: s.indicator, value: s.total }).toEqual({
          report: r.id,
          indicator: s.indicator,
          value: now,
        });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("keeps every entered part within its total and each total the unit's own plus its children's approved reports", async () => {
    const broken = await rows<{ id: string }>(sql`select r.id from reports r
      join report_template_versions v on v.id = r.template_version_id
      cross join lateral jsonb_array_elements(v.rules) rule
      join report_values l on l.report_id = r.id and l.indicator = rule->>'left'
      join report_values g on g.report_id = r.id and g.indicator = rule->>'right'
      where l.total > g.total or l.own > g.own`);
    expect(broken).toEqual([]);
    expect(await rows(sql`select * from report_values where own > total or total < 0`)).toEqual([]);
    // Entered inspection figures are those of the versions before 2026 (from 2026 the records give them).
    const committee = all.find((r) => r.code === "committee_half_year" && r.period === "2025-H1") as ReportRow;
    const url = `/api/reports/${templateId("committee_half_year")}/${committee.unit}/2025-H1`;
    const detail = (await api(t.app).as(admin).get(url)).json();
    const inspected = detail.values.find((v: { indicator: string }) => v.indicator === "entered.inspection.members");
    const children = (await api(t.app).as(admin).get(`${url}/children?indicator=entered.inspection.members`)).json();
    const sum = children.reduce((s: number, c: { value: number | null }) => s + (c.value ?? 0), 0);
    expect(sum).toBeGreaterThan(0);
    expect(inspected.children).toBe(sum);
    expect(inspected.value).toBe(inspected.own + sum);
  });
});
