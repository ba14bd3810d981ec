import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, type TestActor, useTestApp } from "../../../test/harness";

const t = useTestApp();
let tree: StandardTree;
let chibo: TestActor;
let coso: TestActor;

beforeAll(async () => {
  tree = await anOrgTree(t.db, " hưu trí");
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
});

type Reminder = { kind: string; memberId: string; dueOn: string; overdue: boolean; message: string };
const retirementReminders = async (actor: TestActor) =>
  ((await api(t.app).as(actor).get(`/api/reminders?orgUnitId=${tree.cellA1}`)).json() as Reminder[]).filter(
    (r) => r.kind === "retirement_transfer",
  );

describe("members over retirement age in a workplace cell (setting member.retirementAge)", () => {
  it("reminds the cell to transfer them to their place of residence, by sex and birth date", async () => {
    const man = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Hồ Văn Hưu", birthDate: "1964-06-01" });
    const woman = await aMember(t.db, {
      orgUnitId: tree.cellA1,
      fullName: "Lý Thị Hưu",
      sex: "female",
      birthDate: "1969-03-01",
    });
    const soon = await aMember(t.db, {
      orgUnitId: tree.cellA1,
      fullName: "Đặng Thị Sắp",
      sex: "female",
      birthDate: "1969-12-10",
    });
    const notYet = await aMember(t.db, {
      orgUnitId: tree.cellA1,
      fullName: "Ngô Thị Chưa",
      sex: "female",
      birthDate: "1970-01-15",
    });
    const young = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Bùi Văn Trẻ", birthDate: "1990-01-01" });

    const found = await retirementReminders(chibo);
    const of = (id: string) => found.find((r) => r.memberId === id);
    // 61 years 3 months in 2025: retired on 01/09/2025; the transfer starts within 60 working days (domain.md §2.5).
    expect(of(man)).toMatchObject({ overdue: true });
    expect(of(man)?.message).toContain("đủ tuổi nghỉ hưu ngày 01/09/2025");
    expect(of(man)?.message).toContain("nơi cư trú");
    // 56 years 8 months in 2025, for a woman.
    expect(of(woman)?.message).toContain("01/11/2025");
    // Within the coming month: shown ahead, not yet overdue.
    expect(of(soon)).toMatchObject({ overdue: false });
    expect(of(soon)?.message).toContain("10/12/2026");
    expect(of(notYet)).toBeUndefined();
    expect(of(young)).toBeUndefined();
  });

  it("says nothing once an official transfer is under way", async () => {
    const leaving = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Phan Văn Đi", birthDate: "1963-02-02" });
    expect((await retirementReminders(chibo)).some((r) => r.memberId === leaving)).toBe(true);
    const res = await api(t.app).as(coso).post(`/api/members/${leaving}/events`, {
      kind: "transfer",
      transferKind: "official",
      toOrgUnitId: tree.cellA2,
      decidedOn: "2026-11-16",
    });
    expect(res.statusCode).toBe(200);
    expect((await retirementReminders(chibo)).some((r) => r.memberId === leaving)).toBe(false);
  });
});
