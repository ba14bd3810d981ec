import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { aMember } from "../../../test/builders";
import { api, snapshot, useTestApp } from "../../../test/harness";
import { openYearCycle, ratingWorld, snapshotTables } from "../../../test/ratings-world";
import { members } from "../../db/schema";

const t = useTestApp();

describe("review cycles", () => {
  it("opens a yearly cycle for the bloc: every member on the list and every organisation below, exclusions with their reason", async () => {
    const w = await ratingWorld(t);
    const exempt = await aMember(t.db, { orgUnitId: w.tree.cellA2, fullName: `Đỗ Văn Miễn ${w.tag}` });
    await t.db.update(members).set({ isExempt: true }).where(eq(members.id, exempt));
    const recent = await aMember(t.db, {
      orgUnitId: w.tree.cellA3,
      fullName: `Ngô Thị Mới ${w.tag}`,
      status: "probationary",
      admissionDecidedOn: "2026-08-01",
    });
    const { cycle, items } = await openYearCycle(t, w);
    expect(cycle.name).toBe("Kiểm điểm, đánh giá, xếp loại chất lượng năm 2026");
    expect(cycle.selfDueOn).toBe("2026-12-01");
    expect(cycle.decisionDueOn).toBe("2027-01-15");
    expect(cycle.counts.member).toMatchObject({ pending: 6, excluded: 2 });
    // baseA, cellA1, cellA2, subA, cellA3, baseB, cellB1, gcell
    expect(cycle.counts.org.pending).toBe(8);
    expect(cycle.exclusions).toEqual({ exempt: 1, recently_admitted: 1 });
    const byMember = (id: string) => items.find((a) => a.memberId === id) as unknown as Record<string, unknown>;
    expect(byMember(exempt)).toMatchObject({ status: "excluded", excludedReason: "exempt" });
    expect(byMember(recent)).toMatchObject({ status: "excluded", excludedReason: "recently_admitted" });
    expect(byMember(w.members[0] as string)).toMatchObject({ status: "pending", orgUnitId: w.tree.cellA1 });
    expect(items.some((a) => a.subjectType === "org" && a.orgUnitId === w.tree.root)).toBe(false);
  });

  it("refuses a second open cycle of the same kind and period (409) and writes nothing", async () => {
    const w = await ratingWorld(t);
    await openYearCycle(t, w);
    const before = await snapshot(t.db, snapshotTables);
    const res = await api(t.app)
      .as(w.admin)
      .post("/api/ratings/cycles", { orgUnitId: w.tree.root, kind: "year", year: 2026, referenceDate: "2026-12-15" });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain("đang mở");
    expect(await snapshot(t.db, snapshotTables)).toBe(before);
    const quarter = await api(t.app).as(w.admin).post("/api/ratings/cycles", {
      orgUnitId: w.tree.root,
      kind: "quarter",
      quarter: 4,
      year: 2026,
      referenceDate: "2026-12-31",
    });
    expect(quarter.statusCode).toBe(201);
    expect(quarter.json().name).toBe("Kiểm điểm, đánh giá, xếp loại chất lượng quý 4 năm 2026");
  });

  it("needs rating.decide at the committee: 401, 403, 404, and bad input refused with nothing written", async () => {
    const w = await ratingWorld(t);
    const body = { orgUnitId: w.tree.cellA1, kind: "year", year: 2026, referenceDate: "2026-12-31" };
    const before = await snapshot(t.db, snapshotTables);
    expect((await api(t.app).anonymous.post("/api/ratings/cycles", body)).statusCode).toBe(401);
    expect((await api(t.app).as(w.chibo).post("/api/ratings/cycles", body)).statusCode).toBe(403);
    expect((await api(t.app).as(w.inspection).post("/api/ratings/cycles", body)).statusCode).toBe(403);
    expect(
      (
        await api(t.app)
          .as(w.coso)
          .post("/api/ratings/cycles", { ...body, orgUnitId: w.tree.baseB })
      ).statusCode,
    ).toBe(404);
    const quarterless = await api(t.app)
      .as(w.coso)
      .post("/api/ratings/cycles", { ...body, kind: "quarter" });
    expect(quarterless.statusCode).toBe(400);
    expect(quarterless.json().fields.quarter).toBeDefined();
    const badKind = await api(t.app)
      .as(w.coso)
      .post("/api/ratings/cycles", { ...body, kind: "monthly" });
    expect(badKind.statusCode).toBe(400);
    const order = await api(t.app)
      .as(w.coso)
      .post("/api/ratings/cycles", { ...body, selfDueOn: "2026-12-20", proposalDueOn: "2026-12-10" });
    expect(order.statusCode).toBe(422);
    expect(order.json().fields.proposalDueOn).toBeDefined();
    expect(await snapshot(t.db, snapshotTables)).toBe(before);
  });

  it("shows the bloc's cycle to a base committee it reviews, only with the base's own records", async () => {
    const w = await ratingWorld(t);
    const { cycle } = await openYearCycle(t, w);
    const list = await api(t.app).as(w.coso).get("/api/ratings/cycles?year=2026");
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((c: { id: string }) => c.id)).toContain(cycle.id);
    const detail = await api(t.app).as(w.coso).get(`/api/ratings/cycles/${cycle.id}`);
    expect(detail.statusCode).toBe(200);
    // baseA, cellA1, cellA2, subA, cellA3 only; the six members of cellA1
    expect(detail.json().counts.org.pending).toBe(5);
    expect(detail.json().counts.member.pending).toBe(6);
    const rows = await api(t.app).as(w.coso).get(`/api/ratings/cycles/${cycle.id}/assessments?pageSize=200`);
    expect(rows.json().items.every((a: { orgUnitId: string }) => a.orgUnitId !== w.tree.baseB)).toBe(true);
    expect((await api(t.app).as(w.coso).get(`/api/ratings/cycles?orgUnitId=${w.tree.baseB}`)).statusCode).toBe(404);
    expect((await api(t.app).as(w.dangvien).get(`/api/ratings/cycles/${cycle.id}`)).statusCode).toBe(404);
    expect((await api(t.app).anonymous.get(`/api/ratings/cycles/${cycle.id}`)).statusCode).toBe(401);
    const own = await api(t.app).as(w.coso).post("/api/ratings/cycles", {
      orgUnitId: w.tree.baseA,
      kind: "ad_hoc",
      year: 2026,
      referenceDate: "2026-11-01",
    });
    expect(own.statusCode).toBe(201);
    expect((await api(t.app).as(w.cosoB).get(`/api/ratings/cycles/${own.json().id}`)).statusCode).toBe(404);
  });

  it("lists assessments by unit then Vietnamese name, filtered by type, subtree and status, paged", async () => {
    const w = await ratingWorld(t);
    const { cycle } = await openYearCycle(t, w);
    const url = `/api/ratings/cycles/${cycle.id}/assessments`;
    const cell = await api(t.app).as(w.coso).get(`${url}?subjectType=member&orgUnitId=${w.tree.cellA1}`);
    const names = cell.json().items.map((a: { subjectName: string }) => a.subjectName.split(" ").slice(0, 3).join(" "));
    expect(names).toEqual([
      "Nguyễn Văn An",
      "Trần Thị Bình",
      "Lê Văn Cường",
      "Phạm Thị Dung",
      "Hoàng Văn Em",
      "Vũ Thị Giang",
    ]);
    const page = await api(t.app).as(w.coso).get(`${url}?subjectType=org&pageSize=2&page=2`);
    expect(page.json()).toMatchObject({ total: 5 });
    expect(page.json().items).toHaveLength(2);
    const decided = await api(t.app).as(w.coso).get(`${url}?status=decided`);
    expect(decided.json().total).toBe(0);
    expect((await api(t.app).as(w.coso).get(`${url}?status=done`)).statusCode).toBe(400);
    expect((await api(t.app).as(w.coso).get(`${url}?orgUnitId=${w.tree.cellB1}`)).statusCode).toBe(404);
  });
});
