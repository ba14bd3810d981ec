import type { CaseKind, InspectingBody } from "@dangvu/contract";
import { isSupervision } from "@dangvu/contract";
import type { inspectionProgrammeItems, inspectionProgrammes, StoredSubject } from "../db/schema";
import { addDays } from "../rules/dates";
import type { InspectionDemo } from "./seed-inspection";
import { buildCase, type SeededCase, workdayFrom } from "./seed-inspection-cases";
import { bodyCode, bodyName, conclusionOf, contentOf, plannedKinds, titleOf } from "./seed-inspection-texts";

type ProgrammeRow = typeof inspectionProgrammes.$inferInsert;
type ItemRow = typeof inspectionProgrammeItems.$inferInsert;

export interface PlannedProgrammes {
  programmes: ProgrammeRow[];
  items: ItemRow[];
  cases: SeededCase[];
}

const committeeTypes = new Set(["upper_committee", "grassroots_committee"]);
const mm = (month: number) => String(month).padStart(2, "0");

/** The part of a year a committee existed in, when it is long enough to plan for (four months or more). */
function spanIn(d: InspectionDemo, unitId: string, year: number) {
  const unit = d.tree.history.units.get(unitId) as { establishedOn: string; dissolvedOn: string | null };
  const from = [unit.establishedOn, `${year}-01-01`].sort()[1] as string;
  const to = [unit.dissolvedOn ? addDays(unit.dissolvedOn, -1) : `${year}-12-31`, `${year}-12-31`].sort()[0] as string;
  const type = d.tree.history.on(unitId, from)?.type;
  if (!type || !committeeTypes.has(type) || addDays(from, 120) > to) return null;
  return { from, to, upper: type === "upper_committee", ends: unit.dissolvedOn !== null };
}

/**
 * Each year's programme of each committee's two bodies (the upper committees' standing committee and inspection
 * committee, a base committee's committee and inspection committee), approved in its first weeks, 6–15 items spread
 * over the months after; a case carries out most items whose month has come, decided in that month.
 */
export function planProgrammes(d: InspectionDemo): PlannedProgrammes {
  const out: PlannedProgrammes = { programmes: [], items: [], cases: [] };
  const year = Number(d.today.slice(0, 4));
  for (const y of [year - 1, year])
    for (const unitId of d.tree.history.units.keys()) {
      const span = spanIn(d, unitId, y);
      if (!span) continue;
      const approvedOn = workdayFrom(addDays(span.from, d.random.int(8, 24)), d.calendar);
      if (approvedOn >= d.today) continue;
      const bodies: InspectingBody[] = [span.upper ? "standing_committee" : "committee", "inspection_committee"];
      for (const body of bodies) planProgramme(d, out, { unitId, year: y, body, approvedOn, ...span });
    }
  return out;
}

interface ProgrammeSpec {
  unitId: string;
  year: number;
  body: InspectingBody;
  approvedOn: string;
  to: string;
  upper: boolean;
  ends: boolean;
}

