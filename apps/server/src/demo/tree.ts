import type { OrgUnitType } from "@dangvu/contract";
import { TreeHistory } from "./history";
import type { Random } from "./random";
import { type BaseOrgSpec, baseOrgs, type CellSpec, history as dates, type Profile, province } from "./units";

export interface GeneratedUnit {
  id: string;
  /** Its name today, or its last name when it no longer exists. */
  name: string;
  type: OrgUnitType;
  parentId: string | null;
  establishedOn: string;
  dissolvedOn?: string | null;
  /** The provincial body the unit belongs to, for naming people, their work and their titles. */
  body: string;
  profile?: Profile;
  /** The title of the body's head, who is usually the bí thư of its party organisation. */
  head?: string;
}

export interface DemoTree {
  history: TreeHistory;
  /** Every unit that ever existed, as it stands today or last stood. */
  units: GeneratedUnit[];
  province: GeneratedUnit;
  bloc: GeneratedUnit;
  successors: { party: GeneratedUnit; government: GeneratedUnit };
}

export const successorNames = {
  party: `Đảng bộ các cơ quan Đảng tỉnh ${province}`,
  government: `Đảng bộ Ủy ban nhân dân tỉnh ${province}`,
};

const cellName = (name: string) => (name.startsWith("Chi bộ") ? name : `Chi bộ ${name}`);
const spec = (cell: string | CellSpec): CellSpec => (typeof cell === "string" ? { name: cell } : cell);

/**
 * The demo committee's tree with its history: the province; the Đảng bộ Khối các cơ quan tỉnh founded in 2015 with
 * the bodies' names of that time; the departments merged and renamed on 1/3/2025; the bloc wound up on 1/7/2025 and its
 * organisations moved into the Đảng bộ các cơ quan Đảng tỉnh and the Đảng bộ Ủy ban nhân dân tỉnh (domain.md §1.2).
 * `copies` repeats the bodies (with a number) to reach the benchmark's scale.
 */
export function generateDemoTree(random: Random, copies = 1): DemoTree {
  const h = new TreeHistory(() => random.uuid());
  const meta = new Map<string, Pick<GeneratedUnit, "body" | "profile" | "head">>();
  const provinceId = h.create(`Đảng bộ tỉnh ${province}`, "provincial_committee", null, dates.provinceEstablished);
  (h.units.get(provinceId) as { locality?: string }).locality = province;
  meta.set(provinceId, { body: "Tỉnh ủy", profile: "party", head: "Bí thư Tỉnh ủy" });
  const blocId = h.create(
    `Đảng bộ Khối các cơ quan tỉnh ${province}`,
    "upper_committee",
    provinceId,
    dates.blocEstablished,
  );
  (h.events.at(-1) as { decisionNo: string | null }).decisionNo = dates.blocDecision;
  meta.set(blocId, { body: "Đảng ủy Khối", profile: "party", head: "Bí thư Đảng ủy Khối" });
  const bases = new Map<string, { id: string; spec: BaseOrgSpec }>();
  for (let copy = 1; copy <= copies; copy++) {
    const suffix = copies > 1 ? ` ${copy}` : "";
    for (const s of baseOrgs)
      bases.set(s.body + suffix, { id: foundBase(h, random, meta, s, blocId, suffix), spec: s });
  }
  reorganiseDepartments(h, bases, meta);
  const sideOf = (id: string) => [...bases.values()].find((b) => b.id === id)?.spec.side;
  const children = h.childrenOf(blocId);
  const [party, government] = h.split(
    blocId,
    [
      { name: successorNames.party, type: "upper_committee", childIds: children.filter((c) => sideOf(c) === "party") },
      {
        name: successorNames.government,
        type: "upper_committee",
        childIds: children.filter((c) => sideOf(c) !== "party"),
      },
    ],
    dates.blocWoundUp,
    dates.blocWoundUpDecision,
    "Kết thúc hoạt động Đảng bộ Khối các cơ quan tỉnh; thành lập Đảng bộ các cơ quan Đảng tỉnh và Đảng bộ Ủy ban nhân dân tỉnh, chuyển các tổ chức đảng trực thuộc sang hai đảng bộ mới.",
  ) as [string, string];
  meta.set(party, { body: "Đảng ủy các cơ quan Đảng tỉnh", profile: "party", head: "Bí thư Đảng ủy" });
  meta.set(government, { body: "Đảng ủy Ủy ban nhân dân tỉnh", profile: "office", head: "Bí thư Đảng ủy" });
  const units = [...h.units.values()].map((u): GeneratedUnit => {
    const v = h.current(u.id);
    const m = meta.get(u.id) as Pick<GeneratedUnit, "body" | "profile" | "head">;
    return {
      id: u.id,
      name: v.name,
      type: v.type,
      parentId: v.parentId,
      establishedOn: u.establishedOn,
      dissolvedOn: u.dissolvedOn,
      ...m,
    };
  });
  const byId = (id: string) => units.find((u) => u.id === id) as GeneratedUnit;
  return {
    history: h,
    units,
    province: byId(provinceId),
    bloc: byId(blocId),
    successors: { party: byId(party), government: byId(government) },
  };
}

