import type { AwardForm, Commendation, CommendationBasis, CommendationStatus, RecipientType } from "@dangvu/contract";
import type { ListedCommendation } from "./awards-commendations.repo";

/** A commendation as the API shows it; the form's label from the catalogue in force (the code when unknown). */
export function toCommendation(row: ListedCommendation, forms: readonly AwardForm[], lang = "vi"): Commendation {
  const form = forms.find((f) => f.code === row.form);
  return {
    id: row.id,
    form: row.form,
    formLabel: form ? (lang === "en" ? form.labelEn : form.label) : row.form,
    recipientType: row.recipientType as RecipientType,
    memberId: row.memberId,
    memberName: row.memberName,
    orgUnitId: row.orgUnitId,
    orgUnitName: row.orgUnitName,
    proposingUnitId: row.proposingUnitId,
    proposingUnitName: row.proposingUnitName,
    campaignId: row.campaignId,
    campaignName: row.campaignName,
    year: row.year,
    basis: row.basis as CommendationBasis,
    reason: row.reason,
    status: row.status as CommendationStatus,
    proposedOn: row.proposedOn,
    decision:
      row.decisionId && row.decisionNumber && row.decidingUnitId
        ? {
            id: row.decisionId,
            number: row.decisionNumber,
            signedOn: row.decisionSignedOn as string,
            signerName: row.decisionSignerName,
            decidingUnitId: row.decidingUnitId,
            decidingUnitName: row.decidingUnitName ?? "",
          }
        : null,
    refusalReason: row.refusalReason,
    version: row.version,
  };
}
