import { z } from "zod";
import { Id, IsoDate, Text } from "./common";

export const MeetingKind = z.enum(["regular", "thematic", "extraordinary", "committee"]);
export type MeetingKind = z.infer<typeof MeetingKind>;
export const AttendanceStatus = z.enum(["present", "absent_excused", "absent_unexcused"]);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;
