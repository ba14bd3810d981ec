import { type SQL, sql } from "drizzle-orm";

/**
 * The facts of a member's record that the party badge rules and lists read (awards module), as a relation: party
 * age (first admission decision, full membership, gaps, exit), the card, the ceremony, the cell, and whether the
 * member died. The awards module reads them through this, never naming the members' tables.
 */
export function badgeFactsSql(): SQL {
  return sql`(select id, full_name, name_sort_key, birth_date::text as birth_date, home_town, org_unit_id, status,
    exit_reason, exited_on::text as exited_on, first_admission_decided_on::text as first_admission_decided_on,
    admission_decided_on::text as admission_decided_on, ceremony_on::text as ceremony_on,
    full_membership_on::text as full_membership_on, card_number, party_gaps from members)`;
}
