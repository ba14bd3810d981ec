import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";

const t = useTestApp();
let tree: StandardTree;
let coso: TestActor;
let chibo: TestActor;
/** Full members of Chi bộ Văn phòng (cellA1): nine of them, enough to elect a chi ủy. */
let full: string[];
let probationary: string;
let elsewhere: string;

const seat = (kind: string, memberId: string, startsOn = "2025-05-10") => ({ kind, memberId, startsOn });

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  full = [];
  for (const name of ["An", "Bình", "Chi", "Dũng", "Giang", "Hải", "Khánh", "Lâm"]) {
    full.push(await aMember(t.db, { orgUnitId: tree.cellA1, fullName: `Nguyễn Văn ${name}` }));
  }
  // The ninth full member was recognised only in 2025: before then the cell had eight.
  full.push(
    await aMember(t.db, {
      orgUnitId: tree.cellA1,
      fullName: "Trần Thị Mận",
      admissionDecidedOn: "2023-06-01",
      ceremonyOn: "2023-06-20",
      fullMembershipOn: "2024-06-20",
    }),
  );
  probationary = await aMember(t.db, {
    orgUnitId: tree.cellA1,
    fullName: "Lê Thị Nụ",
    status: "probationary",
    admissionDecidedOn: "2026-03-01",
    ceremonyOn: "2026-03-15",
  });
  elsewhere = await aMember(t.db, { orgUnitId: tree.cellA2, fullName: "Phạm Văn Ngoài" });
});

