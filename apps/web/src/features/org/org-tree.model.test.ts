import type { OrgTreeNode, OrgUnitType } from "@dangvu/contract";
import { describe, expect, it } from "vitest";
import { searchTokens } from "../../lib/text";
import {
  ancestorIds,
  canBeUnder,
  childTypesOf,
  filterTree,
  flattenTree,
  indexTree,
  subtreeIds,
} from "./org-tree.model";

function node(id: string, name: string, type: OrgUnitType, parentId: string | null): OrgTreeNode {
  return { id, name, type, parentId, version: 1, childCount: 0, memberCount: 0, path: "" };
}

const nodes = [
  node("root", "Đảng bộ Khối các cơ quan tỉnh", "upper_committee", null),
  node("fin", "Đảng bộ Sở Tài chính", "grassroots_committee", "root"),
  node("fin-office", "Chi bộ Văn phòng", "cell", "fin"),
  node("fin-budget", "Chi bộ Phòng Ngân sách", "cell", "fin"),
  node("edu", "Đảng bộ Sở Giáo dục và Đào tạo", "grassroots_committee", "root"),
  node("edu-office", "Chi bộ Văn phòng", "cell", "edu"),
];

describe("indexTree", () => {
  it("treats units whose parent is out of sight as roots", () => {
    const index = indexTree(nodes.slice(1));
    expect(index.roots.map((r) => r.id)).toEqual(["fin", "edu"]);
    expect(index.childrenOf.get("fin")?.map((c) => c.id)).toEqual(["fin-office", "fin-budget"]);
  });

  it("walks up to the root and down through a subtree", () => {
    const index = indexTree(nodes);
    expect(ancestorIds(index, "fin-budget")).toEqual(["fin", "root"]);
    expect([...subtreeIds(index, "fin")].sort()).toEqual(["fin", "fin-budget", "fin-office"]);
    expect(flattenTree(index).map((f) => `${f.depth}:${f.node.id}`)).toEqual([
      "0:root",
      "1:fin",
      "2:fin-office",
      "2:fin-budget",
      "1:edu",
      "2:edu-office",
    ]);
  });
});

describe("filterTree", () => {
  it("shows the matches with the way to them and everything below them", () => {
    const filter = filterTree(indexTree(nodes), searchTokens("so tai chinh"));
    expect([...(filter?.matches ?? [])]).toEqual(["fin"]);
    expect([...(filter?.visible ?? [])].sort()).toEqual(["fin", "fin-budget", "fin-office", "root"]);
    expect([...(filter?.expanded ?? [])]).toEqual(["root"]);
  });

  it("finds every unit of the same name", () => {
    const filter = filterTree(indexTree(nodes), searchTokens("van phong"));
    expect([...(filter?.matches ?? [])].sort()).toEqual(["edu-office", "fin-office"]);
    expect([...(filter?.expanded ?? [])].sort()).toEqual(["edu", "fin", "root"]);
  });

  it("is off when the search box is empty", () => {
    expect(filterTree(indexTree(nodes), searchTokens(""))).toBeNull();
  });
});

describe("unit types", () => {
  it("offers only the types allowed under a parent, the commonest first", () => {
    expect(childTypesOf("grassroots_committee")).toEqual(["cell", "sub_committee"]);
    expect(childTypesOf("cell")).toEqual(["party_group"]);
    expect(childTypesOf("party_group")).toEqual([]);
    expect(canBeUnder("grassroots_committee", "upper_committee")).toBe(true);
    expect(canBeUnder("cell", "upper_committee")).toBe(false);
  });

  it("offers the upper committees and grassroots organisations under the province", () => {
    expect(childTypesOf("provincial_committee")).toEqual([
      "upper_committee",
      "grassroots_committee",
      "grassroots_cell",
    ]);
  });
});
