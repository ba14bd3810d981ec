import type { ModuleDescriptor } from "../../platform/module";
import { meetingIndicators } from "./meetings.indicators";
import { meetingRoutes } from "./meetings.routes";
import { locateMeetingForAudit } from "./meetings.service";
import { meetingRuleSettings } from "./meetings.settings";
import { strikeOffReminders } from "./meetings-oversight.service";

export { attendanceCounts, meetingDay, scoreMeeting, yearlyRating } from "./meetings.rules";
export { openTasksOfUnit, yearAttendanceOfMember, yearMeetingQuality } from "./meetings-evidence.repo";
export { leafMeetingFigures } from "./meetings-leaf.repo";
export {
  type CellMeetingRow,
  cellMeetingsOfMember,
  cellNoticesSince,
  openTasksOfMember,
} from "./meetings-shared.repo";

/** Cell and committee meetings: plan, attendance, minutes, votes, tasks, scoring; notices of the cell. */
export const meetingsModule: ModuleDescriptor = {
  name: "meetings",
  tables: [
    "meetings",
    "meeting_documents",
    "meeting_attendance",
    "meeting_votes",
    "meeting_tasks",
    "scoring_templates",
    "meeting_scores",
    "notices",
    "checkin_attempts",
  ],
  permissions: ["meeting.read", "meeting.write"],
  routes: meetingRoutes,
  auditEntities: { meeting: { locate: locateMeetingForAudit, readPermission: "meeting.read" } },
  indicators: meetingIndicators,
  ruleSettings: meetingRuleSettings,
  reminders: strikeOffReminders,
};
