import { describe, expect, it } from "vitest";
import { aMember, anOrgTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";

const t = useTestApp();
const seat = (kind: string, memberId: string, startsOn = "2025-05-10") => ({ kind, memberId, startsOn });

/**
 * A tree of its own for each test (the tests of a file run in a random order): Chi bộ Văn phòng with nine full
 * members, the ninth recognised only in 2024, one probationary member, and a member of the next cell.
 */
async function aScene(suffix: string) {
  const tree = await anOrgTree(t.db, suffix);
  const full: string[] = [];
  for (const name of ["An", "Bình", "Chi", "Dũng", "Giang", "Hải", "Khánh", "Lâm"]) {
    full.push(await aMember(t.db, { orgUnitId: tree.cellA1, fullName: `Nguyễn Văn ${name}` }));
  }
  full.push(
    await aMember(t.db, {
      orgUnitId: tree.cellA1,
      fullName: "Trần Thị Mận",
      admissionDecidedOn: "2023-06-01",
      ceremonyOn: "2023-06-20",
      fullMembershipOn: "2024-06-20",
    }),
  );
  return {
    tree,
    full: full as [string, string, string, string, string, string, string, string, string],
    coso: await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA }),
    chibo: await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 }),
    probationary: await aMember(t.db, {
      orgUnitId: tree.cellA1,
      fullName: "Lê Thị Nụ",
      status: "probationary",
      admissionDecidedOn: "2026-03-01",
      ceremonyOn: "2026-03-15",
    }),
    elsewhere: await aMember(t.db, { orgUnitId: tree.cellA2, fullName: "Phạm Văn Ngoài" }),
    post: (actor: TestActor, unit: string, body: Record<string, unknown>) =>
      api(t.app).as(actor).post(`/api/org-units/${unit}/positions`, body),
  };
}

