import type { AwardForm, Me, RecipientType } from "@dangvu/contract";
import { type TreeIndex, unitsWithPermission } from "../org/org-tree.model";

/** Units where the user may propose commendations and register models. */
export const awardWriteUnits = (me: Me | undefined, index: TreeIndex) => unitsWithPermission(me, index, "award.write");
/** Units where the user may decide commendations and recognise models. */
export const awardDecideUnits = (me: Me | undefined, index: TreeIndex) =>
  unitsWithPermission(me, index, "award.decide");

/** The forms that some body gives to this kind of recipient. */
export function formsFor(forms: readonly AwardForm[], recipient: RecipientType): AwardForm[] {
  return forms.filter((f) => f.awardedBy.some((a) => a.recipients.includes(recipient)));
}

/** Whether a unit of this type may award the form to the recipient (the catalogue in force; the server checks again). */
export function mayAward(form: AwardForm | undefined, unitType: string, recipient: RecipientType): boolean {
  return Boolean(form?.awardedBy.some((a) => a.unitType === unitType && a.recipients.includes(recipient)));
}