describe("a cell's leadership seats belong to its own full members", () => {
  it("appoints a full member of the cell as bí thư, named from the member record", async () => {
    const res = await api(t.app)
      .as(chibo)
      .post(`/api/org-units/${tree.cellA1}/positions`, seat("secretary", full[0] as string));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: "secretary", memberId: full[0], holderName: "Nguyễn Văn An" });
  });

  it("refuses a seat without a member, a member of another cell, a probationary member (422), writing nothing", async () => {
    const before = await snapshot(t.db);
    const noMember = await api(t.app).as(chibo).post(`/api/org-units/${tree.cellA1}/positions`, {
      kind: "deputy_secretary",
      holderName: "Ai Đó",
      startsOn: "2025-05-10",
    });
    expect(noMember.statusCode).toBe(422);
    expect(noMember.json().fields.memberId).toBe("Chọn một đảng viên của chi bộ giữ chức vụ này.");
    const other = await api(t.app)
      .as(coso)
      .post(`/api/org-units/${tree.cellA1}/positions`, seat("deputy_secretary", elsewhere));
    expect(other.statusCode).toBe(422);
    expect(other.json().fields.memberId).toBe(
      "Người được chọn không phải đảng viên của Chi bộ Văn phòng vào ngày 10/05/2025.",
    );
    const dubi = await api(t.app)
      .as(chibo)
      .post(`/api/org-units/${tree.cellA1}/positions`, seat("committee_member", probationary, "2026-04-01"));
    expect(dubi.statusCode).toBe(422);
    expect(dubi.json().fields.memberId).toBe(
      "Đảng viên dự bị không được ứng cử vào cấp ủy (Điều lệ Đảng, Điều 3): chỉ đảng viên chính thức giữ chức vụ này.",
    );
    const unknown = await api(t.app)
      .as(chibo)
      .post(
        `/api/org-units/${tree.cellA1}/positions`,
        seat("deputy_secretary", "00000000-0000-4000-8000-000000000000"),
      );
    expect(unknown.statusCode).toBe(422);
    expect(await snapshot(t.db)).toBe(before);
  });

  it("keeps one bí thư at a time and one phó bí thư (422)", async () => {
    const second = await api(t.app)
      .as(chibo)
      .post(`/api/org-units/${tree.cellA1}/positions`, seat("secretary", full[1] as string, "2025-09-01"));
    expect(second.statusCode).toBe(422);
    expect(second.json().message).toBe(
      "Chi bộ Văn phòng đã có bí thư (Nguyễn Văn An) trong thời gian này. Kết thúc chức vụ đó trước khi ghi bí thư mới.",
    );
    const deputy = await api(t.app)
      .as(chibo)
      .post(`/api/org-units/${tree.cellA1}/positions`, seat("deputy_secretary", full[1] as string));
    expect(deputy.statusCode).toBe(201);
    const again = await api(t.app)
      .as(chibo)
      .post(`/api/org-units/${tree.cellA1}/positions`, seat("deputy_secretary", full[2] as string));
    expect(again.statusCode).toBe(422);
    expect(again.json().message).toBe("Chi bộ chỉ bầu một phó bí thư (Quy định thi hành Điều lệ Đảng, mục 24).");
    const twice = await api(t.app)
      .as(chibo)
      .post(`/api/org-units/${tree.cellA1}/positions`, seat("committee_member", full[1] as string));
    expect(twice.statusCode).toBe(422);
    expect(twice.json().fields.memberId).toBe("Đồng chí Nguyễn Văn Bình đang giữ chức vụ Phó Bí thư ở tổ chức này.");
  });

  it("elects a chi ủy only from nine full members, at most seven seats, and then the warning clears", async () => {
    const early = await api(t.app)
      .as(chibo)
      .post(`/api/org-units/${tree.cellA1}/positions`, seat("committee_member", full[2] as string, "2024-01-10"));
    expect(early.statusCode).toBe(422);
    expect(early.json().message).toBe(
      "Chi bộ có 8 đảng viên chính thức vào ngày 10/01/2024: chỉ chi bộ có từ 9 đảng viên chính thức trở lên mới bầu chi ủy.",
    );
    const unit = (await api(t.app).as(chibo).get(`/api/org-units/${tree.cellA1}`)).json();
    expect(unit.warnings.map((w: { code: string }) => w.code)).toEqual(["org.warn.needsCellCommittee"]);
    for (const id of full.slice(2, 7)) {
      const res = await api(t.app)
        .as(chibo)
        .post(`/api/org-units/${tree.cellA1}/positions`, seat("committee_member", id, "2025-06-01"));
      expect(res.statusCode).toBe(201);
    }
    const eighth = await api(t.app)
      .as(chibo)
      .post(`/api/org-units/${tree.cellA1}/positions`, seat("committee_member", full[7] as string, "2025-06-01"));
    expect(eighth.statusCode).toBe(422);
    expect(eighth.json().message).toBe("Chi ủy đã đủ 7 người, số chi ủy viên tối đa.");
    const after = (await api(t.app).as(chibo).get(`/api/org-units/${tree.cellA1}`)).json();
    expect(after.warnings).toEqual([]);
  });

  it("has no standing committee or inspection committee in a cell or a sub-committee (422)", async () => {
    const standing = await api(t.app)
      .as(chibo)
      .post(`/api/org-units/${tree.cellA1}/positions`, seat("standing_committee_member", full[8] as string));
    expect(standing.statusCode).toBe(422);
    expect(standing.json().fields.kind).toBe("Chỉ đảng bộ cơ sở trở lên mới có ban thường vụ.");
    const sub = await api(t.app).as(coso).post(`/api/org-units/${tree.subA}/positions`, {
      kind: "standing_committee_member",
      holderName: "Đỗ Văn Bộ",
      startsOn: "2025-05-10",
    });
    expect(sub.statusCode).toBe(422);
    const base = await api(t.app).as(coso).post(`/api/org-units/${tree.baseA}/positions`, {
      kind: "standing_committee_member",
      holderName: "Đỗ Văn Bộ",
      startsOn: "2025-05-10",
    });
    expect(base.statusCode).toBe(201);
    expect(base.json().memberId).toBeNull();
  });

  it("takes a member of its subtree for a committee seat, refusing one from outside it", async () => {
    const inside = await api(t.app)
      .as(coso)
      .post(`/api/org-units/${tree.baseA}/positions`, seat("committee_member", full[8] as string, "2025-07-01"));
    expect(inside.statusCode).toBe(201);
    expect(inside.json().holderName).toBe("Trần Thị Mận");
    const root = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
    const outside = await api(t.app)
      .as(root)
      .post(`/api/org-units/${tree.baseB}/positions`, seat("committee_member", full[8] as string, "2025-07-01"));
    expect(outside.statusCode).toBe(422);
    expect(outside.json().fields.memberId).toBe(
      "Người được chọn không phải đảng viên của Đảng bộ Sở Y tế vào ngày 01/07/2025.",
    );
  });
});
