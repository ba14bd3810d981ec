/** English messages: Discipline proposals, decisions and complaints of the inspection module (spread into messages.en.ts). */
export const disciplineEn: Record<string, string> = {
  "discipline.form.reprimand": "reprimand",
  "discipline.form.warning": "warning",
  "discipline.form.dismissal": "removal from post",
  "discipline.form.expulsion": "expulsion",
  "discipline.form.dissolution": "dissolution",
  "discipline.subject.organisation": "a party organisation",
  "discipline.subject.full": "a full member",
  "discipline.subject.probationary": "a probationary member",
  "discipline.formNotForSubject":
    "{form} cannot be decided for {subject}: {subject} may only receive {allowed} (Regulation 69-QĐ/TW, Article 7).",
  "discipline.noSuchBody":
    "{unit} has no such body to decide (a cell decides in a cell; a committee, its standing committee or its inspection committee in a party committee).",
  "discipline.memberRequired": "Choose the member proposed for discipline.",
  "discipline.notOnList": "{name} is no longer on the member list, so cannot be disciplined.",
  "discipline.subjectUnitRequired": "Choose the party organisation proposed for discipline.",
  "discipline.organisationNotBelow":
    "The organisation disciplined must be below the deciding committee (Party Statute, Article 36).",
  "discipline.caseNotConcluded": "The case cited has no conclusion yet, so it cannot ground a discipline proposal.",
  "discipline.violationEndsBeforeStart": "The end of the violation cannot be before its start.",
  "discipline.proposedInFuture": "The proposal date cannot be after today.",
  "discipline.proposedBeforeViolation": "The proposal date cannot be before the violation.",
  "discipline.bodyNotAtLevel":
    "{body} has no disciplinary power at this level (Party Statute, Article 36; setting {setting}).",
  "discipline.formBeyondBody": "{body} may not decide a {form} (Party Statute, Article 36; setting {setting}).",
  "discipline.subjectOutside":
    "{body} may not discipline a subject outside its own organisation (Party Statute, Article 36).",
  "discipline.organisationFromAbove":
    "{body} cannot discipline its own organisation: the committee above decides (Party Statute, Article 36).",
  "discipline.cellOwnMembers":
    "{body} may decide a {form} only for members of its own cell (Party Statute, Article 36).",
  "discipline.renewedOutside": "The new violation must be after the old one and not after the decision.",
  "discipline.timeBarred":
    "The limitation period has run out: the last day to decide was {lastDay} (Regulation 69-QĐ/TW; setting {setting}).",
  "discipline.alreadyDecided": "This proposal has already been decided.",
  "discipline.decidedBeforeProposal": "The decision date cannot be before the proposal ({date}).",
  "discipline.decidedInFuture": "The decision date cannot be after today.",
  "discipline.decisionTaken": "Decision number {decisionNo} is already used in {year} by this unit.",
  "discipline.postRequired": "A removal from post must name the post (Regulation 69-QĐ/TW, Article 7).",
  "discipline.complaintBeforeDecision": "The complaint date cannot be before the decision ({date}).",
  "discipline.complaintInFuture": "The complaint date cannot be after today.",
  "discipline.complaintLate":
    "The complaint is late: the last day was {lastDay}, {days} days after the decision was received (Party Statute, Article 39; setting {setting}).",
  "discipline.complaintNotDecided": "Only a decided discipline can be complained about.",
  "discipline.complaintPending": "The previous level's complaint is not resolved yet: the next level must wait.",
  "discipline.complaintAnnulled": "The decision was annulled on complaint: there is nothing left to complain about.",
  "discipline.noPendingComplaint": "No complaint is waiting to be resolved.",
  "discipline.resultBeforeComplaint": "The resolution date cannot be before the complaint ({date}).",
  "discipline.resultInFuture": "The resolution date cannot be after today.",
  "discipline.restorationNeedsDecision":
    "Annulling an expulsion needs the number of the resolving decision: the member is restored by it (Regulation 117-QĐ/TW).",
};
