import type { Reminder } from "@dangvu/contract";
import { translate } from "../../i18n";
import type { ReminderSource } from "../../platform/module";
import { addMonths, dmy } from "../../rules/dates";
import { loadBadgeRules } from "../../rules/lifecycle-settings";
import { nextAwardDate } from "../members";
import * as repo from "./awards-badges.repo";
import { type BadgeSubject, badgeCandidate, previousAwardDate } from "./awards-badges.rules";
import { badgeRules, subjectsOf } from "./awards-badges.service";

/**
 * The members of `units` who reach a party-age milestone by the next award day and have not received that badge:
 * the list of the award date (`GET /api/awards/badges`) as reminders, so a decided badge is no longer reminded. Those
 * delayed by discipline past the award day, and the deceased (posthumous awards are the committee's choice), are left out.
 */
export const badgeReminders: ReminderSource = async (ctx, units) => {
  const next = nextAwardDate(ctx.today, (await loadBadgeRules(ctx.db, ctx.today)).awardDays);
  const rules = await badgeRules(ctx.db, next);
  const previousOn = previousAwardDate(next, rules.awardDays);
  const admittedBy = addMonths(next, -12 * Math.min(...rules.milestones));
  const facts = await repo.candidateFacts(ctx.db, units, admittedBy, next, next);
  const { subjects } = await subjectsOf(ctx.db, facts);
  const out: Reminder[] = [];
  for (const row of facts) {
    const candidate = badgeCandidate(subjects.get(row.id) as BadgeSubject, next, previousOn, rules, false);
    if (candidate?.kind !== "regular" || candidate.delayedUntil) continue;
    out.push({
      kind: "badge_due",
      memberId: row.id,
      memberName: row.fullName,
      orgUnitId: row.orgUnitId,
      orgUnitName: row.orgUnitName,
      dueOn: next,
      message: translate(ctx.lang, "reminder.badge_due", {
        name: row.fullName,
        years: candidate.milestone,
        date: dmy(next),
      }),
      overdue: false,
    });
  }
  return out;
};