describe("a cell's leadership seats belong to its own full members", () => {
  it("appoints a full member of the cell as bí thư, named from the member record", async () => {
    const { tree, full, chibo, post } = await aScene(" (a)");
    const res = await post(chibo, tree.cellA1, seat("secretary", full[0]));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: "secretary", memberId: full[0], holderName: "Nguyễn Văn An" });
  });

  it("refuses a seat without a member, a member of another cell, a probationary member (422), writing nothing", async () => {
    const { tree, chibo, coso, probationary, elsewhere, post } = await aScene(" (b)");
    const before = await snapshot(t.db);
    const noMember = await post(chibo, tree.cellA1, {
      kind: "deputy_secretary",
      holderName: "Ai Đó",
      startsOn: "2025-05-10",
    });
    expect(noMember.statusCode).toBe(422);
    expect(noMember.json().fields.memberId).toBe("Chọn một đảng viên của chi bộ giữ chức vụ này.");
    const other = await post(coso, tree.cellA1, seat("deputy_secretary", elsewhere));
    expect(other.statusCode).toBe(422);
    expect(other.json().fields.memberId).toBe(
      "Người được chọn không phải đảng viên của Chi bộ Văn phòng (b) vào ngày 10/05/2025.",
    );
    const dubi = await post(chibo, tree.cellA1, seat("committee_member", probationary, "2026-04-01"));
    expect(dubi.statusCode).toBe(422);
    expect(dubi.json().fields.memberId).toBe(
      "Đảng viên dự bị không được ứng cử vào cấp ủy (Điều lệ Đảng, Điều 3): chỉ đảng viên chính thức giữ chức vụ này.",
    );
    const unknown = await post(chibo, tree.cellA1, seat("deputy_secretary", "00000000-0000-4000-8000-000000000000"));
    expect(unknown.statusCode).toBe(422);
    expect(await snapshot(t.db)).toBe(before);
  });

  it("keeps one bí thư at a time and one phó bí thư, each in one seat (422)", async () => {
    const { tree, full, chibo, post } = await aScene(" (c)");
    expect((await post(chibo, tree.cellA1, seat("secretary", full[0]))).statusCode).toBe(201);
    const second = await post(chibo, tree.cellA1, seat("secretary", full[1], "2025-09-01"));
    expect(second.statusCode).toBe(422);
    expect(second.json().message).toBe(
      "Chi bộ Văn phòng (c) đã có bí thư (Nguyễn Văn An) trong thời gian này. Kết thúc chức vụ đó trước khi ghi bí thư mới.",
    );
    expect((await post(chibo, tree.cellA1, seat("deputy_secretary", full[1]))).statusCode).toBe(201);
    const again = await post(chibo, tree.cellA1, seat("deputy_secretary", full[2]));
    expect(again.statusCode).toBe(422);
    expect(again.json().message).toBe("Chi bộ chỉ bầu một phó bí thư (Quy định thi hành Điều lệ Đảng, mục 24).");
    const twice = await post(chibo, tree.cellA1, seat("committee_member", full[1]));
    expect(twice.statusCode).toBe(422);
    expect(twice.json().fields.memberId).toBe("Đồng chí Nguyễn Văn Bình đang giữ chức vụ Phó Bí thư ở tổ chức này.");
  });

  it("elects a chi ủy only from nine full members, at most seven seats, and then the warning clears", async () => {
    const { tree, full, chibo, post } = await aScene(" (d)");
    const early = await post(chibo, tree.cellA1, seat("committee_member", full[2], "2024-01-10"));
    expect(early.statusCode).toBe(422);
    expect(early.json().message).toBe(
      "Chi bộ có 8 đảng viên chính thức vào ngày 10/01/2024: chỉ chi bộ có từ 9 đảng viên chính thức trở lên mới bầu chi ủy.",
    );
    const unit = (await api(t.app).as(chibo).get(`/api/org-units/${tree.cellA1}`)).json();
    expect(unit.warnings.map((w: { code: string }) => w.code)).toEqual(["org.warn.needsCellCommittee"]);
    for (const id of [full[0], full[1]])
      expect(
        (await post(chibo, tree.cellA1, seat(id === full[0] ? "secretary" : "deputy_secretary", id))).statusCode,
      ).toBe(201);
    for (const id of full.slice(2, 7)) {
      expect((await post(chibo, tree.cellA1, seat("committee_member", id, "2025-06-01"))).statusCode).toBe(201);
    }
    const eighth = await post(chibo, tree.cellA1, seat("committee_member", full[7], "2025-06-01"));
    expect(eighth.statusCode).toBe(422);
    expect(eighth.json().message).toBe("Chi ủy đã đủ 7 người, số chi ủy viên tối đa.");
    const after = (await api(t.app).as(chibo).get(`/api/org-units/${tree.cellA1}`)).json();
    expect(after.warnings).toEqual([]);
  });

  it("has no standing committee or inspection committee in a cell or a sub-committee (422)", async () => {
    const { tree, full, chibo, coso, post } = await aScene(" (e)");
    const standing = await post(chibo, tree.cellA1, seat("standing_committee_member", full[8]));
    expect(standing.statusCode).toBe(422);
    expect(standing.json().fields.kind).toBe("Chỉ đảng bộ cơ sở trở lên mới có ban thường vụ.");
    const named = { kind: "standing_committee_member", holderName: "Đỗ Văn Bộ", startsOn: "2025-05-10" };
    expect((await post(coso, tree.subA, named)).statusCode).toBe(422);
    const base = await post(coso, tree.baseA, named);
    expect(base.statusCode).toBe(201);
    expect(base.json().memberId).toBeNull();
  });

  it("takes a member of its subtree for a committee seat, refusing one from outside it", async () => {
    const { tree, full, coso, post } = await aScene(" (f)");
    const inside = await post(coso, tree.baseA, seat("committee_member", full[8], "2025-07-01"));
    expect(inside.statusCode).toBe(201);
    expect(inside.json().holderName).toBe("Trần Thị Mận");
    const root = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
    const outside = await post(root, tree.baseB, seat("committee_member", full[8], "2025-07-01"));
    expect(outside.statusCode).toBe(422);
    expect(outside.json().fields.memberId).toBe(
      "Người được chọn không phải đảng viên của Đảng bộ Sở Y tế (f) vào ngày 01/07/2025.",
    );
  });
});
