import type {
  Assessment,
  ExcludedReason,
  RatingCycle,
  RatingFramework,
  RatingLevel,
  RatingSubjectType,
} from "@dangvu/contract";
import type { Db } from "../../db/database";
import { ruleValue, ruleVersions } from "../../rules/settings";
import type { AssessmentRow, CycleRow } from "./ratings.repo";
import { type BandsSetting, bandsKey, type FrameworkSetting, frameworkKeys } from "./ratings.settings";

export function toCycle(row: CycleRow): RatingCycle {
  return {
    id: row.id,
    orgUnitId: row.orgUnitId,
    orgUnitName: row.orgUnitName,
    kind: row.kind as RatingCycle["kind"],
    year: row.year,
    quarter: row.quarter,
    name: row.name,
    referenceDate: row.referenceDate,
    selfDueOn: row.selfDueOn,
    proposalDueOn: row.proposalDueOn,
    decisionDueOn: row.decisionDueOn,
    status: row.status as RatingCycle["status"],
    version: row.version,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);
const level = (value: string | null) => value as RatingLevel | null;

export function toAssessment(row: AssessmentRow): Assessment {
  return {
    id: row.id,
    cycleId: row.cycleId,
    subjectType: row.subjectType as RatingSubjectType,
    memberId: row.memberId,
    subjectName: row.subjectName,
    orgUnitId: row.orgUnitId,
    orgUnitName: row.orgUnitName,
    status: row.status as Assessment["status"],
    excludedReason: row.excludedReason as ExcludedReason | null,
    frameworkKey: row.frameworkKey,
    selfPoints: row.selfPoints,
    selfTotal: row.selfTotal,
    selfLevel: level(row.selfLevel),
    selfText: row.selfText,
    selfAt: iso(row.selfAt),
    proposedLevel: level(row.proposedLevel),
    proposalVote: row.proposalVote,
    proposalNote: row.proposalNote,
    proposedAt: iso(row.proposedAt),
    decidedLevel: level(row.decidedLevel),
    decidedByUnitId: row.decidedByUnitId,
    decidedByUnitName: row.decidedByUnitName,
    decisionNumber: row.decisionNumber,
    decidedOn: row.decidedOn,
    changeReason: row.changeReason,
    announcedAt: iso(row.announcedAt),
    version: row.version,
  };
}

/** The points framework in force on a day for a subject type, with its bands; null when levels only. */
export async function frameworkOn(
  db: Db,
  subjectType: RatingSubjectType,
  day: string,
): Promise<{ framework: RatingFramework; setting: FrameworkSetting; bands: BandsSetting } | null> {
  const setting = await ruleValue<FrameworkSetting>(db, frameworkKeys[subjectType], day);
  if (setting.criteria.length === 0) return null;
  const bands = await ruleValue<BandsSetting>(db, bandsKey, day);
  const validFrom = await frameworkValidFrom(db, frameworkKeys[subjectType], day);
  return {
    setting,
    bands,
    framework: { key: setting.key, validFrom, groups: setting.groups, criteria: setting.criteria, bands },
  };
}

async function frameworkValidFrom(db: Db, key: string, day: string): Promise<string> {
  const versions = await ruleVersions<unknown>(db, key);
  return (versions.filter((v) => v.validFrom <= day).at(-1) ?? versions[0])?.validFrom ?? day;
}
