import type { Indicator } from "../../platform/module";
import { attendanceRate, countMeetingsHeld, countScored } from "./meetings-indicators.repo";

const group = "meetings";

const held = (kind: string, vi: string, en: string): Indicator => ({
  id: `meetings.held.${kind}`,
  group,
  unit: "count",
  label: { vi, en },
  compute: (db, q) => countMeetingsHeld(db, kind, q),
});

const scored = (level: string, vi: string, en: string): Indicator => ({
  id: `meetings.quality.${level}`,
  group,
  unit: "count",
  label: { vi, en },
  compute: (db, q) => countScored(db, level, q),
});

/** The meeting figures of reports: meetings held by kind, attendance, quality as scored. */
export const meetingIndicators: Indicator[] = [
  held("regular", "Sinh hoạt chi bộ thường kỳ", "Regular cell meetings held"),
  held("thematic", "Sinh hoạt chuyên đề", "Thematic meetings held"),
  held("extraordinary", "Sinh hoạt bất thường", "Extraordinary meetings held"),
  held("committee", "Họp cấp ủy", "Committee meetings held"),
  {
    id: "meetings.attendanceRate",
    group,
    unit: "percent",
    label: { vi: "Tỷ lệ đảng viên dự sinh hoạt", en: "Attendance rate" },
    compute: attendanceRate,
  },
  scored("good", "Buổi sinh hoạt đạt loại Tốt", "Meetings rated good"),
  scored("fair", "Buổi sinh hoạt đạt loại Khá", "Meetings rated fair"),
  scored("average", "Buổi sinh hoạt đạt loại Trung bình", "Meetings rated average"),
  scored("poor", "Buổi sinh hoạt loại Kém", "Meetings rated poor"),
];
