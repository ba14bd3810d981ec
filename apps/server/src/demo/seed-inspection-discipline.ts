import type { DecidingBody, DisciplineFormAny } from "@dangvu/contract";
import type { disciplineActions, disciplineComplaints } from "../db/schema";
import { letterDueOn } from "../modules/inspection";
import { addWorkingDays } from "../rules/calendar";
import { addDays } from "../rules/dates";
import type { GeneratedMember } from "./members";
import { listedCellOn, type UnitOn } from "./rating-units";
import type { InspectionDemo } from "./seed-inspection";
import { buildCase, type SeededCase, workdayFrom } from "./seed-inspection-cases";
import type { LetterRow } from "./seed-inspection-letters";
import { bodyName, letterSummaries, senderAddress, violationConclusion, violations } from "./seed-inspection-texts";

type ActionRow = typeof disciplineActions.$inferInsert & { id: string; decidedOn: string };
type ComplaintRow = typeof disciplineComplaints.$inferInsert;

export interface PlannedDiscipline {
  actions: ActionRow[];
  complaints: ComplaintRow[];
  letters: LetterRow[];
  cases: SeededCase[];
}

const formNames: Record<string, string> = {
  reprimand: "khiển trách",
  warning: "cảnh cáo",
  dismissal: "cách chức",
  expulsion: "khai trừ",
};

/** The body a member event names ("Ủy ban Kiểm tra Đảng ủy …", "Chi bộ …", "Ban Thường vụ …", "Đảng ủy …"). */
function bodyOf(text: string): DecidingBody {
  if (text.startsWith("Ủy ban Kiểm tra")) return "inspection_committee";
  if (text.startsWith("Chi bộ")) return "cell";
  if (text.startsWith("Ban Thường vụ")) return "standing_committee";
  return "committee";
}

/**
 * The decided discipline behind every discipline or expulsion the members' records already hold (seed-lives.ts), so
 * the records and the figures agree: same member, day, decision number and form. Those of the last two years came
 * from a named denunciation to the base committee's inspection committee, which opened a case of suspected violation,
 * concluded that the member was at fault and proposed the discipline; the older ones were proposed by the cell.
 * One member complained against a decision of last year; the committee upheld it.
 */
export function planDiscipline(d: InspectionDemo): PlannedDiscipline {
  const out: PlannedDiscipline = { actions: [], complaints: [], letters: [], cases: [] };
  const since = `${Number(d.today.slice(0, 4)) - 1}-01-01`;
  for (const g of d.generated)
    for (const e of g.events) {
      if (e.kind !== "discipline" && e.kind !== "expulsion") continue;
      const day = e.occurredOn;
      const cellId = (listedCellOn(g, addDays(day, -1)) ?? listedCellOn(g, day)) as string;
      const tree = d.on(day);
      const cell = tree.units.get(cellId) as UnitOn;
      const base = tree.baseOf(cellId);
      const details = e.details as { form?: string; decidingBody?: string };
      const body = bodyOf(details.decidingBody ?? "");
      const violation = d.random.pick(violations);
      const story = day >= since && body === "committee" ? fromLetter(d, g, cell, base, day, violation) : null;
      if (story) {
        out.letters.push(story.letter);
        out.cases.push(story.seeded);
      }
      const proposedOn = story?.seeded.concludedOn ?? workdayFrom(addDays(day, -d.random.int(15, 30)), d.calendar);
      out.actions.push({
        id: d.random.uuid(),
        subjectType: "member",
        memberId: g.member.id,
        subjectUnitId: cellId,
        decidingUnitId: body === "cell" ? cellId : base.id,
        decidingBody: body,
        caseId: story?.seeded.row.id ?? null,
        violation,
        violationGroup: "ordinary",
        violationFrom: addDays(proposedOn, -d.random.int(90, 300)),
        proposedForm: e.kind === "expulsion" ? "expulsion" : (details.form as DisciplineFormAny),
        proposedBy: story ? `Đoàn kiểm tra của ${bodyName("inspection_committee", base.name)}` : cell.name,
        proposedOn,
        status: "decided",
        form: e.kind === "expulsion" ? "expulsion" : (details.form as DisciplineFormAny),
        decisionNo: e.decisionNo,
        decidedOn: day,
        version: 2,
        createdAt: new Date(`${proposedOn}T14:00:00+07:00`),
      });
    }
  complainOnce(d, out);
  return out;
}

