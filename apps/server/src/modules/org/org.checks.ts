import type { OrgUnitType, PositionKind } from "@dangvu/contract";
import type { Ctx } from "../../context";
import { RuleViolation } from "../../errors";
import type { Lang } from "../../i18n";
import type { UnitState } from "./org.repo";
import { effectiveDateProblem } from "./org.rules";

const typeLabels: Record<Lang, Record<OrgUnitType, string>> = {
  vi: {
    provincial_committee: "đảng bộ tỉnh",
    upper_committee: "đảng bộ cấp trên cơ sở",
    grassroots_committee: "đảng bộ cơ sở",
    grassroots_cell: "chi bộ cơ sở",
    sub_committee: "đảng bộ bộ phận",
    cell: "chi bộ trực thuộc",
    party_group: "tổ đảng",
  },
  en: {
    provincial_committee: "provincial party organisation",
    upper_committee: "upper-grassroots committee",
    grassroots_committee: "grassroots committee",
    grassroots_cell: "grassroots cell",
    sub_committee: "sub-committee",
    cell: "cell",
    party_group: "party group",
  },
};

export function typeLabel(lang: Lang, type: OrgUnitType): string {
  return typeLabels[lang][type];
}

const positionLabels: Record<Lang, Record<PositionKind, string>> = {
  vi: {
    secretary: "Bí thư",
    deputy_secretary: "Phó Bí thư",
    committee_member: "Cấp ủy viên",
    standing_committee_member: "Ủy viên Ban Thường vụ",
    inspection_chair: "Chủ nhiệm Ủy ban Kiểm tra",
  },
  en: {
    secretary: "secretary",
    deputy_secretary: "deputy secretary",
    committee_member: "committee member",
    standing_committee_member: "standing committee member",
    inspection_chair: "inspection committee chair",
  },
};

export function positionLabel(lang: Lang, kind: PositionKind): string {
  return positionLabels[lang][kind];
}

/** Refuses an effective date in the future, before the unit existed, or before its latest change. */
export function checkEffectiveDate(
  ctx: Ctx,
  effectiveOn: string,
  unit: UnitState,
  field: string,
  lastChangeOn = unit.validFrom,
) {
  const problem = effectiveDateProblem(effectiveOn, ctx.today, unit.establishedOn, lastChangeOn);
  if (!problem) return;
  const code = {
    future: "org.dateInFuture",
    beforeExistence: "org.dateBeforeExistence",
    beforeLastChange: "org.dateBeforeLastChange",
  }[problem];
  const since = problem === "beforeExistence" ? unit.establishedOn : lastChangeOn;
  throw new RuleViolation(code, { date: dmy(effectiveOn), name: unit.name, since: dmy(since) }, { [field]: code });
}

export function dayBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

export function dmy(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}
