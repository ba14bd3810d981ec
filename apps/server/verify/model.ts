import { roleCatalog } from "../src/access/roles";
import type { Access } from "./openapi";
import type { Relation, Role } from "./world";

/** What the access model says a request must get: success, or one refusal. */
export type Expectation = "allowed" | 401 | 403 | 404;

/** The permission that lets one see an object of a kind at all. */
export const readPermission: Record<string, string> = {
  orgUnit: "org.read",
  position: "org.read",
  user: "user.read",
  grant: "user.read",
  member: "member.read",
  residenceRegistration: "member.read",
  commentRequest: "member.read",
  ratingCycle: "rating.read",
  ratingAssessment: "rating.read",
  meeting: "meeting.read",
  meetingDocument: "meeting.read",
  meetingTask: "meeting.read",
  notice: "meeting.read",
  commendation: "award.read",
  awardCampaign: "award.read",
  emulationModel: "award.read",
  report: "report.read",
  // The inspection committee's records are confidential to it (issue 11): not even the office admin reads them.
  inspectionProgramme: "inspection.read",
  inspectionProgrammeItem: "inspection.read",
  inspectionCase: "inspection.read",
  inspectionCaseDocument: "inspection.read",
  inspectionLetter: "inspection.read",
  discipline: "inspection.read",
};

/**
 * The access model of design.md §2, from a route's metadata: no session → 401 (public routes aside); an object
 * outside every grant (ancestor, sibling) → 404; inside, an object of a kind the role may not read at all is not
 * revealed either (404: a member does not learn which member records exist); an object it may see, without the
 * route's permission → 403; otherwise allowed.
 */
export function expectation(access: Access, role: Role, relation: Relation | undefined): Expectation {
  if ("public" in access) return "allowed";
  if (role === "none") return 401;
  if ("self" in access) return access.target && relation !== "own" ? 404 : "allowed";
  if ("signedIn" in access) return "allowed";
  const held = holds(role, access.permission);
  if ("anywhere" in access) return held ? "allowed" : 403;
  if (relation === undefined) return "allowed";
  if (relation === "ancestor" || relation === "sibling") return 404;
  const kind = "target" in access ? access.target : "orgUnit";
  if (!holds(role, readPermission[kind] ?? "")) return 404;
  return held ? "allowed" : 403;
}

export function holds(role: Role, permission: string): boolean {
  return role !== "none" && (roleCatalog[role] as readonly string[]).includes(permission);
}

/**
 * Who acts for the passes that send as one role (bad input, concurrency): the inspection committee on its own
 * routes, which the office admin may not even see (confidential), the admin on every other.
 */
export function actingRole(access: Access | undefined): "admin" | "inspection" {
  return access && "permission" in access && access.permission.startsWith("inspection.") ? "inspection" : "admin";
}

/** Whether the relation matters to a route: it names an object or narrows a list to a unit. */
export function usesRelation(access: Access): boolean {
  if ("public" in access || "self" in access) return "target" in access ? Boolean(access.target) : false;
  if ("target" in access) return true;
  return "list" in access && Boolean(access.within);
}

/** A short form of the metadata for the table. */
export function describeAccess(access: Access | undefined): string {
  if (!access) return "?";
  if ("public" in access) return "public";
  if ("signedIn" in access) return "signed in";
  if ("self" in access) return access.target ? `self @${access.target}` : "self";
  if ("anywhere" in access) return `${access.permission} anywhere`;
  if ("list" in access) return `${access.permission} list${access.within ? ` within ${access.within}` : ""}`;
  return `${access.permission} @${access.target}${access.of ? ` (${access.of})` : ""}`;
}
