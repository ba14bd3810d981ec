import type { RoleCode } from "@dangvu/contract";

export interface ActorGrant {
  id: string;
  role: RoleCode;
  orgUnitId: string;
  permissions: ReadonlySet<string>;
}

/** The signed-in user behind a request, with their grants. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  sessionId: string;
  csrfToken: string;
  grants: ActorGrant[];
}

/** The permissions an actor holds at a unit, given the unit's ancestors-or-self. */
export function permissionsAt(actor: Actor, ancestorsOrSelf: ReadonlySet<string>): Set<string> {
  const held = new Set<string>();
  for (const grant of actor.grants) {
    if (ancestorsOrSelf.has(grant.orgUnitId)) for (const p of grant.permissions) held.add(p);
  }
  return held;
}

/** True when some grant of the actor covers one of the given units. */
export function coversAny(actor: Actor, ancestorsOrSelf: ReadonlySet<string>): boolean {
  return actor.grants.some((grant) => ancestorsOrSelf.has(grant.orgUnitId));
}
