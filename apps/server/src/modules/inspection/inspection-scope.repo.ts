import { type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../access/actor";
import { scopeUnitIds, subtreeUnitIds } from "../../access/scope";

/**
 * The rows of a confidential list the actor may see, as SQL over the record's unit and its shared roles: the units
 * where they hold `inspection.read`, or under a grant of a role the record names.
 */
export function confidentialScope(actor: Actor, unitColumn: SQL, sharedColumn: SQL | null): SQL {
  const parts: SQL[] = [sql`${unitColumn} in (${scopeUnitIds(actor, "inspection.read")})`];
  if (sharedColumn) {
    for (const grant of actor.grants) {
      if (grant.role === "member") continue;
      parts.push(sql`(${grant.role} = any(${sharedColumn}) and ${unitColumn} in (${subtreeUnitIds(grant.orgUnitId)}))`);
    }
  }
  return sql`(${sql.join(parts, sql` or `)})`;
}
