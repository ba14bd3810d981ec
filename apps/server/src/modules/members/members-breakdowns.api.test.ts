import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type MemberSpec, type StandardTree } from "../../../test/builders";
import { useTestApp } from "../../../test/harness";
import { members, memberships } from "../../db/schema";

const t = useTestApp();
let tree: StandardTree;

type Profile = Partial<typeof members.$inferInsert>;

/** A member of the list with the lý lịch fields given (a full member admitted in 2010 unless told). */
async function someone(spec: MemberSpec, profile: Profile = {}): Promise<string> {
  const id = await aMember(t.db, spec);
  if (Object.keys(profile).length > 0) await t.db.update(members).set(profile).where(eq(members.id, id));
  return id;
}

const breakdown = async (id: string, orgUnitId: string, on = "2026-06-30") => {
  const b = t.app.registry.breakdowns.get(id);
  if (!b) throw new Error(`no breakdown ${id}`);
  return b.compute(t.db, { orgUnitId, on });
};
const values = (rows: { key: string; value: number }[]) => Object.fromEntries(rows.map((r) => [r.key, r.value]));

beforeAll(async () => {
  tree = await anOrgTree(t.db, " (thống kê)");
  const { cellA1, cellA2, cellA3, cellB1 } = tree;
  await someone(
    { orgUnitId: cellA1, sex: "female", birthDate: "1996-07-01" },
    {
      ethnicity: "Kinh",
      religion: "Không",
      generalEducation: "12/12",
      professionalQualification: "Cử nhân Kế toán",
      politicalTheoryLevel: "elementary",
    },
  );
  await someone(
    { orgUnitId: cellA1, birthDate: "1990-01-01", admissionDecidedOn: "1990-03-01", fullMembershipOn: "1991-03-01" },
    {
      ethnicity: " kinh ",
      religion: "Phật giáo",
      generalEducation: "10/10",
      professionalQualification: "Thạc sĩ Quản lý công",
      academicTitle: "PGS.TS",
      politicalTheoryLevel: "advanced",
      partyGaps: [["2000-01-01", "2002-01-01"]],
    },
  );
  await someone(
    { orgUnitId: cellA2, sex: "female", birthDate: "1965-12-31", generalEducation: "7/10" },
    {
      ethnicity: "Tày",
      religion: "Công giáo",
      professionalQualification: "Bác sĩ chuyên khoa II",
      academicTitle: "Giáo sư, Phó Giáo sư",
      politicalTheoryLevel: "intermediate",
    },
  );
  await someone(
    { orgUnitId: cellA3, birthDate: "1975-06-30", generalEducation: null },
    { ethnicity: "Tày", religion: "", professionalQualification: "Điều dưỡng cao đẳng" },
  );
  // Probationary, admitted in 2026: on the list at the end of June, not at the end of 2025.
  await someone(
    { orgUnitId: cellA3, status: "probationary", admissionDecidedOn: "2026-02-01", birthDate: "2000-02-02" },
    { ethnicity: "Mường", professionalQualification: "Trung cấp Lưu trữ" },
  );
  // Came from baseB's cell on 1/5/2026: baseA's at the end of June, baseB's before.
  const moved = await someone({ orgUnitId: cellB1, birthDate: "1960-01-01" }, { ethnicity: "Nùng" });
  await t.db.update(memberships).set({ validTo: "2026-05-01" }).where(eq(memberships.memberId, moved));
  await t.db.insert(memberships).values({
    id: randomUUID(),
    memberId: moved,
    orgUnitId: cellA2,
    kind: "official",
    validFrom: "2026-05-01",
  });
  await t.db.update(members).set({ orgUnitId: cellA2 }).where(eq(members.id, moved));
  // Neither a candidate nor a member who left is on the list.
  await someone({ orgUnitId: cellA1, status: "candidate" }, { ethnicity: "Kinh" });
  const left = await someone({ orgUnitId: cellA1 }, { ethnicity: "Kinh" });
  await t.db.update(memberships).set({ validTo: "2026-03-01" }).where(eq(memberships.memberId, left));
  await t.db.update(members).set({ status: "left", exitedOn: "2026-03-01" }).where(eq(members.id, left));
});

