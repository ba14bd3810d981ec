import { randomUUID } from "node:crypto";
import { MemberListBookRow } from "@dangvu/contract";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type MemberSpec, type StandardTree } from "../../../test/builders";
import { useTestApp } from "../../../test/harness";
import { memberEvents, members, memberships, partyCards } from "../../db/schema";
import { memberListBook } from ".";

const t = useTestApp();
let tree: StandardTree;
const ids: Record<string, string> = {};

async function someone(spec: MemberSpec, profile: Partial<typeof members.$inferInsert> = {}): Promise<string> {
  const id = await aMember(t.db, spec);
  if (Object.keys(profile).length > 0) await t.db.update(members).set(profile).where(eq(members.id, id));
  return id;
}

const event = (memberId: string, kind: string, occurredOn: string, details: Record<string, unknown> = {}) =>
  t.db.insert(memberEvents).values({ id: randomUUID(), memberId, kind, occurredOn, details, createdAt: new Date() });

beforeAll(async () => {
  tree = await anOrgTree(t.db, " (sổ 7)");
  ids.an = await someone(
    { orgUnitId: tree.cellA1, fullName: "Nguyễn Văn An", cardNumber: "01.000123" },
    {
      birthName: "Nguyễn Văn Ăn",
      ethnicity: "Kinh",
      religion: "Không",
      homeTown: "Hà Tĩnh",
      professionalQualification: "Cử nhân Luật",
      politicalTheoryLevel: "intermediate",
      occupation: "Công chức",
      jobTitle: "Chuyên viên",
      fileNumber: "LL-77",
    },
  );
  ids.binh = await someone(
    { orgUnitId: tree.cellA3, fullName: "Trần Thị Bình", sex: "female", status: "probationary" },
    { admissionDecidedOn: "2026-02-01", firstAdmissionDecidedOn: "2026-02-01", fullMembershipOn: null },
  );
  await t.db.update(memberships).set({ validFrom: "2026-02-01" }).where(eq(memberships.memberId, ids.binh));
  // Lê Văn Cường: in baseB's cell until 1/5/2026, then in baseA; exempt since 2025, with a new card in 2026.
  ids.cuong = await someone({ orgUnitId: tree.cellB1, fullName: "Lê Văn Cường" });
  await t.db.update(memberships).set({ validTo: "2026-05-01" }).where(eq(memberships.memberId, ids.cuong));
  await t.db.insert(memberships).values({
    id: randomUUID(),
    memberId: ids.cuong,
    orgUnitId: tree.cellA2,
    kind: "official",
    validFrom: "2026-05-01",
  });
  await event(ids.cuong, "exemption", "2025-03-01");
  await t.db.insert(partyCards).values([
    { id: randomUUID(), memberId: ids.cuong, cardNumber: "02.1", issuedOn: "2011-05-01", reason: "first" },
    { id: randomUUID(), memberId: ids.cuong, cardNumber: "02.2", issuedOn: "2026-08-01", reason: "renewal" },
  ]);
  // Đỗ Văn Dũng: entered as transferred in from outside the committee; in temporary activity in cellA3 now.
  ids.dung = await someone({ orgUnitId: tree.cellA2, fullName: "Đỗ Văn Dũng" });
  await event(ids.dung, "transfer_in", "2024-09-10", { transferredFrom: "Đảng bộ Công an tỉnh" });
  await t.db.insert(memberships).values({
    id: randomUUID(),
    memberId: ids.dung,
    orgUnitId: tree.cellA3,
    kind: "temporary",
    validFrom: "2026-03-01",
  });
  // Hà Văn Giang: moved from cellA1 to cellA2 on 1/6/2026, inside baseA.
  ids.giang = await someone({ orgUnitId: tree.cellA1, fullName: "Hà Văn Giang" });
  await t.db.update(memberships).set({ validTo: "2026-06-01" }).where(eq(memberships.memberId, ids.giang));
  await t.db.insert(memberships).values({
    id: randomUUID(),
    memberId: ids.giang,
    orgUnitId: tree.cellA2,
    kind: "official",
    validFrom: "2026-06-01",
  });
  // Not on the list: a candidate, and a member of baseB.
  await someone({ orgUnitId: tree.cellA1, fullName: "Phan Văn Ứng", status: "candidate" });
  await someone({ orgUnitId: tree.cellB1, fullName: "Vũ Văn Em" });
});

