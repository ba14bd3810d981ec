import { createHmac } from "node:crypto";
import type { AttendanceStatus, MeetingCounts, QualityLevel, ScoringTemplate } from "@dangvu/contract";
import { vietnamDate } from "../../context";

export interface RosterMember {
  memberId: string;
  status: "probationary" | "full";
  /** Exempt members and members in temporary activity elsewhere are not counted against attendance (HD 12/2018). */
  counted: boolean;
  /** A member of another cell here in temporary activity: attends, does not vote, is not counted (domain.md §2.5). */
  temporary?: boolean;
  /** One of the cell's members away in temporary activity elsewhere: on its list, out of its attendance. */
  away?: boolean;
  attendance: AttendanceStatus | null;
}

/** Who a meeting's attendance sheet lists: everyone on the roster but the cell's members away elsewhere for a while. */
export function attendees<T extends Pick<RosterMember, "away">>(roster: readonly T[]): T[] {
  return roster.filter((m) => !m.away);
}

/**
 * The counts of the minutes: the cell's own members by status (temporary members from other cells apart), who was
 * present, absent with and without reason among those counted, the rate.
 */
export function attendanceCounts(roster: readonly RosterMember[]): MeetingCounts {
  const own = roster.filter((m) => !m.temporary);
  const counted = roster.filter((m) => m.counted && !m.temporary);
  const present = counted.filter((m) => m.attendance === "present");
  return {
    fullMembers: own.filter((m) => m.status === "full").length,
    probationaryMembers: own.filter((m) => m.status === "probationary").length,
    away: own.filter((m) => m.away).length,
    temporary: roster.length - own.length,
    counted: counted.length,
    present: present.length,
    presentFull: present.filter((m) => m.status === "full").length,
    absentExcused: counted.filter((m) => m.attendance === "absent_excused").length,
    absentUnexcused: counted.filter((m) => m.attendance === "absent_unexcused").length,
    attendanceRate: counted.length === 0 ? 0 : Math.round((present.length / counted.length) * 1000) / 10,
  };
}

export interface Vote {
  forCount: number;
  againstCount: number;
  abstainCount: number;
}

/** More ballots than the full members present who may vote is impossible (domain.md §3.5). */
export function voteTooLarge(vote: Vote, presentFull: number): boolean {
  return vote.forCount + vote.againstCount + vote.abstainCount > presentFull;
}

/** The day of a meeting in Vietnam: attendance, minutes, score and closing open on it, not before. */
export function meetingDay(scheduledAt: Date): string {
  return vietnamDate(scheduledAt);
}

/** The hour a meeting is planned for, "HH:MM" in Vietnam (UTC+7, no daylight saving). */
export function localTime(scheduledAt: Date): string {
  return new Date(scheduledAt.getTime() + 7 * 3600_000).toISOString().slice(11, 16);
}

/** Whether a meeting's day has come (the hour does not matter: a meeting may start early or be recorded late). */
export function dayReached(scheduledAt: Date, today: string): boolean {
  return meetingDay(scheduledAt) <= today;
}

/** Checks points against a template and gives the total and the level; problems name the criterion. */
export interface TemplateShape {
  criteria: readonly ScoringTemplate["criteria"][number][];
  levels: readonly { level: string; min: number }[];
}

export function scoreMeeting(template: TemplateShape, points: Record<string, number>) {
  const problems: string[] = [];
  for (const key of Object.keys(points)) if (!template.criteria.some((c) => c.key === key)) problems.push(key);
  for (const criterion of template.criteria) {
    const value = points[criterion.key];
    if (value === undefined || value < 0 || value > criterion.max) problems.push(criterion.key);
  }
  const total = template.criteria.reduce((sum, c) => sum + (points[c.key] ?? 0), 0);
  return { problems, total, level: levelOf(template.levels, total) };
}

export function levelOf(levels: readonly { level: string; min: number }[], total: number): QualityLevel {
  const sorted = [...levels].sort((a, b) => b.min - a.min);
  return (sorted.find((l) => total >= l.min)?.level ?? "poor") as QualityLevel;
}

const rank: Record<QualityLevel, number> = { good: 3, fair: 2, average: 1, poor: 0 };

/**
 * A cell's yearly rating from its monthly levels (Phú Thọ ĐUK rule, [P]): Tốt when every regular meeting is Khá or
 * better and at least 7 are Tốt; Khá when every one is at least Trung bình; Trung bình when at most two are Kém;
 * otherwise Kém. The source is cut off after the Khá rule: the last two steps are this platform's reading [C].
 */
export function yearlyRating(monthly: readonly QualityLevel[]): QualityLevel | null {
  if (monthly.length === 0) return null;
  const worst = Math.min(...monthly.map((l) => rank[l]));
  if (worst >= rank.fair && monthly.filter((l) => l === "good").length >= 7) return "good";
  if (worst >= rank.average) return "fair";
  if (monthly.filter((l) => l === "poor").length <= 2) return "average";
  return "poor";
}

/** The six-digit check-in code shown at a meeting for one minute (HMAC of the minute with the meeting's secret). */
export function checkinCode(secret: string, at: Date): string {
  const minute = Math.floor(at.getTime() / 60_000);
  const digest = createHmac("sha256", secret).update(String(minute)).digest();
  return String(digest.readUInt32BE(0) % 1_000_000).padStart(6, "0");
}

/** A code is good for the minute it was shown and the one after, so a member typing it at the turn still gets in. */
export function checkinCodeValid(secret: string, code: string, now: Date): boolean {
  return code === checkinCode(secret, now) || code === checkinCode(secret, new Date(now.getTime() - 60_000));
}

/** Absences with a reason in a row among a member's latest meetings that took place (newest first). */
export function excusedStreak(latest: readonly (AttendanceStatus | null)[]): number {
  const broken = latest.findIndex((status) => status !== "absent_excused");
  return broken < 0 ? latest.length : broken;
}

/** The months (MM, in order) with an absence without reason, from the months of such absences in one year. */
export function unexcusedMonths(months: readonly string[]): string[] {
  return [...new Set(months)].sort();
}
