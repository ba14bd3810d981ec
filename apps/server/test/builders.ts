import { randomUUID } from "node:crypto";
import type { OrgUnitType } from "@dangvu/contract";
import type { Db } from "../src/db/database";
import { orgUnitEvents, orgUnits, orgUnitVersions } from "../src/db/schema";
import { viNameSortKey } from "../src/db/vi-sort";

export interface UnitSpec {
  name: string;
  type: OrgUnitType;
  parentId?: string | null;
  establishedOn?: string;
}

/** Inserts one unit as it would have been created, established on a date (2010-01-01 by default). */
export async function aUnit(db: Db, spec: UnitSpec): Promise<string> {
  const id = randomUUID();
  const establishedOn = spec.establishedOn ?? "2010-01-01";
  await db.insert(orgUnits).values({ id, establishedOn, createdAt: new Date() });
  await db.insert(orgUnitVersions).values({
    id: randomUUID(),
    orgUnitId: id,
    name: spec.name,
    type: spec.type,
    parentId: spec.parentId ?? null,
    validFrom: establishedOn,
  });
  await db.insert(orgUnitEvents).values({
    id: randomUUID(),
    orgUnitId: id,
    kind: "create",
    effectiveOn: establishedOn,
    details: {},
    createdAt: new Date(),
  });
  return id;
}

export interface StandardTree {
  root: string;
  baseA: string;
  subA: string;
  cellA1: string;
  cellA2: string;
  cellA3: string;
  baseB: string;
  cellB1: string;
  gcell: string;
}

/**
 * The tree most tests use:
 * Khối > Đảng bộ Sở Tài chính (baseA) > Chi bộ Văn phòng (cellA1), Chi bộ Phòng Ngân sách (cellA2),
 *        Đảng bộ bộ phận Khối Nghiệp vụ (subA) > Chi bộ Thanh tra (cellA3)
 *      > Đảng bộ Sở Y tế (baseB) > Chi bộ Phòng Nghiệp vụ Y (cellB1)
 *      > Chi bộ Sở Tư pháp (gcell)
 */
export async function anOrgTree(db: Db, suffix = ""): Promise<StandardTree> {
  const root = await aUnit(db, {
    name: `Đảng bộ Khối các cơ quan tỉnh${suffix}`,
    type: "upper_committee",
    establishedOn: "2000-01-01",
  });
  const baseA = await aUnit(db, {
    name: `Đảng bộ Sở Tài chính${suffix}`,
    type: "grassroots_committee",
    parentId: root,
  });
  const cellA1 = await aUnit(db, { name: `Chi bộ Văn phòng${suffix}`, type: "cell", parentId: baseA });
  const cellA2 = await aUnit(db, { name: `Chi bộ Phòng Ngân sách${suffix}`, type: "cell", parentId: baseA });
  const subA = await aUnit(db, {
    name: `Đảng bộ bộ phận Khối Nghiệp vụ${suffix}`,
    type: "sub_committee",
    parentId: baseA,
  });
  const cellA3 = await aUnit(db, { name: `Chi bộ Thanh tra${suffix}`, type: "cell", parentId: subA });
  const baseB = await aUnit(db, { name: `Đảng bộ Sở Y tế${suffix}`, type: "grassroots_committee", parentId: root });
  const cellB1 = await aUnit(db, { name: `Chi bộ Phòng Nghiệp vụ Y${suffix}`, type: "cell", parentId: baseB });
  const gcell = await aUnit(db, { name: `Chi bộ Sở Tư pháp${suffix}`, type: "grassroots_cell", parentId: root });
  return { root, baseA, subA, cellA1, cellA2, cellA3, baseB, cellB1, gcell };
}

export interface MemberSpec {
  orgUnitId: string;
  fullName?: string;
  sex?: "male" | "female";
  status?: "candidate" | "probationary" | "full";
  birthDate?: string;
  citizenId?: string | null;
  admissionDecidedOn?: string | null;
  ceremonyOn?: string | null;
  fullMembershipOn?: string | null;
  courseCompletedOn?: string | null;
  cardNumber?: string | null;
  generalEducation?: string | null;
}

/** Inserts a member as a record would stand after its events (full member admitted in 2010 by default). */
export async function aMember(db: Db, spec: MemberSpec): Promise<string> {
  const { members, memberships } = await import("../src/db/schema");
  const id = randomUUID();
  const status = spec.status ?? "full";
  const admitted = status === "candidate" ? null : (spec.admissionDecidedOn ?? "2010-03-01");
  const ceremony = status === "candidate" ? null : (spec.ceremonyOn ?? admitted);
  await db.insert(members).values({
    id,
    fullName: spec.fullName ?? "Nguyễn Văn Thử",
    nameSortKey: viNameSortKey(spec.fullName ?? "Nguyễn Văn Thử"),
    sex: spec.sex ?? "male",
    birthDate: spec.birthDate ?? "1985-05-05",
    citizenId: spec.citizenId ?? null,
    generalEducation: spec.generalEducation === undefined ? "12/12" : spec.generalEducation,
    orgUnitId: spec.orgUnitId,
    status,
    admissionDecisionNo: admitted ? "1-QĐ/ĐU" : null,
    admissionDecidedOn: admitted,
    firstAdmissionDecidedOn: admitted,
    ceremonyOn: ceremony,
    fullMembershipOn: status === "full" ? (spec.fullMembershipOn ?? "2011-03-01") : null,
    courseCompletedOn: spec.courseCompletedOn ?? (status === "candidate" ? "2026-01-15" : null),
    cardNumber: spec.cardNumber ?? null,
    createdAt: new Date(),
  });
  await db.insert(memberships).values({
    id: randomUUID(),
    memberId: id,
    orgUnitId: spec.orgUnitId,
    kind: "official",
    validFrom: admitted ?? "2026-01-01",
  });
  return id;
}