function planProgramme(d: InspectionDemo, out: PlannedProgrammes, p: ProgrammeSpec) {
  const { random } = d;
  const name = (d.tree.history.on(p.unitId, p.approvedOn) as { name: string }).name;
  const bloc = p.unitId === d.tree.bloc.id;
  const id = random.uuid();
  out.programmes.push({
    id,
    orgUnitId: p.unitId,
    year: p.year,
    body: p.body,
    title: `Chương trình kiểm tra, giám sát năm ${p.year} của ${bodyName(p.body, name)}`,
    decisionNo: `${random.int(2, 9)}-CTr/${bodyCode(p.body, bloc)}`,
    approvedOn: p.approvedOn,
    createdAt: new Date(`${p.approvedOn}T10:00:00+07:00`),
  });
  const first = Number(p.approvedOn.slice(5, 7)) + 1;
  const last = Number(p.to.slice(5, 7)) - (p.ends ? 2 : 0);
  if (last < first) return;
  const count = p.upper ? random.int(10, 15) : random.int(6, 10);
  const kinds = plannedKinds[p.body === "inspection_committee" ? "inspection_committee" : "committee"];
  for (let i = 0; i < count; i++) {
    const month = first + Math.floor((i * (last - first + 1)) / count);
    const kind = random.weighted(kinds);
    const day = `${p.year}-${mm(month)}-15`;
    const subjects = subjectsOf(d, p.unitId, kind, day);
    if (subjects.length === 0) continue;
    const content = contentOf(random, kind, p.year);
    const itemId = random.uuid();
    const team = teamOf(d, p.unitId, p.body, day);
    out.items.push({
      id: itemId,
      programmeId: id,
      kind,
      content,
      subjects: subjects.map((s) => s.stored),
      month,
      team: team.text,
      createdAt: new Date(`${p.approvedOn}T10:00:00+07:00`),
    });
    const decidedOn = workdayFrom(`${p.year}-${mm(month)}-${String(random.int(2, 18)).padStart(2, "0")}`, d.calendar);
    if (decidedOn >= d.today || !random.chance(0.88)) continue;
    const seeded = buildCase(d, {
      orgUnitId: p.unitId,
      body: p.body,
      kind,
      title: titleOf(
        content,
        subjects.map((s) => s.name),
      ),
      content: null,
      subjects: subjects.map((s) => s.stored),
      decidedOn,
      programmeItemId: itemId,
      letterId: null,
      leader: team.leader,
      team: team.text,
      byName: team.leader,
      conclusion: conclusionOf(random, isSupervision(kind)),
      violationFound: false,
      until: p.ends ? p.to : null,
    });
    if (seeded) out.cases.push(seeded);
  }
}

interface Picked {
  stored: StoredSubject;
  name: string;
}

/**
 * Whom an item concerns: an upper committee's the base organisations under it (their secretaries for a thematic
 * supervision), a base committee's its cells (some of their members for a thematic supervision).
 */
function subjectsOf(d: InspectionDemo, unitId: string, kind: CaseKind, day: string): Picked[] {
  const { random } = d;
  const tree = d.on(day);
  const upper = tree.units.get(unitId)?.type === "upper_committee";
  const orgs = tree
    .below(unitId)
    .filter((u) => (upper ? u.parentId === unitId : u.type === "cell" || u.type === "grassroots_cell"));
  if (orgs.length === 0) return [];
  const picked = new Map<string, Picked>();
  const howMany = kind === "supervision_thematic" ? random.int(1, 2) : random.int(1, 3);
  for (let i = 0; i < howMany; i++) {
    const u = random.pick(orgs);
    picked.set(u.id, { stored: { type: "organisation", orgUnitId: u.id, memberId: null }, name: u.name });
  }
  if (kind !== "supervision_thematic" || !random.chance(0.5)) return [...picked.values()];
  const cells = upper ? [] : [...picked.keys()];
  for (const cellId of cells) {
    const people = d.membersIn(cellId, day);
    const g = people.length > 0 ? random.pick(people) : undefined;
    if (g)
      picked.set(g.member.id, {
        stored: { type: "member", orgUnitId: cellId, memberId: g.member.id },
        name: `đồng chí ${g.member.fullName}`,
      });
  }
  return [...picked.values()];
}

/** The team of a body's case: its chair (the inspection committee's chủ nhiệm, or the secretary) leads it. */
function teamOf(d: InspectionDemo, unitId: string, body: InspectingBody, day: string) {
  const leader = d.holderOf(unitId, body === "inspection_committee" ? "inspection_chair" : "secretary", day);
  const role = body === "inspection_committee" ? "Chủ nhiệm Ủy ban Kiểm tra" : "Bí thư";
  const others = body === "inspection_committee" ? "02 ủy viên Ủy ban Kiểm tra" : "02 đồng chí cấp ủy viên";
  return { leader, text: `Đồng chí ${leader}, ${role}, trưởng đoàn; ${others}; 01 cán bộ giúp việc` };
}
