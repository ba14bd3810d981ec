/** English messages of the ratings module (spread into messages.en.ts). */
export const ratingsEn: Record<string, string> = {
  "rating.level": "must be one of excellent, good, completed, not_completed",
  "rating.voteCounts": "plus those against may not exceed those present",
  "rating.quarter": "is required for a quarterly cycle and only for one",
  "rating.cycleOpen": "The unit already has an open cycle of this kind and period; carry on with it instead.",
  "rating.dueOrder": "Step deadlines must come in order: self-assessment, the cell's proposal, then the decision.",
  "rating.referenceYear": "The reference date must fall in {year} or an adjacent year.",
  "rating.cycleClosed": "The review cycle is closed; nothing more can be recorded.",
  "rating.excluded.exempt":
    "The member is exempt from party work and activity, so is not reviewed in this cycle (Regulation 124-QĐ/TW art. 5).",
  "rating.excluded.recently_admitted":
    "The member was admitted less than six months before the reference date, so is not rated in this cycle (Regulation 124-QĐ/TW art. 5).",
  "rating.selfClosed": "The self-assessment step is over (proposed or decided); it can no longer be changed.",
  "rating.pointsNotAllowed":
    "This cycle's framework has no points (before Regulation 366-QĐ/TW); choose a level only, without points.",
  "rating.unknownCriterion": 'Criterion "{criterion}" is not in the framework in force.',
  "rating.missingCriterion": 'Criterion "{criterion}" of the framework has no points; score every criterion.',
  "rating.aboveMax": 'The points of criterion "{criterion}" exceed its maximum of {max}.',
  "rating.levelAboveBand":
    "The proposed level is above the level of the total of {total} points (366-QĐ/TW: excellent from 90, good from 70, completed from 50).",
  "rating.proposeMembersOnly":
    "The cell proposes levels for members only; organisations self-assess and the competent body decides.",
  "rating.notSelfAssessed": "There is no self-assessment yet, so the next step cannot be taken.",
  "rating.notProposed": "The cell has not proposed a level for this member yet, so it cannot be decided.",
  "rating.alreadyDecided":
    "A level has already been decided; there is no second decision. The deciding body may change it, with a reason.",
  "rating.notDecided": "No level has been decided yet, so there is nothing to change.",
  "rating.voteFails": "The proposal did not pass: {inFavour} of {present} present in favour; more than half is needed.",
  "rating.decidedInFuture": "The decision date may not be after today.",
  "rating.noDecider": "No body has the authority to decide for this subject (setting ratings.authority).",
  "rating.noAuthority":
    "You do not have the authority to decide this rating: under Guidance 25-HD/BTCTW (setting ratings.authority) it lies with {unit}.",
  "rating.onlyDecider": "Only {unit}, which decided it, may change this level.",
  "rating.sameLevel": "The new level is the level already decided.",
  "rating.disciplined": "A member disciplined in {year} cannot be rated excellent.",
  "rating.quota":
    "Over the excellent quota of {unit}: at most {percent}% of the members rated good or better (setting ratings.excellentQuota). {placesLeft} places remain; {goodNeeded} more good ratings would open one more place.",
  "rating.quotaField": "over the excellent quota",
  "reminder.rating_step_due": "{step} of {cycle} is due on {date}: {count} records not done.",
  "reminder.strike_off_rating":
    "Rated not completed two years running ({previous} and {year}): the cell considers proposing to strike the member off the list (Party Charter, art. 8).",
  "rating.step.self": "Self-assessment",
  "rating.step.proposal": "The cell's proposal",
  "rating.step.decision": "The decision",
};
