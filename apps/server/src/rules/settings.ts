import { and, asc, desc, eq, lte } from "drizzle-orm";
import type { Db } from "../db/database";
import { ruleSettings } from "../db/schema";

/**
 * The value of a versioned rule in force on a date (rules change by regulation and province: domain.md).
 * Before the first recorded version, the earliest version applies: the platform keeps no older rule.
 */
export async function ruleValue<T>(db: Db, key: string, on: string): Promise<T> {
  const [row] = await db
    .select({ value: ruleSettings.value })
    .from(ruleSettings)
    .where(and(eq(ruleSettings.key, key), lte(ruleSettings.validFrom, on)))
    .orderBy(desc(ruleSettings.validFrom))
    .limit(1);
  if (row) return row.value as T;
  const [earliest] = await db
    .select({ value: ruleSettings.value })
    .from(ruleSettings)
    .where(eq(ruleSettings.key, key))
    .orderBy(asc(ruleSettings.validFrom))
    .limit(1);
  if (!earliest) throw new Error(`No rule setting "${key}"`);
  return earliest.value as T;
}

/** The rule settings seeded into every new database, with their sources. */
export const seededRuleSettings = [
  { key: "org.minFullMembers", validFrom: "2011-01-19", value: 3, source: "Điều lệ Đảng, Điều 21 khoản 2, Điều 24" },
  { key: "org.cellCommitteeThreshold", validFrom: "2021-07-30", value: 9, source: "QĐ 24-QĐ/TW mục 24; 294-QĐ/TW" },
  { key: "org.cellCommitteeMaxSize", validFrom: "2021-07-30", value: 7, source: "QĐ 24-QĐ/TW mục 24; 294-QĐ/TW" },
  {
    key: "member.lifecycle",
    validFrom: "2021-07-30",
    value: lifecycleDefaults(),
    source: "Điều lệ Đ5; QĐ 24-QĐ/TW mục 1, 4.1, 4.2, 6; 294-QĐ/TW",
  },
  {
    key: "badge.milestones",
    validFrom: "2021-07-30",
    value: [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90],
    source: "QĐ 24-QĐ/TW mục 27.1.2; HD 01-HD/TW 2021 mục 18",
  },
  {
    key: "meeting.agendaTemplate",
    validFrom: "2018-07-06",
    value: [
      "Khai mạc, giới thiệu thư ký",
      "Điểm danh, báo cáo số đảng viên có mặt, vắng mặt và lý do; thu đảng phí",
      "Thông qua chương trình",
      "Báo cáo kết quả tháng và kiểm điểm việc thực hiện nghị quyết kỳ trước",
      "Phổ biến văn bản của cấp trên",
      "Thảo luận",
      "Kết luận, phân công nhiệm vụ; biểu quyết nghị quyết",
      "Công tác tổ chức, đảng viên",
      "Đánh giá chất lượng buổi sinh hoạt",
      "Thông qua biên bản; bế mạc",
    ],
    source: "HD 12-HD/BTCTW 06/7/2018; mẫu chương trình của chi bộ (domain.md §3.2)",
  },
  {
    key: "badge.awardDays",
    validFrom: "2021-07-30",
    value: ["02-03", "05-19", "09-02", "11-07"],
    source: "HD 01-HD/TW 2021 mục 18.4",
  },
];

/** The numbers of the member lifecycle as the regulations set them (see members.rules.ts for their use). */
export interface LifecycleDefaults {
  admissionAgeMin: number;
  admissionAgeMax: number;
  probationMonths: number;
  ceremonyWorkingDays: number;
  fullMembershipWorkingDays: number;
  transferLetterWorkingDays: number;
  transferStartWorkingDays: number;
}

export function lifecycleDefaults(): LifecycleDefaults {
  return {
    admissionAgeMin: 18,
    admissionAgeMax: 60,
    probationMonths: 12,
    ceremonyWorkingDays: 30,
    fullMembershipWorkingDays: 30,
    transferLetterWorkingDays: 30,
    transferStartWorkingDays: 60,
  };
}
