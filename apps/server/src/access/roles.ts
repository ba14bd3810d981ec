import type { RoleCode } from "@dangvu/contract";

/** Every permission the platform checks. A role is a set of these; a grant applies a role to a subtree. */
export const permissions = [
  "org.read",
  "org.write",
  "org.restructure",
  "user.read",
  "user.manage",
  "audit.read",
  "member.read",
  "member.write",
  "member.sensitive",
  "meeting.read",
  "meeting.write",
  "inspection.read",
  "inspection.write",
  "self.read",
  "rules.manage",
  "report.read",
  "report.write",
  "report.approve",
  "report.template",
  "rating.read",
  "rating.write",
  "rating.decide",
  "award.read",
  "award.write",
  "award.decide",
] as const;
export type Permission = (typeof permissions)[number];

/** Permissions of the platform itself, not of one module: rule settings. */
export const platformPermissions: readonly Permission[] = ["rules.manage"];

const everything: Permission[] = permissions.filter((p) => !p.startsWith("inspection."));

/** The seeded roles. An office may read them from the `roles` table; the platform keeps them in step on start. */
export const roleCatalog: Record<RoleCode, Permission[]> = {
  // Committee office (văn phòng, ban tổ chức): the whole tree, except the inspection committee's confidential work.
  admin: everything,
  // Inspection committee (ủy ban kiểm tra): its confidential cases, and read access to what they concern.
  inspection: [
    "org.read",
    "member.read",
    "member.sensitive",
    "meeting.read",
    "audit.read",
    "inspection.read",
    "inspection.write",
    "self.read",
    "report.read",
    "rating.read",
    "award.read",
  ],
  // Base committee staff (đảng ủy cơ sở): its own subtree.
  grassroots_staff: [
    "org.read",
    "org.write",
    "org.restructure",
    "user.read",
    "user.manage",
    "audit.read",
    "member.read",
    "member.write",
    "member.sensitive",
    "meeting.read",
    "meeting.write",
    "self.read",
    "report.read",
    "report.write",
    "report.approve",
    "rating.read",
    "rating.write",
    "rating.decide",
    "award.read",
    "award.write",
    "award.decide",
  ],
  // Cell secretary (bí thư chi bộ): its cell.
  cell_secretary: [
    "org.read",
    "org.write",
    "audit.read",
    "member.read",
    "member.write",
    "meeting.read",
    "meeting.write",
    "self.read",
    "report.read",
    "report.write",
    "rating.read",
    "rating.write",
    "award.read",
    "award.write",
  ],
  // Member (đảng viên): own record and own cell.
  member: ["org.read", "meeting.read", "self.read"],
};

/** Roles from the highest down; a user may grant only roles at or below their own. */
export const roleRank: Record<RoleCode, number> = {
  admin: 100,
  inspection: 80,
  grassroots_staff: 50,
  cell_secretary: 30,
  member: 10,
};

/**
 * A user may grant a role only if it ranks no higher than a role they hold over that unit and its permissions are
 * within those they hold there.
 */
export function canGrantRole(
  held: { roles: readonly RoleCode[]; permissions: ReadonlySet<string> },
  role: RoleCode,
): boolean {
  const highest = Math.max(0, ...held.roles.map((r) => roleRank[r]));
  return roleRank[role] <= highest && roleCatalog[role].every((p) => held.permissions.has(p));
}
