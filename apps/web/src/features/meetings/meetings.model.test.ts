import type { Me, OrgTreeNode } from "@dangvu/contract";
import { describe, expect, it } from "vitest";
import { indexTree } from "../org/org-tree.model";
import { levelOfTotal, writableCellIds, writableUnitIds } from "./meetings.model";

const node = (id: string, type: OrgTreeNode["type"], parentId: string | null): OrgTreeNode => ({
  id,
  name: id,
  type,
  parentId,
  version: 1,
  childCount: 0,
  memberCount: 0,
  path: id,
});
const index = indexTree([
  node("base", "grassroots_committee", null),
  node("cellA", "cell", "base"),
  node("cellB", "cell", "base"),
]);
const me = (role: Me["grants"][number]["role"], orgUnitId: string): Me => ({
  id: "u",
  username: "u",
  displayName: "U",
  language: "vi",
  grants: [{ id: "g", role, orgUnitId, orgUnitName: orgUnitId }],
  permissions: [],
});

describe("where a user may plan meetings", () => {
  it("gives a base committee's staff every cell below it, and the committee itself for committee meetings", () => {
    expect([...writableCellIds(me("grassroots_staff", "base"), index)].sort()).toEqual(["cellA", "cellB"]);
    expect(writableUnitIds(me("grassroots_staff", "base"), index).has("base")).toBe(true);
  });

  it("gives a cell secretary their cell only, and a plain member nothing", () => {
    expect([...writableCellIds(me("cell_secretary", "cellA"), index)]).toEqual(["cellA"]);
    expect(writableCellIds(me("member", "cellA"), index).size).toBe(0);
  });
});

describe("the level of a meeting's total score", () => {
  it("follows the template's thresholds", () => {
    expect(levelOfTotal(92)).toBe("good");
    expect(levelOfTotal(90)).toBe("good");
    expect(levelOfTotal(89)).toBe("fair");
    expect(levelOfTotal(70)).toBe("fair");
    expect(levelOfTotal(55)).toBe("average");
    expect(levelOfTotal(49)).toBe("poor");
  });
});
