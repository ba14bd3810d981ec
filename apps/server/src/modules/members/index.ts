import type { ModuleDescriptor } from "../../platform/module";
import { locateMemberForAudit } from "./members.access";
import { memberIndicators } from "./members.indicators";
import { memberRoutes } from "./members.routes";
import { memberRuleSettings } from "./members.settings";
import { maskPersonal } from "./members.view";
import { memberBreakdowns } from "./members-breakdowns";
import { memberOn } from "./members-seat.repo";
import { memberCountSql } from "./members-shared.repo";
import { countActiveMembers, moveAllMembers } from "./members-write.repo";

export { requireMember } from "./members.access";
export { isOnMemberList, nextAwardDate, partyAge, partyAgeMonths } from "./members.rules";
export { getMember } from "./members.service";
export { badgeFactsSql } from "./members-badge-facts.repo";
export { type MemberDiscipline, memberDisciplines } from "./members-discipline.repo";
export { recordMemberEvent } from "./members-events.service";
export { emptyFigures, type LeafFigures, leafMemberFigures, periodsSql, unitsSql } from "./members-leaf.repo";
export { memberListBook } from "./members-list-book.repo";
export { membersForReview, type ReviewedMember } from "./members-review.repo";
export { hostedOn, memberSummariesSql, officialCellOn, onMemberListSql, unitRosterSql } from "./members-shared.repo";

/** Party members: records, lifecycle events, party age, reminders, import and export. */
export const membersModule: ModuleDescriptor = {
  name: "members",
  tables: ["members", "member_events", "memberships", "party_cards", "transfers", "member_import_rows"],
  permissions: ["member.read", "member.write", "member.sensitive"],
  routes: memberRoutes,
  auditEntities: { member: { locate: locateMemberForAudit, readPermission: "member.read", mask: maskPersonal } },
  orgEventHooks: { beforeDissolve: countActiveMembers, onMerge: moveAllMembers },
  indicators: memberIndicators,
  breakdowns: memberBreakdowns,
  ruleSettings: memberRuleSettings,
  unitCounts: {
    members: (unit, asOf) => memberCountSql(unit, asOf),
    fullMembers: (unit, asOf) => memberCountSql(unit, asOf, true),
  },
  memberOn,
};
