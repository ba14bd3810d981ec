import { randomBytes, randomUUID } from "node:crypto";
import type { MeetingListItem, OrgUnitType, PlanYearInput } from "@dangvu/contract";
import { requireCan } from "../../access/require";
import { recordAudit } from "../../audit/audit";
import type { Ctx } from "../../context";
import { RuleViolation } from "../../errors";
import { ruleValue } from "../../rules/settings";
import { activeUnit, isCell } from "../org";
import * as repo from "./meetings.repo";
import { listMeetings } from "./meetings.service";

/**
 * Plans a cell's regular monthly meetings for a year on one recurring day (Điều lệ Đ24: a cell meets monthly).
 * Months already past, and months that already have a regular meeting, are left alone. One transaction.
 */
export async function planYear(ctx: Ctx, input: PlanYearInput): Promise<MeetingListItem[]> {
  await requireCan(ctx, "meeting.write", input.orgUnitId);
  const unit = await activeUnit(ctx, input.orgUnitId);
  if (!isCell(unit.type as OrgUnitType))
    throw new RuleViolation("meeting.cellOnly", {}, { orgUnitId: "meeting.cellOnly" });
  const taken = new Set(await repo.monthsWithRegularMeeting(ctx.db, input.orgUnitId, input.year));
  const template = await ruleValue<string[]>(ctx.db, "meeting.agendaTemplate", ctx.today);
  const rows: repo.NewMeeting[] = [];
  for (let month = 1; month <= 12; month++) {
    const day = `${input.year}-${String(month).padStart(2, "0")}-${String(input.dayOfMonth).padStart(2, "0")}`;
    if (day < ctx.today || taken.has(day.slice(0, 7))) continue;
    rows.push({
      id: randomUUID(),
      orgUnitId: input.orgUnitId,
      kind: "regular",
      topic: `Sinh hoạt chi bộ thường kỳ tháng ${String(month).padStart(2, "0")}/${input.year}`,
      scheduledAt: new Date(`${day}T${input.time}:00+07:00`),
      place: input.place ?? null,
      status: "planned",
      agenda: template.map((title) => ({ title })),
      checkinSecret: randomBytes(16).toString("base64url"),
      createdAt: ctx.now,
    });
  }
  if (rows.length === 0) throw new RuleViolation("meeting.yearAlreadyPlanned", { year: input.year });
  await ctx.transaction(async (tx) => {
    await repo.insertMeetings(tx, rows);
    await recordAudit(tx, ctx.actor, ctx.now, {
      action: "meeting.yearPlanned",
      entityType: "orgUnit",
      entityId: input.orgUnitId,
      after: { ...input, created: rows.length },
    });
  });
  // A cell holds at most a few dozen meetings a year: one page of the largest size holds them all.
  const planned = await listMeetings(ctx, {
    orgUnitId: input.orgUnitId,
    from: `${input.year}-01-01`,
    to: `${input.year}-12-31`,
    page: 1,
    pageSize: 200,
  });
  return planned.items;
}
