import type {
  DecidingBody,
  Discipline,
  DisciplineComplaint,
  DisciplineFormAny,
  DisciplineListItem,
} from "@dangvu/contract";
import type { Db } from "../../db/database";
import { ruleValueIn, ruleVersions } from "../../rules/settings";
import { unitNames } from "../org";
import { limitationEndsOn } from "./discipline.rules";
import { type Limitation, limitationKey } from "./inspection.settings";
import type { ComplaintRow, DisciplineRow } from "./inspection-discipline.repo";
import { memberNames } from "./inspection-subjects";

/** The deciding body as written on the member's record: the body's Vietnamese name, then its unit's. */
const bodyNames: Record<DecidingBody, string> = {
  cell: "",
  committee: "Ban Chấp hành",
  standing_committee: "Ban Thường vụ",
  inspection_committee: "Ủy ban Kiểm tra",
};

export function decidingBodyName(body: DecidingBody, unitName: string): string {
  return [bodyNames[body], unitName].filter(Boolean).join(" ").slice(0, 200);
}

/** The records with the names and the limitation period to show, in the order given. */
export async function listItems(db: Db, rows: readonly DisciplineRow[], today: string): Promise<DisciplineListItem[]> {
  const units = await unitNames(db, [...new Set(rows.flatMap((r) => [r.subjectUnitId, r.decidingUnitId]))]);
  const members = await memberNames(
    db,
    rows.flatMap((r) => (r.memberId ? [r.memberId] : [])),
  );
  const limitation = rows.length ? await ruleVersions<Limitation>(db, limitationKey) : [];
  return rows.map((r) => ({
    id: r.id,
    subjectType: r.subjectType as DisciplineListItem["subjectType"],
    memberId: r.memberId,
    memberName: r.memberId ? (members.get(r.memberId) ?? null) : null,
    subjectUnitId: r.subjectUnitId,
    subjectUnitName: units.get(r.subjectUnitId) ?? "",
    orgUnitId: r.decidingUnitId,
    orgUnitName: units.get(r.decidingUnitId) ?? "",
    decidingBody: r.decidingBody as DecidingBody,
    caseId: r.caseId,
    violation: r.violation,
    violationGroup: r.violationGroup as DisciplineListItem["violationGroup"],
    violationFrom: r.violationFrom,
    violationTo: r.violationTo,
    proposedForm: r.proposedForm as DisciplineFormAny,
    proposedBy: r.proposedBy,
    proposedOn: r.proposedOn,
    status: r.status as DisciplineListItem["status"],
    form: r.form as DisciplineFormAny | null,
    decisionNo: r.decisionNo,
    decidedOn: r.decidedOn,
    post: r.post,
    limitationEndsOn: limitationEndsOn(ruleValueIn(limitation, r.decidedOn ?? today), {
      subjectType: r.subjectType as DisciplineListItem["subjectType"],
      form: (r.form ?? r.proposedForm) as DisciplineFormAny,
      group: r.violationGroup as DisciplineListItem["violationGroup"],
      violationFrom: r.violationFrom,
      violationTo: r.violationTo,
      renewedOn: r.renewedOn,
    }),
    version: r.version,
  }));
}

export function toComplaint(c: ComplaintRow): DisciplineComplaint {
  return {
    id: c.id,
    level: c.level,
    filedOn: c.filedOn,
    filedWith: c.filedWith,
    content: c.content,
    result: c.result as DisciplineComplaint["result"],
    resultOn: c.resultOn,
    decisionNo: c.resultDecisionNo,
    note: c.note,
  };
}

/** One record as shown: with its complaints and whether the actor may change it. */
export async function toDiscipline(
  db: Db,
  row: DisciplineRow,
  complaints: readonly ComplaintRow[],
  today: string,
  write: boolean,
): Promise<Discipline> {
  const [item] = await listItems(db, [row], today);
  return { ...(item as DisciplineListItem), complaints: complaints.map(toComplaint), can: { write } };
}
