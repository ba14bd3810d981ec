import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, type TestActor, useTestApp } from "../../../test/harness";

// Today in the tests is 23/11/2026.
const t = useTestApp();
let tree: StandardTree;
let coso: TestActor;
let chibo: TestActor;
let otherChibo: TestActor;
const id: Record<string, string> = {};

type Mark = "present" | "absent_excused" | "absent_unexcused";
const P: Mark = "present";
const E: Mark = "absent_excused";
const U: Mark = "absent_unexcused";

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  coso = await anActor(t.db, { role: "grassroots_staff", orgUnitId: tree.baseA });
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  otherChibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA2 });
  for (const [key, name] of [
    ["streak", "Nguyễn Văn Bận"],
    ["three", "Trần Thị Ba"],
    ["months", "Lê Văn Bỏ"],
    ["two", "Phạm Văn Hai"],
    ["steady", "Hoàng Thị Đủ"],
  ] as const)
    id[key] = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: name });
  // One meeting a month; each row gives the members' marks in the order above.
  const year: [string, Mark[]][] = [
    ["2025-12-10", [P, P, P, U, P]],
    ["2026-07-10", [P, P, U, P, P]],
    ["2026-08-10", [E, P, P, P, P]],
    ["2026-09-10", [E, E, U, P, P]],
    ["2026-10-10", [E, E, P, U, P]],
    ["2026-11-10", [E, E, U, U, P]],
  ];
  const keys = ["streak", "three", "months", "two", "steady"];
  for (const [day, marks] of year) {
    const meeting = (
      await api(t.app)
        .as(chibo)
        .post("/api/meetings", {
          orgUnitId: tree.cellA1,
          kind: "regular",
          topic: `Sinh hoạt ${day}`,
          scheduledAt: `${day}T08:00:00+07:00`,
        })
    ).json();
    const entries = marks.map((status, i) => ({
      memberId: id[keys[i] as string],
      status,
      ...(status === "absent_excused" ? { reason: "Đi công tác" } : {}),
    }));
    const res = await api(t.app).as(chibo).put(`/api/meetings/${meeting.id}/attendance`, { entries });
    expect(res.statusCode, res.body).toBe(200);
  }
});

type Alert = { kind: string; memberId: string | null; message: string };

describe("absences the committee is alerted to", () => {
  it("flags absence with a reason more than three times in a row, and without reason in three months of the year", async () => {
    const alerts = (await api(t.app).as(coso).get("/api/meetings/alerts")).json() as Alert[];
    const about = (kind: string) => alerts.filter((a) => a.kind === kind);
    expect(about("absent_excused_streak").map((a) => a.memberId)).toEqual([id.streak]);
    expect(about("absent_excused_streak")[0]?.message).toBe(
      "Nguyễn Văn Bận vắng có lý do 4 buổi sinh hoạt liên tiếp (quá 3 buổi).",
    );
    // Three months not in a row (07, 09, 11); December 2025 belongs to last year, so Phạm Văn Hai has only two.
    expect(about("absent_unexcused_months").map((a) => a.memberId)).toEqual([id.months]);
    expect(about("absent_unexcused_months")[0]?.message).toBe(
      "Lê Văn Bỏ vắng sinh hoạt không có lý do 3 tháng trong năm 2026 (tháng 07, 09, 11): chi bộ xem xét, đề nghị xóa tên.",
    );
    expect(alerts.some((a) => a.kind === "absent_three_in_a_row")).toBe(false);
  });

  it("raises the striking-off reminder in the members' reminders, for those who may see the member", async () => {
    const reminders = (await api(t.app).as(chibo).get("/api/reminders")).json() as {
      kind: string;
      memberId: string;
      message: string;
      overdue: boolean;
    }[];
    const strike = reminders.filter((r) => r.kind === "strike_off_absence");
    expect(strike.map((r) => r.memberId)).toEqual([id.months]);
    expect(strike[0]?.message).toBe(
      "Lê Văn Bỏ: bỏ sinh hoạt đảng không có lý do 3 tháng trong năm 2026 (tháng 07, 09, 11); chi bộ xem xét, đề nghị cấp có thẩm quyền xóa tên (Điều lệ Đảng, Điều 8).",
    );
    const elsewhere = (await api(t.app).as(otherChibo).get("/api/reminders")).json() as { kind: string }[];
    expect(elsewhere.some((r) => r.kind === "strike_off_absence")).toBe(false);
    const narrowed = (await api(t.app).as(coso).get(`/api/reminders?orgUnitId=${tree.cellA2}`)).json() as {
      kind: string;
    }[];
    expect(narrowed.some((r) => r.kind === "strike_off_absence")).toBe(false);
  });
});
