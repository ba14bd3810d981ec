import type { AwardForm, Me, RecipientType } from "@dangvu/contract";
import { subtreeIds, type TreeIndex } from "../org/org-tree.model";

// The roles holding award.write / award.decide (access/roles.ts); the server decides again on every request.
const writerRoles = new Set(["admin", "grassroots_staff", "cell_secretary"]);
const deciderRoles = new Set(["admin", "grassroots_staff"]);

function unitsOf(me: Me | undefined, index: TreeIndex, roles: ReadonlySet<string>): Set<string> {
  const ids = new Set<string>();
  for (const grant of me?.grants ?? []) {
    if (!roles.has(grant.role)) continue;
    for (const id of subtreeIds(index, grant.orgUnitId)) ids.add(id);
  }
  return ids;
}

/** Units where the user may propose commendations and register models. */
export const awardWriteUnits = (me: Me | undefined, index: TreeIndex) => unitsOf(me, index, writerRoles);
/** Units where the user may decide commendations and recognise models. */
export const awardDecideUnits = (me: Me | undefined, index: TreeIndex) => unitsOf(me, index, deciderRoles);

/** The forms that some body gives to this kind of recipient. */
export function formsFor(forms: readonly AwardForm[], recipient: RecipientType): AwardForm[] {
  return forms.filter((f) => f.awardedBy.some((a) => a.recipients.includes(recipient)));
}

/** Whether a unit of this type may award the form to the recipient (the catalogue in force; the server checks again). */
export function mayAward(form: AwardForm | undefined, unitType: string, recipient: RecipientType): boolean {
  return Boolean(form?.awardedBy.some((a) => a.unitType === unitType && a.recipients.includes(recipient)));
}
