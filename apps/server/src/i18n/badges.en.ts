/** English messages of the party badges (awards module; spread into messages.en.ts). */
export const badgesEn: Record<string, string> = {
  "badge.authority":
    "{unit} does not record party badge decisions: the provincial standing committee or equivalent decides (setting awards.badgeAuthority); choose the upper committee.",
  "badge.signedInFuture": "The signing date cannot be after today.",
  "badge.memberOutside": "This member is not under {unit}, so cannot be in a decision of {unit}.",
  "badge.numberRepeated": "Badge number {number} appears twice in the decision; each badge has its own number.",
  "badge.memberRepeated": "A member appears twice with the same milestone in the decision.",
  "badge.needsReason":
    "An early award for serious illness or a reissue of a lost badge needs a reason (Note) for {name}.",
  "badge.unknownMilestone":
    "There is no {milestone}-year party badge: the milestones are 30, 40, 45 … 90 years (setting badge.milestones; no 35-year badge).",
  "badge.reissueNotHeld": "{name} has not received the {milestone}-year badge, so it cannot be reissued.",
  "badge.duplicate":
    "{name} already received the {milestone}-year party badge; it is not awarded twice (use Reissue for a lost badge).",
  "badge.posthumousLiving": "A posthumous award is only for a deceased member; {name} is not.",
  "badge.deceasedPosthumous": "{name} has died: choose a posthumous award (form 4B-HHĐ).",
  "badge.notOnList": "{name} is no longer a full member on the list, so is not considered for a badge.",
  "badge.milestoneNotReached":
    "{name} has not reached {milestone} years of party age on {date} (counted from the admission decision, gaps subtracted). Early awards only for serious illness (at most 12 months early for 30–65 years, 24 for 70–90) or posthumously (at most 12 months).",
  "badge.disciplineDelay":
    "{name} was disciplined and cannot be considered before {until} (6 months after a reprimand, 9 after a warning, 1 year after dismissal: setting awards.badgeDisciplineDelay).",
  "badge.decisionNumberTaken": "Decision number {number} is already used by another decision.",
  "badge.numberTaken": "Badge number {number} is already given to another badge.",
  "badge.noneListed": "A decision needs at least one badge.",
};
