import type { CaseAction, CaseKind, CaseState, DecidingBody, DisciplineFormAny, OrgUnitType } from "@dangvu/contract";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { anActor, api, today, useTestApp } from "../../test/harness";
import { rowsOf } from "../db/sql";
import {
  type Authority,
  authorityBreach,
  authorityKey,
  isOverdue,
  letterDueOn,
  letterOverdue,
  nextState,
  type StepDays,
  stepDaysKey,
  stepDueOn,
} from "../modules/inspection";
import { buildRegistry } from "../platform/module";
import { loadCalendar } from "../rules/lifecycle-settings";
import { ruleValue } from "../rules/settings";
import { serverModules } from "../server-modules";

const t = useTestApp({ demo: true });
const ids: Record<string, string> = {};

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await t.db.execute(query));
}

interface CaseRow {
  id: string;
  unit: string;
  kind: CaseKind;
  state: CaseState;
  decidedOn: string;
  stateSince: string;
  stepDueOn: string | null;
  dueOn: string | null;
  letterId: string | null;
  itemId: string | null;
  shared: string[];
}
let cases: CaseRow[] = [];

beforeAll(async () => {
  for (const r of await rows<{ id: string; name: string }>(
    sql`select org_unit_id as id, name from org_unit_versions where valid_to is null`,
  ))
    ids[r.name] = r.id;
  cases = await rows<CaseRow>(sql`select id, org_unit_id as unit, kind, state, decided_on::text as "decidedOn",
      state_since::text as "stateSince", step_due_on::text as "stepDueOn", due_on::text as "dueOn",
      letter_id as "letterId", programme_item_id as "itemId", shared_with_roles as shared from inspection_cases`);
}, 300_000);

const committees = ["Đảng bộ các cơ quan Đảng tỉnh Bình Sơn", "Đảng bộ Ủy ban nhân dân tỉnh Bình Sơn"];

