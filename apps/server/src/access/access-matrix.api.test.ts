import type { RoleCode } from "@dangvu/contract";
import { beforeAll, describe, expect, it } from "vitest";
import { anOrgTree, type StandardTree } from "../../test/builders";
import { anActor, api, type TestActor, useTestApp } from "../../test/harness";

const t = useTestApp();
let tree: StandardTree;
const actors = new Map<RoleCode, TestActor>();
const roles: RoleCode[] = ["admin", "inspection", "grassroots_staff", "cell_secretary", "member"];

// Every role is granted at baseA (Đảng bộ Sở Tài chính); targets relate to it as own unit, descendant, ancestor, sibling.
beforeAll(async () => {
  tree = await anOrgTree(t.db);
  for (const role of roles) actors.set(role, await anActor(t.db, { role, orgUnitId: tree.baseA }));
});

const relations = ["own", "descendant", "ancestor", "sibling"] as const;
const target = (relation: (typeof relations)[number]) =>
  ({ own: tree.baseA, descendant: tree.cellA3, ancestor: tree.root, sibling: tree.baseB })[relation];

// Reading a unit: any role sees its own subtree; nobody sees above or beside it.
const canRead: Record<(typeof relations)[number], number> = { own: 200, descendant: 200, ancestor: 404, sibling: 404 };
// Renaming a unit: only roles with org.write; outside the subtree it is 404 whatever the role.
const renameStatus: Record<RoleCode, Record<(typeof relations)[number], number>> = {
  admin: { own: 200, descendant: 200, ancestor: 404, sibling: 404 },
  grassroots_staff: { own: 200, descendant: 200, ancestor: 404, sibling: 404 },
  cell_secretary: { own: 200, descendant: 200, ancestor: 404, sibling: 404 },
  inspection: { own: 403, descendant: 403, ancestor: 404, sibling: 404 },
  member: { own: 403, descendant: 403, ancestor: 404, sibling: 404 },
};

describe.each(roles)("role %s granted at a base committee", (role) => {
  it.each(relations)("reads the %s unit as expected", async (relation) => {
    const res = await api(t.app)
      .as(actors.get(role) as TestActor)
      .get(`/api/org-units/${target(relation)}`);
    expect(res.statusCode).toBe(canRead[relation]);
  });

  it.each(relations)("renames the %s unit as expected", async (relation) => {
    const id = target(relation);
    const current = (
      await api(t.app)
        .as(actors.get("admin") as TestActor)
        .get(`/api/org-units/${id}`)
    ).json();
    const adminView = current.version
      ? current
      : (
          await api(t.app)
            .as(await rootAdmin())
            .get(`/api/org-units/${id}`)
        ).json();
    const res = await api(t.app)
      .as(actors.get(role) as TestActor)
      .patch(`/api/org-units/${id}`, { version: adminView.version, name: `${adminView.name}.` });
    expect(res.statusCode).toBe(renameStatus[role][relation]);
  });
});

let topAdmin: TestActor | undefined;
async function rootAdmin(): Promise<TestActor> {
  topAdmin ??= await anActor(t.db, { role: "admin", orgUnitId: tree.root });
  return topAdmin;
}
