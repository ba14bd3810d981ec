import type { OrgUnitType } from "@dangvu/contract";
import type { Random } from "./random";
import { type BaseOrgSpec, baseOrgs, province } from "./units";

export interface GeneratedUnit {
  id: string;
  name: string;
  type: OrgUnitType;
  parentId: string | null;
  establishedOn: string;
  /** The provincial body the unit belongs to, for naming users and members. */
  body: string;
}

/**
 * The demo committee's tree: one upper committee, its base organisations and their cells.
 * `copies` repeats the provincial bodies (with a number) to reach the benchmark's scale.
 */
export function generateOrgTree(random: Random, copies = 1): GeneratedUnit[] {
  const root: GeneratedUnit = {
    id: random.uuid(),
    name: `Đảng bộ Khối các cơ quan tỉnh ${province}`,
    type: "upper_committee",
    parentId: null,
    establishedOn: "1998-03-02",
    body: "Đảng ủy Khối",
  };
  const units = [root];
  for (let copy = 1; copy <= copies; copy++) {
    for (const spec of baseOrgs) units.push(...baseOrg(random, spec, root.id, copies > 1 ? ` ${copy}` : ""));
  }
  return units;
}

function baseOrg(random: Random, spec: BaseOrgSpec, rootId: string, suffix: string): GeneratedUnit[] {
  const body = `${spec.body}${suffix}`;
  const establishedOn = randomDate(random, 1998, 2012);
  const id = random.uuid();
  if (spec.kind === "cell")
    return [{ id, name: `Chi bộ ${body}`, type: "grassroots_cell", parentId: rootId, establishedOn, body }];
  const units: GeneratedUnit[] = [
    { id, name: `Đảng bộ ${body}`, type: "grassroots_committee", parentId: rootId, establishedOn, body },
  ];
  for (const sub of spec.subCommittees ?? []) {
    const subId = random.uuid();
    units.push({
      id: subId,
      name: `Đảng bộ bộ phận ${sub.name}`,
      type: "sub_committee",
      parentId: id,
      establishedOn,
      body,
    });
    for (const cell of sub.cells) units.push(cellOf(random, cell, subId, establishedOn, body));
  }
  for (const cell of spec.cells ?? []) units.push(cellOf(random, cell, id, establishedOn, body));
  return units;
}

function cellOf(random: Random, cell: string, parentId: string, after: string, body: string): GeneratedUnit {
  const name = cell.startsWith("Chi bộ") ? cell : `Chi bộ ${cell}`;
  const establishedOn = maxDate(after, randomDate(random, 2000, 2015));
  return { id: random.uuid(), name, type: "cell", parentId, establishedOn, body };
}

export function randomDate(random: Random, fromYear: number, toYear: number): string {
  const year = random.int(fromYear, toYear);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
