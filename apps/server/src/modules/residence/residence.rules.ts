import type { ResidenceCase } from "@dangvu/contract";

/** How long a comment link stays valid unless used first. */
export const linkValidDays = 60;

/** A request is overdue once its due date has passed without a comment. */
export function isOverdue(status: string, dueOn: string, today: string): boolean {
  return status !== "received" && dueOn < today;
}

/**
 * Why a yearly comment may not be requested, or null. Members not introduced (HD 33 mục 1.2) have no residence
 * cell to ask; members introduced but exempt (HD 33 mục 1.1) get comments only when needed, so a reason is required.
 */
export function requestRefusal(residenceCase: ResidenceCase, reason: string | undefined): string | null {
  if (residenceCase === "not_introduced") return "residence.notIntroduced";
  if (residenceCase === "introduced_exempt" && !reason) return "residence.exemptNeedsReason";
  return null;
}

/** Whether a public link can still be used: not yet answered and not expired. */
export function linkState(request: { status: string; expiresAt: Date | null }, now: Date): "open" | "used" | "expired" {
  if (request.status === "received") return "used";
  if (!request.expiresAt || request.expiresAt.getTime() <= now.getTime()) return "expired";
  return "open";
}

/** "ngày 05 tháng 02 năm 2026": day below 10 and months 1–2 take a leading zero (party document format). */
export function partyDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const dd = day < 10 ? `0${day}` : `${day}`;
  const mm = month <= 2 ? `0${month}` : `${month}`;
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}
