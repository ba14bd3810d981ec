import { describe, expect, it } from "vitest";
import { anOrgTree } from "../../../test/builders";
import { anActor, api, useTestApp } from "../../../test/harness";

const t = useTestApp();

describe("GET /api/members is limited per session", () => {
  it("answers 429 after 300 searches in a minute from one session, while another session goes on", async () => {
    const tree = await anOrgTree(t.db);
    const guesser = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
    const colleague = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
    const statuses: number[] = [];
    for (let i = 0; i < 301; i++)
      statuses.push(
        (
          await api(t.app)
            .as(guesser)
            .get(`/api/members?q=0010850${String(i).padStart(5, "0")}`)
        ).statusCode,
      );
    expect(statuses.slice(0, 300).every((s) => s === 200)).toBe(true);
    expect(statuses[300]).toBe(429);
    expect((await api(t.app).as(colleague).get("/api/members?q=001085000001")).statusCode).toBe(200);
  });
});