/** Today's units only, each as one version: what the benchmark loads. */
export function generateOrgTree(random: Random, copies = 1): GeneratedUnit[] {
  return generateDemoTree(random, copies).units.filter((u) => !u.dissolvedOn);
}

function foundBase(
  h: TreeHistory,
  random: Random,
  meta: Map<string, Pick<GeneratedUnit, "body" | "profile" | "head">>,
  s: BaseOrgSpec,
  blocId: string,
  suffix: string,
): string {
  const on = s.since ?? dates.blocEstablished;
  const body = `${s.was ?? s.body}${suffix}`;
  const info = { body: `${s.body}${suffix}`, profile: s.profile, head: s.head };
  if (s.kind === "cell") {
    const id = h.create(`Chi bộ ${body}`, "grassroots_cell", blocId, on);
    meta.set(id, info);
    return id;
  }
  const id = h.create(`Đảng bộ ${body}`, "grassroots_committee", blocId, on);
  meta.set(id, info);
  const addCell = (cell: string | CellSpec, parentId: string) => {
    const c = spec(cell);
    if (c.since && c.since >= dates.departmentsReorganised) return;
    const founded = c.since ?? (random.chance(0.8) ? on : laterDate(random, on, 2021));
    meta.set(h.create(cellName(c.was ?? c.name), "cell", parentId, founded), info);
  };
  for (const sub of s.subCommittees ?? []) {
    const subId = h.create(`Đảng bộ bộ phận ${sub.name}`, "sub_committee", id, on);
    meta.set(subId, info);
    for (const cell of sub.cells) addCell(cell, subId);
  }
  for (const cell of s.cells ?? []) addCell(cell, id);
  return id;
}

/** 1/3/2025: bodies renamed, cells moved and merged, merged-away bodies' organisations absorbed, new cells founded. */
function reorganiseDepartments(
  h: TreeHistory,
  bases: Map<string, { id: string; spec: BaseOrgSpec }>,
  meta: Map<string, Pick<GeneratedUnit, "body" | "profile" | "head">>,
) {
  const on = dates.departmentsReorganised;
  let decision = Number.parseInt(dates.departmentsDecision, 10);
  const next = () => `${decision++}-QĐ/ĐUK`;
  const childNamed = (baseId: string, name: string) =>
    h.childrenOf(baseId).find((c) => h.current(c).name === cellName(name)) as string;
  for (const [body, { id, spec: s }] of bases) {
    const suffix = body.slice(s.body.length);
    if (s.was) h.rename(id, `${s.kind === "cell" ? "Chi bộ" : "Đảng bộ"} ${s.body}${suffix}`, on, next());
    for (const cell of [...(s.cells ?? []), ...(s.subCommittees ?? []).flatMap((sub) => sub.cells)].map(spec)) {
      if (cell.was) h.rename(childNamed(id, cell.was), cellName(cell.name), on, next());
      if (cell.since === on) meta.set(h.create(cellName(cell.name), "cell", id, on), meta.get(id) as GeneratedUnit);
    }
  }
  for (const [body, { id, spec: s }] of bases) {
    if (!s.mergesInto) continue;
    const suffix = body.slice(s.body.length);
    const target = bases.get(s.mergesInto + suffix) as { id: string };
    const decisionNo = next();
    for (const cell of (s.cells ?? []).map(spec)) {
      const cellId = childNamed(id, cell.name);
      if (cell.movesTo) h.move(cellId, (bases.get(cell.movesTo + suffix) as { id: string }).id, on, decisionNo);
      if (cell.mergesInto) h.merge(cellId, childNamed(target.id, cell.mergesInto), on, decisionNo);
    }
    h.merge(id, target.id, on, decisionNo);
  }
}

function laterDate(random: Random, after: string, untilYear: number): string {
  const year = random.int(Number(after.slice(0, 4)) + 1, untilYear);
  return `${year}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`;
}

export function randomDate(random: Random, fromYear: number, toYear: number): string {
  const year = random.int(fromYear, toYear);
  return `${year}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`;
}
