import type { CaseAction, CaseState, RoleCode } from "@dangvu/contract";
import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";

// The case workflow as a table (issue 11 quality bar): every state × every action × every role.
const t = useTestApp();
let tree: StandardTree;
let member: string;
const actors = new Map<RoleCode, TestActor>();
const roles: RoleCode[] = ["inspection", "admin", "grassroots_staff", "cell_secretary", "member"];
const tables = ["inspection_cases", "inspection_case_steps", "audit_events"];
let numbers = 0;

/** The walk through the states, and what each action records. */
const path: [CaseAction, object][] = [
  ["form_team", { leader: "Nguyễn Văn Trưởng", team: "Đồng chí A, đồng chí B" }],
  ["receive_self_report", { note: "Đã nhận báo cáo giải trình" }],
  ["start_verification", {}],
  ["conclude", { conclusion: "Có vi phạm ở mức phải xem xét kỷ luật", violationFound: true }],
  ["notify", { noticeNo: "05-TB/UBKT" }],
  ["close", { followUp: "Đã khắc phục" }],
];
const states: CaseState[] = ["decided", "team_formed", "self_report", "verifying", "concluded", "notified", "closed"];
const bodyOf = Object.fromEntries(path) as Record<CaseAction, object>;

/** Written out by hand from domain.md §7.1, not derived from the rules it checks. */
const inspectionMoves: Partial<Record<CaseState, Partial<Record<CaseAction, CaseState>>>> = {
  decided: { form_team: "team_formed" },
  team_formed: { receive_self_report: "self_report" },
  self_report: { start_verification: "verifying" },
  verifying: { conclude: "concluded" },
  concluded: { notify: "notified" },
  notified: { close: "closed" },
};
/** A supervision may also be concluded on the subject's report, without verification. */
const supervisionMoves = {
  ...inspectionMoves,
  self_report: { start_verification: "verifying", conclude: "concluded" },
};

beforeAll(async () => {
  tree = await anOrgTree(t.db, " (quy trình)");
  member = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Phan Văn Quy" });
  for (const role of roles) actors.set(role, await anActor(t.db, { role, orgUnitId: tree.baseA }));
});

const inspector = () => actors.get("inspection") as TestActor;

/** A case of `kind` walked to `state` by the inspection committee, shared (read-only) with base committee staff. */
async function caseIn(kind: string, state: CaseState) {
  const res = await api(t.app)
    .as(inspector())
    .post("/api/inspection/cases", {
      orgUnitId: tree.baseA,
      body: "inspection_committee",
      kind,
      title: `Trường hợp ${state}`,
      subjects: [{ type: "member", memberId: member }],
      decisionNo: `${++numbers}-QĐ/UBKT`,
      decidedOn: "2026-10-01",
      sharedWithRoles: ["grassroots_staff"],
    });
  let c = res.json();
  for (const [action, details] of path.slice(0, states.indexOf(state))) {
    const step = await step$(inspector(), c, action, details);
    expect(step.statusCode, step.body).toBe(200);
    c = step.json();
  }
  expect(c.state).toBe(state);
  return c;
}

const step$ = (actor: TestActor | null, c: { id: string; version: number }, action: CaseAction, details: object) =>
  (actor ? api(t.app).as(actor) : api(t.app).anonymous).post(`/api/inspection/cases/${c.id}/steps`, {
    action,
    version: c.version,
    on: "2026-10-20",
    ...details,
  });

describe.each([
  ["inspection_suspected", inspectionMoves],
  ["supervision_thematic", supervisionMoves],
])("the workflow of a %s case", (kind, moves) => {
  it.each(states)(
    "from %s: each action by each role does what the table says, and a refusal writes nothing",
    async (state) => {
      const standing = await caseIn(kind, state);
      const expectedNext = (moves as typeof inspectionMoves)[state] ?? {};
      for (const action of Object.keys(bodyOf) as CaseAction[]) {
        for (const who of [...roles, "none"] as const) {
          const allowed = who === "inspection" && expectedNext[action] !== undefined;
          const target = allowed ? await caseIn(kind, state) : standing;
          const before = allowed ? "" : await snapshot(t.db, tables);
          const res = await step$(
            who === "none" ? null : (actors.get(who) as TestActor),
            target,
            action,
            bodyOf[action],
          );
          const expected = allowed
            ? 200
            : who === "none"
              ? 401
              : who === "grassroots_staff" // the role the case is shared with: it reads, it may not act
                ? 403
                : who === "inspection"
                  ? 409
                  : 404;
          expect(res.statusCode, `${state} × ${action} × ${who}: ${res.body}`).toBe(expected);
          if (allowed) expect(res.json().state).toBe(expectedNext[action]);
          else expect(await snapshot(t.db, tables), `${state} × ${action} × ${who}`).toBe(before);
        }
      }
    },
  );
});

describe("dates of steps", () => {
  it("refuses a step dated before the current step began, or after today", async () => {
    const c = await caseIn("inspection_regular", "team_formed");
    const early = await step$(inspector(), c, "receive_self_report", {});
    expect(early.statusCode).toBe(200);
    const next = early.json();
    const before = await snapshot(t.db, tables);
    const res = await api(t.app).as(inspector()).post(`/api/inspection/cases/${c.id}/steps`, {
      action: "start_verification",
      version: next.version,
      on: "2026-10-02",
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toContain("20/10/2026");
    const future = await api(t.app).as(inspector()).post(`/api/inspection/cases/${c.id}/steps`, {
      action: "start_verification",
      version: next.version,
      on: "2026-12-24",
    });
    expect(future.statusCode).toBe(422);
    const stale = await step$(inspector(), { id: c.id, version: next.version - 1 }, "start_verification", {});
    expect(stale.statusCode).toBe(409);
    expect(await snapshot(t.db, tables)).toBe(before);
  });
});
