import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "../../../test/builders";
import { anActor, api, snapshot, type TestActor, useTestApp } from "../../../test/harness";
import { users } from "../../db/schema";

const t = useTestApp();
let tree: StandardTree;
let chibo: TestActor;
let binh: TestActor;
let an: string;
let binhId: string;
let stranger: string;
const tables = ["meetings", "meeting_tasks", "meeting_votes", "audit_events"];

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  chibo = await anActor(t.db, { role: "cell_secretary", orgUnitId: tree.cellA1 });
  binh = await anActor(t.db, { role: "member", orgUnitId: tree.cellA1 });
  an = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Nguyễn Văn An" });
  binhId = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Trần Thị Bình" });
  stranger = await aMember(t.db, { orgUnitId: tree.cellA2, fullName: "Lê Văn Lạ" });
  await t.db.update(users).set({ memberId: binhId }).where(eq(users.id, binh.userId));
});

async function aMeeting(): Promise<{ id: string; version: number }> {
  const meeting = (
    await api(t.app).as(chibo).post("/api/meetings", {
      orgUnitId: tree.cellA1,
      kind: "regular",
      topic: "Sinh hoạt tháng 11",
      scheduledAt: "2026-11-20T07:30:00+07:00",
    })
  ).json();
  return { id: meeting.id, version: meeting.version };
}

const minutes = (version: number, resolutions: object[]) => ({
  version,
  chairName: "Nguyễn Văn An",
  secretaryName: "Trần Thị Bình",
  resolutions,
});

/** The open tasks of the cell with these titles (tests run in any order and share the cell). */
async function tasksTitled(titles: string[]) {
  const all = (await api(t.app).as(chibo).get(`/api/meeting-tasks?orgUnitId=${tree.cellA1}`)).json() as {
    id: string;
    version: number;
    title: string;
    ownerName: string;
    ownerMemberId: string | null;
  }[];
  return all.filter((task) => titles.includes(task.title));
}

describe("tasks from resolutions", () => {
  it("are owned by a member of the cell, picked from its roster, or by the cell itself", async () => {
    const { id, version } = await aMeeting();
    const res = await api(t.app)
      .as(chibo)
      .put(
        `/api/meetings/${id}/minutes`,
        minutes(version, [
          { title: "Nộp báo cáo tháng", ownerMemberId: binhId, dueOn: "2026-12-05" },
          { title: "Tổ chức học tập nghị quyết", dueOn: "2026-12-15" },
        ]),
      );
    expect(res.statusCode, res.body).toBe(200);
    const tasks = await tasksTitled(["Nộp báo cáo tháng", "Tổ chức học tập nghị quyết"]);
    expect(tasks.map((x) => [x.title, x.ownerName, x.ownerMemberId])).toEqual([
      ["Nộp báo cáo tháng", "Trần Thị Bình", binhId],
      ["Tổ chức học tập nghị quyết", "Chi bộ Văn phòng", null],
    ]);
  });

  it("reach the member: the handbook lists their own open tasks and the cell's, not another member's", async () => {
    const { id, version } = await aMeeting();
    await api(t.app)
      .as(chibo)
      .put(
        `/api/meetings/${id}/minutes`,
        minutes(version, [
          { title: "Viết bản tự kiểm điểm", ownerMemberId: binhId, dueOn: "2026-12-02" },
          { title: "Dọn phòng truyền thống", dueOn: "2026-12-03" },
          { title: "Việc của đồng chí An", ownerMemberId: an, dueOn: "2026-12-01" },
        ]),
      );
    const mine = ["Viết bản tự kiểm điểm", "Dọn phòng truyền thống", "Việc của đồng chí An"];
    const handbook = (await api(t.app).as(binh).get("/api/me/handbook")).json();
    const listed = (handbook.tasks as { title: string; owner: string }[]).filter((x) => mine.includes(x.title));
    expect(listed.map((x) => [x.title, x.owner])).toEqual([
      ["Viết bản tự kiểm điểm", "member"],
      ["Dọn phòng truyền thống", "cell"],
    ]);
    // Done, the task leaves the handbook.
    const [task] = await tasksTitled(["Viết bản tự kiểm điểm"]);
    await api(t.app).as(chibo).patch(`/api/meeting-tasks/${task?.id}`, { version: task?.version, status: "done" });
    const after = (await api(t.app).as(binh).get("/api/me/handbook")).json();
    expect((after.tasks as { title: string }[]).map((x) => x.title).filter((x) => mine.includes(x))).toEqual([
      "Dọn phòng truyền thống",
    ]);
  });

  it("refuses an owner who is not on the cell's roster (422 on the field) and a malformed one (400), writing nothing", async () => {
    const { id, version } = await aMeeting();
    const before = await snapshot(t.db, tables);
    const res = await api(t.app)
      .as(chibo)
      .put(
        `/api/meetings/${id}/minutes`,
        minutes(version, [
          { title: "Việc A", dueOn: "2026-12-01" },
          { title: "Việc B", ownerMemberId: stranger, dueOn: "2026-12-01" },
        ]),
      );
    expect(res.statusCode).toBe(422);
    expect(res.json().fields).toEqual({ "resolutions.1.ownerMemberId": expect.any(String) });
    expect(res.json().message).toBe("Người phụ trách phải là đảng viên trong danh sách của chi bộ.");
    const bad = await api(t.app)
      .as(chibo)
      .put(
        `/api/meetings/${id}/minutes`,
        minutes(version, [{ title: "Việc C", ownerMemberId: "an", dueOn: "2026-12-01" }]),
      );
    expect(bad.statusCode).toBe(400);
    expect(await snapshot(t.db, tables)).toBe(before);
  });
});
