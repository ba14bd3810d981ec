import { beforeAll, describe, expect, it } from "vitest";
import { anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";

const t = useTestApp();
let tree: StandardTree;
let coso: TestActor;
let chibo: TestActor;
let member: TestActor;
let otherChibo: TestActor;

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  member = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
  otherChibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellB1 });
});

const version = async (actor: TestActor, id: string) => (await api(t.app).as(actor).get(`/api/org-units/${id}`)).json();

describe("a unit's place name (địa danh) for its documents", () => {
  it("is set on the unit by those who manage it, and cleared with an empty text", async () => {
    const unit = await version(coso, tree.baseA);
    expect(unit.locality).toBeNull();
    const res = await api(t.app)
      .as(coso)
      .put(`/api/org-units/${tree.baseA}/locality`, { version: unit.version, locality: "  Bình Sơn " });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ locality: "Bình Sơn", version: unit.version + 1 });
    // A cell without its own takes its committee's for its papers, but shows its own (none) on its page.
    expect((await version(chibo, tree.cellA1)).locality).toBeNull();
    const cleared = await api(t.app)
      .as(coso)
      .put(`/api/org-units/${tree.baseA}/locality`, { version: unit.version + 1, locality: "" });
    expect(cleared.json().locality).toBeNull();
    await api(t.app)
      .as(coso)
      .put(`/api/org-units/${tree.baseA}/locality`, { version: unit.version + 2, locality: "Bình Sơn" });
  });

  it("refuses anonymous (401), a member (403), a unit outside the grant (404), a stale version (409) and bad input (400), writing nothing", async () => {
    const unit = await version(chibo, tree.cellA1);
    const url = `/api/org-units/${tree.cellA1}/locality`;
    const body = { version: unit.version, locality: "Quảng Ngãi" };
    const before = await snapshot(t.db, ["org_units", "audit_events"]);
    expect((await api(t.app).anonymous.put(url, body)).statusCode).toBe(401);
    expect((await api(t.app).as(member).put(url, body)).statusCode).toBe(403);
    expect((await api(t.app).as(otherChibo).put(url, body)).statusCode).toBe(404);
    expect(
      (
        await api(t.app)
          .as(chibo)
          .put(url, { ...body, version: unit.version + 5 })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await api(t.app)
          .as(chibo)
          .put(url, { ...body, locality: "x".repeat(101) })
      ).statusCode,
    ).toBe(400);
    expect((await api(t.app).as(chibo).put(url, { locality: "Quảng Ngãi" })).statusCode).toBe(400);
    expect(await snapshot(t.db, ["org_units", "audit_events"])).toBe(before);
  });
});
