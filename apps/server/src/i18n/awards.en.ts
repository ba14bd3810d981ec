/** English messages of commendations, campaigns and emulation models (awards module; spread into messages.en.ts). */
export const awardsEn: Record<string, string> = {
  "award.formUnknown": "The form of commendation “{form}” is not in the catalogue in force (setting awards.forms).",
  "award.formRecipient":
    "The form “{form}” is not given to this kind of recipient (organisation or member) by the catalogue (Regulation 24-QĐ/TW, item 27.2).",
  "award.recipientRequired": "Choose the member or the party organisation proposed for a commendation.",
  "award.notOnList": "{name} is not on the member list, so cannot be proposed for a commendation.",
  "award.proposerNotAbove": "The proposing unit must be the recipient's unit or one above it.",
  "award.yearRequired": "Give the year whose rating the commendation rests on.",
  "award.yearInFuture": "The year {year} has not come yet.",
  "award.campaignRequired": "A commendation for a campaign needs the campaign.",
  "award.campaignNotAbove": "The campaign must belong to the recipient's unit or one above it.",
  "award.notRatedYear":
    "No decided rating for {year}: only those rated “Excellent” are considered (setting awards.eligibility).",
  "award.notExcellentYear":
    "Not rated “Excellent” in {year}: only those rated “Excellent” are considered (Guidance 21-HD/BTCTW; setting awards.eligibility).",
  "award.notRunningYears":
    "Not {years} years running “Excellent” ({from}–{to}): the years {missing} were not rated so (setting awards.eligibility).",
  "award.duplicateProposal": "This recipient already has a proposal of the same form, basis and year.",
  "award.signedInFuture": "The decision cannot be signed after today.",
  "award.signedBeforeProposal": "The decision cannot be signed before the proposal ({date}).",
  "award.mixedForms": "One decision covers proposals of one form only.",
  "award.decisionNumberTaken": "Decision number {number} is already used.",
  "award.notProposed": "This proposal has already been decided or refused.",
  "award.deciderNotAbove": "{unit} is not above the unit of the proposal.",
  "award.notAuthorised":
    "{unit} may not award “{form}” to this recipient (Regulation 24-QĐ/TW, item 27.2; setting awards.forms).",
  "award.campaignPeriod": "The campaign cannot end before it starts.",
  "award.campaignInUse": "The campaign has {count} proposals and cannot be deleted.",
  "award.catalogueCode": "is not a valid code",
  "award.modelTitleUnknown": "The model title “{title}” is not in the catalogue (setting awards.modelTitles).",
  "award.modelFieldUnknown": "The field “{field}” does not belong to the title “{title}” (setting awards.modelTitles).",
  "award.modelMemberOutside": "The exemplar must be a member of the registering unit.",
  "award.dateInFuture": "The date cannot be after today.",
  "award.modelScored": "The model has been scored and can no longer be changed or scored again.",
  "award.recognisedBeforeRegistered": "Recognition cannot be before the model was registered.",
  "award.recognitionNumberRequired": "The model reaches the recognition score: give the recognition decision's number.",
};