describe("member list book (7-HSĐV)", () => {
  it("lists the members on the list on the day in the subtree, in Vietnamese name order, by the 14 columns", async () => {
    const rows = await memberListBook(t.db, tree.baseA, "2026-06-30");
    for (const row of rows) expect(MemberListBookRow.parse(row)).toEqual(row);
    // Given names: An, Bình, Cường, Dũng, Giang.
    expect(rows.map((r) => [r.no, r.fullName])).toEqual([
      [1, "Nguyễn Văn An"],
      [2, "Trần Thị Bình"],
      [3, "Lê Văn Cường"],
      [4, "Đỗ Văn Dũng"],
      [5, "Hà Văn Giang"],
    ]);
    const [an, binh, cuong, dung] = rows as [
      MemberListBookRow,
      MemberListBookRow,
      MemberListBookRow,
      MemberListBookRow,
    ];
    expect(an).toMatchObject({
      birthName: "Nguyễn Văn Ăn",
      sex: "Nam",
      ethnicity: "Kinh",
      religion: "Không",
      homeTown: "Hà Tĩnh",
      generalEducation: "12/12",
      politicalTheory: "Trung cấp",
      professionalQualification: "Cử nhân Luật",
      occupation: "Công chức",
      jobTitle: "Chuyên viên",
      admittedOn: "2010-03-01",
      fullMembershipOn: "2011-03-01",
      cardNumber: "01.000123",
      fileNumber: "LL-77",
      badgeNumber: null,
      transferredInOn: null,
      note: null,
      orgUnitId: tree.cellA1,
      orgUnitName: "Chi bộ Văn phòng (sổ 7)",
      status: "full",
    });
    expect(binh).toMatchObject({ sex: "Nữ", status: "probationary", fullMembershipOn: null, politicalTheory: null });
    expect(cuong).toMatchObject({
      cardNumber: "02.1",
      transferredInOn: "2026-05-01",
      transferredInFrom: "Chi bộ Phòng Nghiệp vụ Y (sổ 7)",
      note: "Miễn công tác và sinh hoạt đảng",
      orgUnitId: tree.cellA2,
    });
    expect(dung).toMatchObject({
      transferredInOn: "2024-09-10",
      transferredInFrom: "Đảng bộ Công an tỉnh",
      note: "Sinh hoạt tạm thời tại Chi bộ Thanh tra (sổ 7)",
      orgUnitId: tree.cellA2,
    });
  });

  it("answers for the day asked: the tree, the memberships and the card as they stood then", async () => {
    const before = await memberListBook(t.db, tree.baseA, "2026-01-31");
    expect(before.map((r) => r.fullName)).toEqual(["Nguyễn Văn An", "Đỗ Văn Dũng", "Hà Văn Giang"]);
    expect(before[1]?.note).toBeNull();
    const inB = await memberListBook(t.db, tree.baseB, "2026-04-30");
    expect(inB.map((r) => r.fullName)).toEqual(["Lê Văn Cường", "Vũ Văn Em"]);
    expect(inB[0]?.transferredInOn).toBeNull();
    const later = await memberListBook(t.db, tree.cellA2, "2026-09-30");
    expect(later.find((r) => r.memberId === ids.cuong)?.cardNumber).toBe("02.2");
    // A move inside the subtree is not a transfer in: Giang came into the cell, not into baseA.
    expect(later.find((r) => r.memberId === ids.giang)).toMatchObject({
      transferredInOn: "2026-06-01",
      transferredInFrom: "Chi bộ Văn phòng (sổ 7)",
    });
    const inA = await memberListBook(t.db, tree.baseA, "2026-09-30");
    expect(inA.find((r) => r.memberId === ids.giang)?.transferredInOn).toBeNull();
  });
});