/** A named denunciation two months before the decision, taken at once, and the case it opened. */
function fromLetter(d: InspectionDemo, g: GeneratedMember, cell: UnitOn, base: UnitOn, day: string, violation: string) {
  const { random } = d;
  const receivedOn = workdayFrom(addDays(day, -random.int(60, 72)), d.calendar);
  const handledOn = addWorkingDays(receivedOn, 2, d.calendar);
  const who = `đồng chí ${g.member.fullName}, đảng viên ${cell.name}`;
  const chair = d.holderOf(base.id, "inspection_chair", receivedOn);
  const letterId = random.uuid();
  const seeded = buildCase(d, {
    orgUnitId: base.id,
    body: "inspection_committee",
    kind: "inspection_suspected",
    title: `Kiểm tra khi có dấu hiệu vi phạm đối với ${who}`,
    content: `Nội dung đơn tố cáo nhận ngày ${receivedOn.split("-").reverse().join("/")}.`,
    subjects: [{ type: "member", orgUnitId: cell.id, memberId: g.member.id }],
    decidedOn: addWorkingDays(handledOn, 2, d.calendar),
    programmeItemId: null,
    letterId,
    leader: chair,
    team: `Đồng chí ${chair}, Chủ nhiệm Ủy ban Kiểm tra, trưởng đoàn; 01 ủy viên Ủy ban Kiểm tra`,
    byName: chair,
    conclusion: violationConclusion(g.member.fullName, violation),
    violationFound: true,
    until: null,
    pace: [0.3, 0.45],
  });
  if (!seeded?.concludedOn || seeded.concludedOn >= day) return null;
  const letter: LetterRow = {
    id: letterId,
    orgUnitId: base.id,
    receivedOn,
    kind: "denunciation",
    identity: "named",
    senderName: random.pick(["Nguyễn Văn Bình", "Lê Thị Hạnh", "Phạm Quốc Việt", "Trương Thị Thu"]),
    senderAddress: senderAddress(random),
    summary: random.pick(letterSummaries.denunciation).replace("{who}", who),
    subjects: [{ type: "member", orgUnitId: cell.id, memberId: g.member.id }],
    status: "resolved",
    dueOn: letterDueOn(receivedOn, d.letterDays),
    handledOn,
    result:
      "Đã kiểm tra khi có dấu hiệu vi phạm; kết luận nội dung tố cáo đúng một phần, đảng viên có vi phạm. " +
      "Ủy ban Kiểm tra đã xem xét, đề nghị Đảng ủy thi hành kỷ luật và thông báo kết quả cho người tố cáo.",
    resultOn: seeded.concludedOn,
    caseId: seeded.row.id,
    createdAt: new Date(`${receivedOn}T09:15:00+07:00`),
  };
  return { letter, seeded };
}

/**
 * The first decision of last year that came from a case: the member complained to the base committee within the
 * month, through its inspection committee; the committee upheld the decision.
 */
function complainOnce(d: InspectionDemo, out: PlannedDiscipline) {
  const action = out.actions
    .filter((a) => a.caseId && addDays(a.decidedOn, 90) < d.today)
    .sort((a, b) => a.decidedOn.localeCompare(b.decidedOn))[0];
  if (!action) return;
  const g = d.generated.find((m) => m.member.id === action.memberId) as GeneratedMember;
  const base = d.on(action.decidedOn).units.get(action.decidingUnitId) as UnitOn;
  const filedOn = workdayFrom(addDays(action.decidedOn, d.random.int(7, 20)), d.calendar);
  const resultOn = workdayFrom(addDays(filedOn, d.random.int(25, 45)), d.calendar);
  const form = formNames[action.form as string];
  const content =
    `Đồng chí ${g.member.fullName} khiếu nại Quyết định số ${action.decisionNo} thi hành kỷ luật bằng hình thức ${form}, ` +
    "cho rằng hình thức kỷ luật chưa tương xứng với mức độ vi phạm.";
  const note =
    `Giữ nguyên Quyết định số ${action.decisionNo}: việc thi hành kỷ luật đúng nguyên tắc, thủ tục; hình thức ${form} ` +
    "tương xứng với nội dung, tính chất, mức độ vi phạm.";
  out.complaints.push({
    id: d.random.uuid(),
    disciplineId: action.id,
    level: 1,
    filedOn,
    filedWith: bodyName("committee", base.name),
    content,
    result: "upheld",
    resultOn,
    note,
    createdAt: new Date(`${filedOn}T10:00:00+07:00`),
  });
  action.version = 4;
  out.letters.push({
    id: d.random.uuid(),
    orgUnitId: base.id,
    receivedOn: filedOn,
    kind: "complaint",
    identity: "named",
    senderName: g.member.fullName,
    senderAddress: senderAddress(d.random),
    summary: content,
    subjects: [{ type: "member", orgUnitId: action.subjectUnitId, memberId: g.member.id }],
    status: "resolved",
    dueOn: letterDueOn(filedOn, d.letterDays),
    handledOn: addWorkingDays(filedOn, 2, d.calendar),
    result: note,
    resultOn,
    disciplineId: action.id,
    createdAt: new Date(`${filedOn}T09:15:00+07:00`),
  });
}