describe("member breakdowns", () => {
  it("counts the members on the list by sex, every row printed, for the subtree as it stood on the day", async () => {
    expect(await breakdown("members.byGender", tree.baseA)).toEqual([
      { key: "male", label: "Nam", value: 4 },
      { key: "female", label: "Nữ", value: 2 },
    ]);
    // At the end of 2025: not yet the probationary member nor the one moved in; still the one who left in March.
    expect(values(await breakdown("members.byGender", tree.baseA, "2025-12-31"))).toEqual({ male: 3, female: 2 });
    expect(values(await breakdown("members.byGender", tree.baseB, "2026-04-30"))).toEqual({ male: 1, female: 0 });
    expect(values(await breakdown("members.byGender", tree.baseB))).toEqual({ male: 0, female: 0 });
    expect(values(await breakdown("members.byGender", tree.subA))).toEqual({ male: 2, female: 0 });
  });

  it("puts each member in an age band by the age on the day", async () => {
    const rows = await breakdown("members.byAgeBand", tree.baseA);
    expect(rows.map((r) => r.label)).toEqual([
      "Từ 30 tuổi trở xuống",
      "Từ 31 đến 40 tuổi",
      "Từ 41 đến 50 tuổi",
      "Từ 51 đến 60 tuổi",
      "Trên 60 tuổi",
    ]);
    // Born 1996-07-01 is 29 on 30/6/2026; 1990 → 36; 1965-12-31 → 60; 1975-06-30 → 51; 2000 → 26; 1960 → 66.
    expect(values(rows)).toEqual({ upTo30: 2, "31to40": 1, "41to50": 0, "51to60": 2, over60: 1 });
  });

  it("lists Kinh first, then the other ethnic groups present in the official order, then Dân tộc khác", async () => {
    expect(await breakdown("members.byEthnicity", tree.baseA)).toEqual([
      { key: "kinh", label: "Kinh", value: 2 },
      { key: "tay", label: "Tày", value: 2 },
      { key: "muong", label: "Mường", value: 1 },
      { key: "nung", label: "Nùng", value: 1 },
      { key: "other", label: "Dân tộc khác", value: 0 },
    ]);
    expect(await breakdown("members.byEthnicity", tree.cellA2, "2026-04-30")).toEqual([
      { key: "kinh", label: "Kinh", value: 0 },
      { key: "tay", label: "Tày", value: 1 },
      { key: "other", label: "Dân tộc khác", value: 0 },
    ]);
  });

  it("reads the ways records spell a group, and counts what names none of the 54 as Dân tộc khác", async () => {
    for (const ethnicity of ["H'Mông", "Mông", "dân tộc Khmer", "Khơ-me", "Ấn Độ", ""])
      await someone({ orgUnitId: tree.gcell }, { ethnicity });
    expect(await breakdown("members.byEthnicity", tree.gcell)).toEqual([
      { key: "kinh", label: "Kinh", value: 0 },
      { key: "khome", label: "Khơ-me", value: 2 },
      { key: "mong", label: "Mông", value: 2 },
      { key: "other", label: "Dân tộc khác", value: 1 },
      { key: "unknown", label: "Chưa ghi dân tộc", value: 1 },
    ]);
  });

  it("counts religions with the members of none first and the blank ones apart", async () => {
    expect(await breakdown("members.byReligion", tree.baseA)).toEqual([
      { key: "none", label: "Không", value: 1 },
      { key: "cong giao", label: "Công giáo", value: 1 },
      { key: "phat giao", label: "Phật giáo", value: 1 },
      { key: "unknown", label: "Chưa ghi tôn giáo", value: 3 },
    ]);
  });

  it("reads general education in the 12-year and the old 10-year systems", async () => {
    expect(await breakdown("members.byGeneralEducation", tree.baseA)).toEqual([
      { key: "upper", label: "Trung học phổ thông", value: 4 },
      { key: "lower", label: "Trung học cơ sở", value: 1 },
      { key: "primary", label: "Tiểu học", value: 0 },
      { key: "unknown", label: "Chưa ghi trình độ", value: 1 },
    ]);
  });

  it("counts the highest qualification written in either field", async () => {
    expect(values(await breakdown("members.byProfessionalQualification", tree.baseA))).toEqual({
      doctorate: 2, // PGS.TS; Bác sĩ chuyên khoa II
      master: 0,
      university: 1,
      college: 1,
      vocational: 1,
      elementary: 0,
      none: 1,
    });
  });

  it("counts a member who is both professor and associate professor once, as professor", async () => {
    expect(await breakdown("members.byAcademicTitle", tree.baseA)).toEqual([
      { key: "professor", label: "Giáo sư", value: 1 },
      { key: "associateProfessor", label: "Phó Giáo sư", value: 1 },
    ]);
  });

  it("counts political theory by the highest level held", async () => {
    expect(values(await breakdown("members.byPoliticalTheory", tree.baseA))).toEqual({
      advanced: 1,
      intermediate: 1,
      elementary: 1,
      none: 3,
    });
  });

  it("bands party age in whole years without the gaps outside the Party; probationary members apart", async () => {
    // Admitted 1990-03-01 with two years outside: 34 years on 30/6/2026; admitted 2010: 16 years.
    expect(values(await breakdown("members.byPartyAgeBand", tree.baseA))).toEqual({
      under10: 0,
      "10to19": 4,
      "20to29": 0,
      "30to39": 1,
      "40plus": 0,
      probationary: 1,
    });
  });
});