describe("the demo's inspection committees: two years of programmes, cases, letters and decisions (issue 11)", () => {
  it("gives each committee and base committee of the year its bodies' programmes of 6 to 15 items", async () => {
    const programmes = await rows<{ unit: string; year: number; body: string; items: number }>(sql`
      select p.org_unit_id as unit, p.year, p.body, (select count(*)::int from inspection_programme_items i
        where i.programme_id = p.id) as items from inspection_programmes p`);
    for (const name of committees)
      for (const year of [2025, 2026])
        expect(programmes.filter((p) => p.unit === ids[name] && p.year === year).map((p) => p.body)).toEqual(
          expect.arrayContaining(["standing_committee", "inspection_committee"]),
        );
    const base = programmes.filter((p) => p.unit === ids["Đảng bộ Sở Y tế"] && p.year === 2026);
    expect(base.map((p) => p.body).sort()).toEqual(["committee", "inspection_committee"]);
    const full = programmes.filter((p) => p.items > 0);
    expect(full.filter((p) => p.items < 6 || p.items > 15)).toEqual([]);
    expect(full.length).toBeGreaterThan(100);
  });

  it("carries out most items whose month has passed, none of a month to come", async () => {
    const items = await rows<{ year: number; month: number; caseId: string | null }>(sql`
      select p.year, i.month, c.id as "caseId" from inspection_programme_items i
        join inspection_programmes p on p.id = i.programme_id left join inspection_cases c on c.programme_item_id = i.id`);
    const past = items.filter((i) => `${i.year}-${String(i.month).padStart(2, "0")}` < today.slice(0, 7));
    expect(past.filter((i) => i.caseId).length / past.length).toBeGreaterThan(0.75);
    expect(past.filter((i) => !i.caseId).length).toBeGreaterThan(0);
    const coming = items.filter((i) => `${i.year}-${String(i.month).padStart(2, "0")}` > today.slice(0, 7));
    expect(coming.filter((i) => i.caseId)).toEqual([]);
  });

  it("dates every case's steps in workflow order, and its state, since and step deadline follow from them", async () => {
    const calendar = await loadCalendar(t.db);
    const days = await ruleValue<StepDays>(t.db, stepDaysKey, today);
    const steps = await rows<{ caseId: string; action: CaseAction; on: string }>(sql`
      select case_id as "caseId", action, "on"::text as "on" from inspection_case_steps order by "on", created_at`);
    const byCase = new Map<string, typeof steps>();
    for (const s of steps) byCase.set(s.caseId, [...(byCase.get(s.caseId) ?? []), s]);
    for (const c of cases) {
      let state: CaseState | null = "decided";
      let since = c.decidedOn;
      for (const s of byCase.get(c.id) ?? []) {
        state = nextState(c.kind, state as CaseState, s.action);
        expect(state, `${c.id} ${s.action}`).not.toBeNull();
        expect(s.on >= since && s.on <= today).toBe(true);
        since = s.on;
      }
      expect({ state: c.state, since: c.stateSince, due: c.stepDueOn }).toEqual({
        state,
        since,
        due: stepDueOn(state as CaseState, since, days, calendar),
      });
    }
    const past = cases.filter((c) => c.decidedOn < "2026-01-01");
    expect(past.filter((c) => c.state === "closed").length / past.length).toBeGreaterThan(0.95);
    expect(cases.filter((c) => c.decidedOn.startsWith("2026") && c.state !== "closed").length).toBeGreaterThan(10);
  });

  it("leaves a couple of cases past a step's deadline, which the 'quá hạn' filter shows", async () => {
    const overdue = cases.filter((c) => isOverdue(c, today));
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    expect(overdue.length).toBeLessThanOrEqual(4);
    const kiemtra = await anActor(t.db, { role: "inspection", orgUnitId: ids["Đảng bộ tỉnh Bình Sơn"] as string });
    const listed = await api(t.app).as(kiemtra).get("/api/inspection/cases?overdue=true&pageSize=50");
    expect(listed.statusCode).toBe(200);
    expect(
      listed
        .json()
        .items.map((c: { id: string }) => c.id)
        .sort(),
    ).toEqual(overdue.map((c) => c.id).sort());
  });

  it("records a decided discipline for every discipline or expulsion on a member's record, and no other", async () => {
    const events = await rows<{ key: string }>(sql`select e.member_id || '|' || e.occurred_on || '|' || e.decision_no
        || '|' || case when e.kind = 'expulsion' then 'expulsion' else e.details->>'form' end as key
      from member_events e where e.kind in ('discipline', 'expulsion')`);
    const decided = await rows<{ key: string }>(sql`select d.member_id || '|' || d.decided_on || '|' || d.decision_no
        || '|' || d.form as key from discipline_actions d where d.status = 'decided' and d.subject_type = 'member'`);
    expect(events.length).toBeGreaterThan(4);
    expect(decided.map((r) => r.key).sort()).toEqual(events.map((r) => r.key).sort());
    const recent = await rows<{ caseId: string | null; concluded: string | null; proposedOn: string }>(sql`
      select d.case_id as "caseId", d.proposed_on::text as "proposedOn", (select s."on"::text
        from inspection_case_steps s where s.case_id = d.case_id and s.action = 'conclude') as concluded
      from discipline_actions d where d.decided_on >= '2025-01-01'`);
    expect(recent.length).toBeGreaterThan(0);
    for (const d of recent) expect(d.concluded).toBe(d.proposedOn);
  });

  it("has every decision taken by a body the authority setting allows for the form, at the member's cell or above", async () => {
    const authority = await ruleValue<Authority>(t.db, authorityKey, today);
    const decided = await rows<{ body: DecidingBody; type: OrgUnitType; form: DisciplineFormAny; own: boolean }>(sql`
      select d.deciding_body as body, v.type, d.form, d.deciding_unit_id = d.subject_unit_id as own
      from discipline_actions d join org_unit_versions v on v.org_unit_id = d.deciding_unit_id
        and v.valid_from <= d.decided_on and (v.valid_to is null or v.valid_to > d.decided_on)
      where d.status = 'decided'`);
    expect(decided.length).toBeGreaterThan(4);
    for (const d of decided) {
      const breach = authorityBreach(authority, {
        body: d.body,
        unitType: d.type,
        subjectType: "member",
        form: d.form,
        relation: d.own ? "own" : "below",
      });
      expect(breach, JSON.stringify(d)).toBeNull();
    }
  });

  it("has one complaint against a decision, filed within the month and upheld", async () => {
    const complaints = await rows<{ filed: string; decided: string; result: string }>(sql`
      select c.filed_on::text as filed, d.decided_on::text as decided, c.result from discipline_complaints c
        join discipline_actions d on d.id = c.discipline_id`);
    expect(complaints).toHaveLength(1);
    const [complaint] = complaints as [{ filed: string; decided: string; result: string }];
    expect(complaint.result).toBe("upheld");
    expect(Date.parse(complaint.filed) - Date.parse(complaint.decided)).toBeLessThanOrEqual(30 * 86_400_000);
  });

  it("receives 30 to 60 letters a year, named ones due 90 days after receipt, the others filed", async () => {
    const letters = await rows<{
      identity: string;
      status: string;
      receivedOn: string;
      dueOn: string | null;
      resultOn: string | null;
      caseId: string | null;
      id: string;
    }>(sql`select id, identity, status, received_on::text as "receivedOn", due_on::text as "dueOn",
      result_on::text as "resultOn", case_id as "caseId" from inspection_letters`);
    expect(letters.filter((l) => l.receivedOn.startsWith("2025")).length).toBeGreaterThanOrEqual(30);
    expect(letters.filter((l) => l.receivedOn.startsWith("2025")).length).toBeLessThanOrEqual(60);
    expect(letters.filter((l) => l.receivedOn.startsWith("2026")).length).toBeGreaterThanOrEqual(25);
    for (const l of letters)
      if (l.identity === "named") expect(l.dueOn).toBe(letterDueOn(l.receivedOn, 90));
      else expect({ status: l.status, dueOn: l.dueOn }).toEqual({ status: "filed", dueOn: null });
    const resolved = letters.filter((l) => l.status === "resolved");
    expect(
      resolved.filter((l) => (l.resultOn as string) <= (l.dueOn as string)).length / resolved.length,
    ).toBeGreaterThan(0.85);
    expect(letters.filter((l) => l.status === "forwarded").length).toBeGreaterThan(0);
    expect(letters.filter((l) => letterOverdue(l, today))).toHaveLength(1);
    expect(letters.filter((l) => l.status === "in_progress" && !letterOverdue(l, today)).length).toBeGreaterThan(0);
    const fromLetters = cases.filter((c) => c.letterId);
    expect(fromLetters.length).toBeGreaterThan(1);
    for (const c of fromLetters) {
      expect(c.kind).toBe("inspection_suspected");
      expect(letters.find((l) => l.id === c.letterId)?.caseId).toBe(c.id);
    }
  });

  it("keeps every record to the inspection committee but one case of coso's base, shared with its staff", async () => {
    const shared = cases.filter((c) => c.shared.length > 0);
    expect(shared).toHaveLength(1);
    const [one] = shared as [CaseRow];
    expect(one.shared).toEqual(["grassroots_staff"]);
    const base = ids["Đảng bộ Sở Tài chính"] as string;
    expect(one.unit).toBe(base);
    const coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: base });
    expect((await api(t.app).as(coso).get(`/api/inspection/cases/${one.id}`)).statusCode).toBe(200);
    const other = cases.find((c) => c.unit === base && c.shared.length === 0) as CaseRow;
    expect((await api(t.app).as(coso).get(`/api/inspection/cases/${other.id}`)).statusCode).toBe(404);
  });

  it("gives the committees' 2026 reports computed inspection, letter and discipline figures", async () => {
    const registry = buildRegistry(serverModules());
    const wanted = [
      "inspection.inspected.orgs",
      "inspection.inspected.members",
      "inspection.inspected.suspectedMembers",
      "inspection.supervised.orgs",
      "inspection.supervised.members",
      "inspection.letters.received",
      "inspection.letters.resolved",
      "inspection.discipline.members",
    ];
    const totals: Record<string, number> = {};
    for (const id of wanted) {
      const indicator = registry.indicators.get(id);
      expect(indicator, id).toBeDefined();
      for (const name of committees) {
        const query = { orgUnitId: ids[name] as string, from: "2026-01-01", to: "2026-12-31" };
        totals[id] = (totals[id] ?? 0) + Number((await indicator?.compute(t.db, query)) ?? 0);
      }
    }
    for (const id of wanted) expect(totals[id], id).toBeGreaterThan(0);
  });
});
