export { meetingRoutes } from "./meetings.routes";
export { attendanceCounts, yearlyRating } from "./meetings.rules";
