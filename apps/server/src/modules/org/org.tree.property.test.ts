import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { aUnit } from "../../../test/builders";
import { anActor, api, type TestActor, useTestApp } from "../../../test/harness";

const t = useTestApp();
let admin: TestActor;
let root: string;

beforeAll(async () => {
  root = await aUnit(t.db, { name: "Khối thử", type: "upper_committee", establishedOn: "2000-01-01" });
  admin = await anActor(t.db, { role: "admin", orgUnitId: root });
});

type Op = { kind: "move" | "merge"; unit: number; target: number; dayStep: number };
const op = fc.record({
  kind: fc.constantFrom<"move" | "merge">("move", "move", "merge"),
  unit: fc.nat(7),
  target: fc.nat(7),
  dayStep: fc.integer({ min: 0, max: 40 }),
});

/** A day count from 2020-01-01 to an ISO date. */
const dayOf = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

describe("the tree as of any date", () => {
  it("answers every past date exactly as the tree stood then, whatever sequence of moves and merges came after", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops: Op[]) => {
        run++;
        const bases: string[] = [];
        for (let i = 0; i < 4; i++)
          bases.push(
            await aUnit(t.db, {
              name: `Đảng bộ ${run}-${i}`,
              type: "grassroots_committee",
              parentId: root,
              establishedOn: "2019-01-01",
            }),
          );
        const cells: string[] = [];
        for (let i = 0; i < 8; i++)
          cells.push(
            await aUnit(t.db, {
              name: `Chi bộ ${run}-${i}`,
              type: "cell",
              parentId: bases[i % 4],
              establishedOn: "2019-01-01",
            }),
          );
        const scoped = new Set([...bases, ...cells]);
        // The model: the parent of each unit after each applied event, with the date it took effect.
        const history: { date: string; parents: Map<string, string | null> }[] = [];
        let parents = new Map<string, string | null>([
          ...bases.map((b) => [b, root] as const),
          ...cells.map((c, i) => [c, bases[i % 4] ?? null] as const),
        ]);
        history.push({ date: "2019-06-01", parents: new Map(parents) });
        const alive = new Set(scoped);
        let day = 0;
        for (const o of ops) {
          day += o.dayStep + 1;
          const date = dayOf(day);
          if (o.kind === "move") {
            const cell = cells[o.unit] as string;
            const to = bases[o.target % 4] as string;
            if (!alive.has(cell) || !alive.has(to) || parents.get(cell) === to) continue;
            const version = (await api(t.app).as(admin).get(`/api/org-units/${cell}`)).json().version;
            const res = await api(t.app)
              .as(admin)
              .post(`/api/org-units/${cell}/events`, { kind: "move", newParentId: to, version, effectiveOn: date });
            expect(res.statusCode).toBe(200);
            parents = new Map(parents).set(cell, to);
          } else {
            const from = bases[o.unit % 4] as string;
            const into = bases[o.target % 4] as string;
            if (from === into || !alive.has(from) || !alive.has(into)) continue;
            const version = (await api(t.app).as(admin).get(`/api/org-units/${from}`)).json().version;
            const res = await api(t.app)
              .as(admin)
              .post(`/api/org-units/${from}/events`, { kind: "merge", intoId: into, version, effectiveOn: date });
            expect(res.statusCode).toBe(200);
            parents = new Map(parents);
            for (const [unit, parent] of parents) if (parent === from) parents.set(unit, into);
            parents.delete(from);
            alive.delete(from);
          }
          history.push({ date, parents: new Map(parents) });
        }
        // Check the day each state began and the day before the next one.
        for (let i = 0; i < history.length; i++) {
          const state = history[i] as (typeof history)[number];
          const next = history[i + 1];
          const dates = [
            state.date,
            next ? dayOf(Math.round((Date.parse(next.date) - Date.UTC(2020, 0, 1)) / 86_400_000) - 1) : "2026-11-23",
          ];
          for (const asOf of dates) {
            if (next && asOf >= next.date) continue;
            const res = await api(t.app).as(admin).get(`/api/org-units?asOf=${asOf}`);
            const seen = new Map<string, string | null>(
              res
                .json()
                .filter((u: { id: string }) => scoped.has(u.id))
                .map((u: { id: string; parentId: string | null }) => [u.id, u.parentId]),
            );
            expect(seen).toEqual(state.parents);
          }
        }
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
