import { beforeAll, describe, expect, it } from "vitest";
import { aMember, anOrgTree, type StandardTree } from "./builders";
import { anActor, api, type TestActor, useTestApp } from "./harness";

// Editing one field of a record leaves every other field as it was (issue 7: a member edit once reset the
// political theory level to "none" because the update schema carried the create-time default).
const t = useTestApp();
let tree: StandardTree;
let admin: TestActor;

beforeAll(async () => {
  tree = await anOrgTree(t.db);
  admin = await anActor(t.db, { role: "admin", orgUnitId: tree.root });
});

const get = async (url: string) => (await api(t.app).as(admin).get(url)).json();

/** PATCHes (or PUTs) one field and returns the record before and after, read back with GET. */
async function editOne(
  url: string,
  readUrl: string,
  change: Record<string, unknown>,
  method: "patch" | "put" = "patch",
) {
  const before = await get(readUrl);
  const res = await api(t.app)
    .as(admin)
    [method](url, { version: before.version, ...change });
  expect(res.statusCode, res.body).toBe(200);
  return { before, after: await get(readUrl) };
}

/** The record's fields other than the changed ones and those every write moves on. */
function unchanged(record: Record<string, unknown>, changed: string[]) {
  const rest = { ...record };
  for (const key of [...changed, "version", "updatedAt", "can", "partyAge", "warnings"]) delete rest[key];
  return rest;
}

describe("editing one field", () => {
  it("of a member keeps the political theory level, education, phone and every other field", async () => {
    const created = await api(t.app).as(admin).post("/api/members", {
      orgUnitId: tree.cellA1,
      fullName: "Nguyễn Thị Hạnh",
      sex: "female",
      birthDate: "1980-04-02",
      politicalTheoryLevel: "advanced",
      generalEducation: "12/12",
      phone: "0912 345 678",
      occupation: "Công chức",
      jobTitle: "Chuyên viên chính",
      address: "12 Lê Lợi, phường Bình Sơn",
    });
    expect(created.statusCode, created.body).toBe(201);
    const url = `/api/members/${created.json().id}`;
    const { before, after } = await editOne(url, url, { jobTitle: "Phó Trưởng phòng" });
    expect(after.jobTitle).toBe("Phó Trưởng phòng");
    expect(after.politicalTheoryLevel).toBe("advanced");
    expect(unchanged(after, ["jobTitle"])).toEqual(unchanged(before, ["jobTitle"]));
  });

  it("of an organisation keeps its type and parent", async () => {
    const url = `/api/org-units/${tree.cellA2}`;
    const { before, after } = await editOne(url, url, { name: "Chi bộ Phòng Ngân sách nhà nước" });
    expect(after.name).toBe("Chi bộ Phòng Ngân sách nhà nước");
    expect(unchanged(after, ["name", "path", "validFrom"])).toEqual(unchanged(before, ["name", "path", "validFrom"]));
  });

  it("of a user keeps the account active and its grants", async () => {
    const created = await api(t.app).as(admin).post("/api/users", {
      username: "thu.ky",
      displayName: "Ngô Thị Thư",
      password: "mat-khau-dai-1",
      role: "cell_secretary",
      orgUnitId: tree.cellA1,
    });
    expect(created.statusCode, created.body).toBe(201);
    const url = `/api/users/${created.json().id}`;
    const { before, after } = await editOne(url, url, { displayName: "Ngô Thị Thu" });
    expect(unchanged(after, ["displayName"])).toEqual(unchanged(before, ["displayName"]));
  });

  it("of a meeting keeps its place and agenda; a second write of the minutes keeps the discussion and votes", async () => {
    const people: string[] = [];
    for (let i = 0; i < 3; i++)
      people.push(await aMember(t.db, { orgUnitId: tree.cellA1, fullName: `Đảng Viên ${i}` }));
    const planned = await api(t.app).as(admin).post("/api/meetings", {
      orgUnitId: tree.cellA1,
      kind: "regular",
      topic: "Sinh hoạt tháng 11",
      scheduledAt: "2026-11-05T07:30:00+07:00",
      place: "Phòng họp tầng 2",
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const url = `/api/meetings/${planned.json().id}`;
    const first = await editOne(url, url, { topic: "Sinh hoạt thường kỳ tháng 11" });
    expect(unchanged(first.after, ["topic"])).toEqual(unchanged(first.before, ["topic"]));
    const entries = people.map((memberId) => ({ memberId, status: "present" }));
    expect((await api(t.app).as(admin).put(`${url}/attendance`, { entries })).statusCode).toBe(200);
    const full = {
      chairName: "Lê Văn Hùng",
      secretaryName: "Trần Thị Bình",
      discussion: "Thảo luận kế hoạch.",
      conclusions: "Thống nhất kế hoạch.",
      votes: [{ subject: "Thông qua kế hoạch", forCount: 2, againstCount: 0, abstainCount: 0 }],
    };
    await editOne(`${url}/minutes`, url, full, "put");
    const renamed = { chairName: "Lê Văn Hòa", secretaryName: full.secretaryName };
    const { before, after } = await editOne(`${url}/minutes`, url, renamed, "put");
    expect(after.chairName).toBe("Lê Văn Hòa");
    expect(after.discussion).toBe("Thảo luận kế hoạch.");
    expect(after.votes).toHaveLength(1);
    expect(unchanged(after, ["chairName"])).toEqual(unchanged(before, ["chairName"]));
  });

  it("of a residence registration keeps its case and date", async () => {
    const memberId = await aMember(t.db, { orgUnitId: tree.cellA1, fullName: "Võ Văn Cư" });
    const registered = await api(t.app).as(admin).post(`/api/members/${memberId}/residence`, {
      address: "Tổ 5, phường Bình Sơn",
      residenceOrgName: "Chi bộ khu phố 3",
      registeredOn: "2025-03-01",
      case: "normal",
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const read = `/api/members/${memberId}/residence`;
    const registration = registered.json();
    const url = `/api/residence/registrations/${registration.id}`;
    const before = (await get(read)).registration ?? registration;
    const res = await api(t.app)
      .as(admin)
      .patch(url, { version: registration.version, address: "Tổ 6, phường Bình Sơn" });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json();
    expect(after.address).toBe("Tổ 6, phường Bình Sơn");
    expect(unchanged(after, ["address"])).toEqual(unchanged(before, ["address"]));
  });
});
