import type { Me, Meeting, OrgTreeNode } from "@dangvu/contract";
import { describe, expect, it } from "vitest";
import { indexTree } from "../org/org-tree.model";
import {
  attendancePoints,
  levelOfTotal,
  liveCounts,
  marksOf,
  templateFor,
  writableCellIds,
  writableUnitIds,
} from "./meetings.model";

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
// What the server says each role holds (access/roles.ts), as /api/auth/me sends it with the grant.
const held: Record<Me["grants"][number]["role"], string[]> = {
  admin: ["meeting.read", "meeting.write"],
  inspection: ["meeting.read"],
  grassroots_staff: ["meeting.read", "meeting.write"],
  cell_secretary: ["meeting.read", "meeting.write"],
  member: ["meeting.read", "self.read"],
};
const me = (role: Me["grants"][number]["role"], orgUnitId: string): Me => ({
  id: "u",
  username: "u",
  displayName: "U",
  language: "vi",
  grants: [{ id: "g", role, orgUnitId, orgUnitName: orgUnitId, permissions: held[role] }],
  permissions: held[role],
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
  const template = {
    levels: [
      { level: "good" as const, min: 90 },
      { level: "fair" as const, min: 70 },
      { level: "average" as const, min: 50 },
      { level: "poor" as const, min: 0 },
    ],
  };
  it("follows the template's thresholds", () => {
    expect(levelOfTotal(template, 92)).toBe("good");
    expect(levelOfTotal(template, 90)).toBe("good");
    expect(levelOfTotal(template, 89)).toBe("fair");
    expect(levelOfTotal(template, 70)).toBe("fair");
    expect(levelOfTotal(template, 55)).toBe("average");
    expect(levelOfTotal(template, 49)).toBe("poor");
  });

  it("takes the template in force on the meeting's date", () => {
    const old = { id: "a", name: "Cũ", validFrom: "2018-07-06", criteria: [], levels: template.levels };
    const next = { ...old, id: "b", name: "Mới", validFrom: "2026-12-01" };
    expect(templateFor([old, next], "2026-11-30")?.id).toBe("a");
    expect(templateFor([old, next], "2026-12-01")?.id).toBe("b");
    expect(templateFor([old, next], "2017-01-01")).toBeUndefined();
  });
});

describe("the attendance sheet as ticked", () => {
  const person = (memberId: string, status: "full" | "probationary", counted = true, temporary = false) => ({
    memberId,
    fullName: memberId,
    status,
    counted,
    temporary,
    exempt: !counted && !temporary,
    attendance: null,
    reason: null,
    via: null,
  });
  const roster = [
    person("a", "full"),
    person("b", "full"),
    person("c", "probationary"),
    person("d", "full", false),
    person("e", "full", false, true),
  ];

  it("counts the ticks before they are saved, leaving members not counted and visitors out of the rate", () => {
    const marks = marksOf(roster as unknown as Meeting["roster"]);
    expect(liveCounts(roster, marks)).toMatchObject({ present: 0, counted: 3, attendanceRate: 0 });
    marks.a = { status: "present", reason: "" };
    marks.b = { status: "absent_excused", reason: "Ốm" };
    marks.c = { status: "present", reason: "" };
    marks.d = { status: "present", reason: "" };
    marks.e = { status: "present", reason: "" };
    expect(liveCounts(roster, marks)).toMatchObject({
      fullMembers: 3,
      probationaryMembers: 1,
      present: 2,
      absentExcused: 1,
      attendanceRate: 66.7,
    });
  });

  it("gives the attendance criterion its share of the points, rounded down", () => {
    expect(attendancePoints(66.7, 20)).toBe(13);
    expect(attendancePoints(100, 20)).toBe(20);
    expect(attendancePoints(90, 20)).toBe(18);
  });
});
