export { attendanceRate, meetingsHeldByKind, qualityDistribution } from "./meetings.indicators";
export { meetingRoutes } from "./meetings.routes";
export { attendanceCounts, scoreMeeting, yearlyRating } from "./meetings.rules";
