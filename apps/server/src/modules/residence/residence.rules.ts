import type { ResidenceCase } from "@dangvu/contract";

export { partyDate } from "../../platform/party-document";

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
