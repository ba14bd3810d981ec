import { awardsEn } from "./awards.en";
import { badgesEn } from "./badges.en";
import { inspectionMessagesEn } from "./inspection-messages";
import { ratingsEn } from "./ratings.en";
import { reportsMessagesEn } from "./reports-messages";
/** English messages, used when the UI language is English. */
export const en: Record<string, string> = {
  notFound: "Not found, or you are not allowed to see it.",
  "route.notFound": "There is no such API route.",
  "auth.required": "You are not signed in, or your session has expired.",
  "auth.invalidCredentials":
    "Wrong username or password. After {failures} wrong passwords in a row, the account is locked for {minutes} minutes.",
  "auth.inactive": "The account is disabled. Contact an administrator.",
  "auth.csrf": "The request lacks its protection token (x-csrf-token). Reload the page and try again.",
  "auth.wrongPassword": "The current password is wrong.",
  "auth.tooManyRequests": "Too many requests. Try again in a few minutes.",
  "access.forbidden": "You are not allowed to do this.",
  "access.roleTooHigh": "You may only grant a role no higher than your own.",
  "validation.failed": "Invalid input: {details}",
  "request.tooLarge": "The request body is too large.",
  "request.malformed": "The request body is not valid JSON.",
  "job.interrupted": "The job stopped half-way (the server restarted); nothing was written. Please run it again.",
  "server.error":
    "A system error occurred. Nothing was changed; please try again. If it happens again, give the administrator the error code {requestId}.",
  "request.invalid": "The request is not valid.",
  "version.stale": "Someone else changed this record since you opened it. Reload and edit again.",
  "text.required": "must not be empty",
  "text.tooLong": "is too long",
  "date.format": "must be a date as YYYY-MM-DD",
  "date.invalid": "is not a real date",
  "date.outOfRange": "must be between the years 1900 and 2100",
  "text.invalidChars": "contains characters that are not allowed (NUL or a broken Unicode character)",
  "id.invalid": "is not a valid id",
  "field.required": "is required",
  "field.invalidType": "has the wrong type",
  "field.invalidValue": "has an invalid value",
  "field.tooSmall": "is too small or too few",
  "field.tooBig": "is too large or too many",
  "field.unknown": "is not allowed",
  "user.usernameFormat": "lower-case letters, digits, dot, dash; 3–40 characters",
  "user.passwordTooShort": "at least 8 characters",
  "user.usernameTaken": 'The username "{username}" is taken.',
  "user.grantExists": "The user already has this role at this unit.",
  "user.cannotDeactivateSelf": "You cannot disable your own account.",
  "report.unknownIndicator": 'There is no report indicator "{id}".',
  "period.reversed": "must not be before the start date",
  "org.parentRequired": "A unit must have a parent unit.",
  "org.parentTypeNotAllowed": "A {childType} cannot be placed under a {parentType}.",
  "org.dissolved": 'The unit "{name}" was dissolved on {date}.',
  "org.dateBeforeExistence": 'The effective date {date} is before "{name}" was established ({since}).',
  "org.dateBeforeLastChange":
    'The effective date {date} is before the last change of "{name}" ({since}); history is not rewritten.',
  "org.dateInFuture": "The effective date cannot be after today.",
  "org.cycle": '"{name}" cannot be moved into itself or into one of its own units.',
  "org.sameParent": "The unit is already under this parent.",
  "org.mergeIntoSelf": "A unit cannot be merged into itself.",
  "org.mergeIntoDescendant": "A unit cannot be merged into one of its own units.",
  "org.hasChildren": "The unit still has {count} active units under it; move or dissolve them first.",
  "org.hasMembers": "The unit still has {count} active members; transfer them first.",
  "org.rootImmutable": "The top unit cannot be moved, merged or dissolved.",
  "org.splitChildNotUnder": 'A unit to split off must be directly under "{name}".',
  "org.splitChildTwice": "A child unit can go to only one part.",
  "org.noChange": "Nothing to change.",
  "org.termOverlap": 'The term overlaps the term "{name}".',
  "org.endBeforeStart": "The end date must be after the start date.",
  "org.noInspectionCommittee": "Only a grassroots committee or higher has an inspection committee.",
  "org.noStandingCommittee": "Only a grassroots committee or higher has a standing committee.",
  "org.seatNeedsMember": "Choose a member of the cell to hold this position.",
  "org.seatNeedsHolder": "Enter the holder's name or choose a member.",
  "org.seatHolderNotInUnit": "The person chosen was not a member of {unit} on {date}.",
  "org.seatHolderNotFull":
    "A probationary member may not stand for a party committee (Party Charter, Art. 3): only a full member can hold this position.",
  "org.seatHolderTwice": "{name} already holds the position of {kind} in this unit.",
  "org.oneSecretary":
    "{unit} already has a secretary ({name}) in this period. End that position before recording a new one.",
  "org.oneDeputy": "A cell elects one deputy secretary (rules implementing the Party Charter, item 24).",
  "org.cellCommitteeTooSmall":
    "The cell had {count} full members on {date}: only a cell with {threshold} or more full members elects a cell committee.",
  "org.cellCommitteeFull": "The cell committee already has {max} members, the most allowed.",
  "org.positionEnded": "This position has already ended.",
  "org.warn.fewFullMembers":
    "The cell has {count} full members, below the minimum of {min} (Party Charter, Art. 21, 24).",
  "org.warn.needsCellCommittee":
    "The cell has {count} full members ({threshold} or more): it must elect a cell committee.",
  "member.citizenIdFormat": "must be exactly 12 digits",
  "member.phoneFormat": "is not a valid phone number",
  "member.citizenIdTaken": "Citizen ID {citizenId} is already on another member's record.",
  "member.cardTaken": "Party card {cardNumber} was already issued to someone else.",
  "member.dateInFuture": "The date cannot be after today.",
  "member.eventOutOfOrder": "The date is before the latest event ({date}); record events in order.",
  "member.deceased": "The member has died; no more events can be recorded.",
  "member.hasLeft": "This person is no longer on the member list.",
  "member.notYetAdmitted": "This person has not been admitted to the Party.",
  "member.wrongStatus": "This event does not apply to the member's current status.",
  "member.courseRequired": "The Party-awareness course certificate is needed before admission.",
  "member.age.tooYoung": "A new member must be at least {min} (counted in months) when the cell considers the case.",
  "member.age.tooOld":
    "The applicant is over {max} (counted in months) when the cell considers the case: admission is for the party committee directly under the Centre (provincial committee or equivalent) to decide (rules implementing the Party Charter, item 1). Enter the number of that committee's written approval.",
  "member.ceremonyBeforeDecision": "The ceremony cannot be before the admission decision.",
  "member.ceremonyLate":
    "The ceremony must be held within {days} working days of the day the cell received the decision (by {date}); later needs the upper committee's approval number.",
  "member.ceremonyAlreadyHeld": "The ceremony was held on {date}.",
  "member.ceremonyRequired": "The ceremony date is missing; probation counts from it.",
  "member.probationNotOver": "The 12 months of probation end on {date}; full membership cannot be decided before.",
  "member.openTransfer": "The member already has a transfer that is not complete.",
  "member.alreadyTemporary": "The member is already in temporary activity elsewhere.",
  "member.transferTarget": "Choose the receiving unit, or name the party organisation outside.",
  "member.transferToSame": "The receiving unit is the member's current unit.",
  "member.transferTargetNotCell": "Members belong to cells; choose a cell.",
  "member.temporaryReturnRequired": "A temporary transfer needs the expected date of return.",
  "member.temporaryTooShort":
    "Temporary activity elsewhere lasts {months} months or more (return from {date}); for a shorter stay the member stays active in their own cell.",
  "member.temporaryTooLong":
    "Work or a change of residence of {months} months or more (return from {date}) is an official transfer, not a temporary one.",
  "member.temporaryStudyTooLong":
    "Full-time study allows temporary activity for at most {months} months (return by {date}).",
  "member.receiverOnly":
    "The receiving cell records only the reception of a member coming to it; other events are recorded by the cell the member belongs to.",
  "member.noOpenTransfer": "No transfer is waiting to be received.",
  "member.notTemporary": "The member is not in temporary activity elsewhere.",
  "member.alreadyExempt": "The member is already exempt from party work and activity.",
  "member.notExempt": "The member is not exempt.",
  "member.notReadmittable": "Only someone struck off, expelled or resigned can be re-admitted.",
  "member.notRestorable":
    "Membership can be restored only for someone expelled or struck off whom the competent body found wrongly so on complaint.",
  "member.helperNotFull": "The helper must be a full member.",
  "member.unitNotCell": "Members belong to cells; choose a cell.",
  "member.statusNeedsAdmission": "A probationary or full member needs the admission decision date.",
  "member.fullNeedsDate": "A full member needs the full-membership date.",
  "member.cardOnlyFull": "Only full members hold a party card.",
  "member.birthDateRange": "is not a plausible birth date",
  "member.courseExpired":
    "The Party-awareness course certificate (issued {completed}) is more than {months} months old when the cell considers the case; the course must be taken again (the period is the committee's setting).",
  "member.ceremonyBeforeReceipt": "The ceremony cannot be before the day the cell received the admission decision.",
  "member.receivedBeforeDecision": "The day the cell received the decision cannot be before the decision was signed.",
  "member.disciplineProbationary":
    "A probationary member can only be reprimanded or warned, not dismissed from a post (Regulation 69-QĐ/TW, Art. 7): choose a reprimand or a warning.",
  "member.expulsionProbationary":
    "A probationary member can only be reprimanded or warned, not expelled (Regulation 69-QĐ/TW, Art. 7). If they do not qualify, the cell proposes striking them off the list of probationary members.",
  "member.education.unknown":
    "The record gives no readable general education (such as 9/12 or 12/12); correct the record before admission.",
  "member.education.tooLow":
    "An applicant must have finished lower-secondary school (rules implementing the Party Charter, item 1); the record says {education}. For mountain, island, ethnic-minority or especially disadvantaged areas, choose the exception.",
  "member.education.belowException":
    "The record says {education}: below the minimum the committee set for this exception.",
  "member.introducer.missing":
    "An applicant needs {count} full members to introduce them, or one full member and the resolution of the youth union's (trade union's) grassroots committee (Party Charter, Art. 4).",
  "member.introducer.notFull":
    "{name} was not a full member when the cell considered the case and cannot introduce an applicant.",
  "member.introducer.tooShort":
    "{name} must have worked, studied or lived alongside the applicant for at least {months} months when the cell considers the case (rules implementing the Party Charter, item 3.2).",
  "member.introducer.twice": "{name} is already an introducer; choose a different second one.",
  "member.introducer.self": "An applicant cannot introduce themselves.",
  "member.readmission.onlyOnce":
    "A person is re-admitted to the Party only once (294-QĐ/TW, item 3.5); this person was re-admitted before.",
  "member.readmission.tooSoon":
    "Re-admission is considered only {months} months after leaving the Party ({exited}), that is from {date} (294-QĐ/TW, item 3.5.1).",
  "member.readmission.tooSoonAfterRecord":
    "After a conviction for a less serious crime, re-admission is considered only {months} months after the record was cleared, that is from {date} (294-QĐ/TW, item 3.5.1).",
  "member.readmission.recordClearedRequired": "Enter the day the criminal record was cleared.",
  "member.readmission.groundMismatch":
    'The ground does not match the exit recorded: only someone who asked to leave can have "asked to leave" as the ground.',
  "member.readmission.excluded.gave_up_activity":
    "Someone who left by giving up party activity is not re-admitted (294-QĐ/TW, item 3.5.2).",
  "member.readmission.excluded.resigned":
    "Someone who asked to leave the Party is not re-admitted, unless for especially hard family circumstances (294-QĐ/TW, item 3.5.2).",
  "member.readmission.excluded.disunity":
    "Someone who left for causing serious internal disunity is not re-admitted (294-QĐ/TW, item 3.5.2).",
  "member.readmission.excluded.corruption":
    "Someone convicted of corruption is not re-admitted (294-QĐ/TW, item 3.5.2).",
  "member.readmission.excluded.serious_crime":
    "Someone convicted of a serious or graver crime is not re-admitted (294-QĐ/TW, item 3.5.2).",
  "member.readmission.excluded.minor_crime":
    "By the committee's setting, someone convicted of a less serious crime is not re-admitted.",
  "member.readmission.excluded.resigned_family_hardship":
    "By the committee's setting, someone who asked to leave for family hardship is not re-admitted.",
  "member.readmission.excluded.other": "By the committee's setting, this case is not re-admitted.",
  "member.cardFormat": "The party card number does not have the shape the committee set (for example {example}).",
  "member.paper.tooYoung": "Under {min} (counted in months) at the admission decision.",
  "member.paper.tooOld":
    "Over {max} at the admission decision; this needs the approval of the committee directly under the Centre.",
  "member.paper.fullTooEarly": "Full membership is dated before the 12 months of probation ended ({ends}).",
  "member.paper.irregular":
    'The record breaks the rules in {count} places (marked fields). If the paper record says so, give the reason in "Why this record breaks the rules" and save again.',
  "member.paper.notIrregular": "Nothing in the record breaks the rules; no reason for an exception is needed.",
  "import.irregularHint":
    '{message} If the old record says so, enter this person alone with the "Add" button and give the reason.',
  "xlsx.invalid": "The file is not a valid Excel .xlsx file.",
  "xlsx.tooLarge": "The Excel file unpacks to more than {max} MB, more than allowed. Split it into smaller files.",
  "xlsx.tooManyCells": "The Excel file has more than {max} cells, more than allowed. Split it into smaller files.",
  "xlsx.textTooLong": "The Excel file has a cell with too much text (Excel itself allows 32,767 characters per cell).",
  "import.notXlsx": "The file is not a valid Excel .xlsx file.",
  "import.tooLarge": "The file is too large (at most {max} MB).",
  "import.tooManyRows": "The file has too many rows (at most {max}).",
  "import.noFile": "No file was chosen.",
  "import.noSheet": 'The sheet "Đảng viên" is missing.',
  "import.hasErrors": "The file has {count} errors; nothing was imported. Fix them as reported and import again.",
  "import.formula": "the cell holds a formula; paste the value",
  "import.missingColumn": 'The header row lacks the column "{column}".',
  "import.duplicateInFile": "same citizen ID as row {row}",
  "import.duplicateInDb": "citizen ID already on a member's record",
  "import.unitUnknown": "no such cell in your scope",
  "import.badDate": "dates must be written dd/mm/yyyy",
  "import.badValue": "invalid value",
  "import.required": "is required",
  "reminder.probation_due":
    "{name}: 12 months of probation end on {ends}; the cell must decide on full membership by {date}.",
  "reminder.probation_overdue": "{name}: the full-membership decision is overdue (deadline {date}).",
  "reminder.ceremony_overdue": "{name}: the admission ceremony is not held yet; deadline {date}.",
  "reminder.badge_due": "{name}: reaches {years} years of party age for the badge award of {date}.",
  "reminder.transfer_overdue": "{name}: the transfer letter expires on {date} and has not been received.",
  "reminder.temporary_return_due": "{name}: temporary activity elsewhere ended on {date}.",
  "reminder.transfer_incoming":
    "{name}: introduced for {kind} party activity in {unit}; when the member presents the letter, the receiving cell records the reception (by {date}).",
  "reminder.transferKind.official": "official",
  "reminder.transferKind.temporary": "temporary",
  "reminder.retirement_transfer":
    "{name}: reaches retirement age on {reached}; on retiring, the cell starts the official transfer to the party organisation where they live within {days} working days (by {date}).",
  "reminder.cell_too_small": "The cell has only {count} full members, below the minimum of {min}.",
  "reminder.strike_off_absence":
    "{name}: absent from party activity without reason in {count} months of {year} (months {months}); the cell considers proposing to the competent committee to strike them off (Party Charter, Art. 8).",
  "import.unrealDate": "no such date ({value})",
  "meeting.cellOnly": "Cell meetings are held in cells; for other units choose a committee meeting.",
  "meeting.carriedTask": "Review: {title} (owner: {owner})",
  "meeting.closed": "The meeting is closed; reopen it to change anything.",
  "meeting.notClosed": "The meeting is not closed.",
  "meeting.notInCell": "This person is not on the cell's member list.",
  "meeting.memberAway":
    "This member is in temporary activity in another cell; their attendance is marked there, not here.",
  "meeting.ownerNotInCell": "The person in charge must be a member on the cell's list.",
  "meeting.voteTooLarge": "More ballots than full members present ({present}).",
  "meeting.belowQuorum":
    "{present}/{total} full members present, below the {threshold} the committee set. This warning level is the committee's own setting, not a rule of the Party Charter.",
  "meeting.noTemplate": "No meeting scoring template applies on the meeting's date.",
  "meeting.scoreOutOfTemplate":
    "The points do not fit the scoring template (missing or unknown criteria, or above the maximum).",
  "meeting.notYet": "The meeting takes place on {date}; attendance, minutes, score and closing open on that day.",
  "meeting.endBeforeStart": "The end time must be after the start ({start}).",
  "meeting.minutesMissing": "Write the minutes (chair, secretary) before closing the meeting.",
  "meeting.checkinThrottled":
    "You entered a wrong check-in code {max} times. Wait {minutes} minutes and try again, or ask the cell secretary to mark you present.",
  "meeting.checkinCodeWrong": "Wrong or expired check-in code; type the code on display.",
  "meeting.checkinCodeFormat": "a 6-digit code",
  "meeting.documentMissing": "Choose a file to attach; an empty file is not accepted.",
  "meeting.documentTooLarge": "The file is too large (at most {max} MB).",
  "meeting.documentType":
    "Only PDF, Word (.docx, .doc), Excel (.xlsx) or picture (.jpg, .png) files are accepted, and the content must match the extension.",
  "residence.notMember": "{name} is not a party member (probationary or full), so has no residence registration.",
  "residence.dateInFuture": "The date cannot be after today.",
  "residence.activeExists":
    "The member already has a residence registration in force. End it before registering a new place.",
  "residence.alreadyEnded": "This residence registration has already ended.",
  "residence.endBeforeStart": "The end date cannot be before the registration date.",
  "residence.noRegistration": "The member has no residence registration, so no comment can be requested.",
  "residence.notIntroduced":
    "The member is not introduced to a place of residence (HD 33-HD/BTCTW), so no residence comment is requested.",
  "residence.exemptNeedsReason":
    "A member exempt from residence activity is asked for comments only when needed (HD 33-HD/BTCTW); give the reason.",
  "residence.dueInPast": "The due date cannot be before today.",
  "residence.alreadyReceived": "The {year} comment on this member has already been received.",
  "residence.requestOpen": "A {year} comment request is already waiting and its link is still valid.",
  "residence.linkUnknown": "This comment link is not valid. Check the link you received.",
  "residence.linkUsed": "This link has already been used to send a comment; each link works only once.",
  "residence.linkExpired": "This link has expired. Ask the member's workplace cell for a new link.",
  "residence.scanTooLarge": "The scan file is too large (at most {max} MB).",
  "residence.scanType": "The scan must be a PDF, JPG or PNG file.",
  "residence.linkIncomplete":
    "The link is incomplete: about {missing} characters are missing at its end, usually cut off when it was copied or sent in a message. Open the full link again, scan the QR code on the letter, or go to /nx and type the 10-character code printed on the letter.",
  "residence.codeLength":
    "A comment code has 10 characters (letters and digits); you typed {length}. Check the code printed on the letter.",
  "residence.codeChars": "Comment codes have no character {chars}. Check the code printed on the letter.",
  "residence.codeUnknown":
    "No letter has this code. Check each character of the code printed on the letter, or ask the member's workplace cell.",
  "residence.notACell": "Comments for a whole cell are asked one cell at a time; {name} is not a cell.",
  "member.noTransferToPrint": "{name} has no transfer of party activity, so there is no letter to print.",
  "upload.notMultipart": "Send the file with an upload form (multipart/form-data).",
  "upload.unexpectedField": "The form has a field that is not accepted: {name}.",
  "upload.unexpectedFile": "The form takes one file, in the field {name}.",
  "upload.malformed": "The upload form is broken or incomplete; please try again.",
  "residence.invalidComment": "The comment form is not valid; check the marked fields.",
  "handbook.notLinked": "This account is not linked to a member's record; tell your cell secretary.",
  "meeting.alert.noRegular": "No regular meeting in {month}.",
  "meeting.alert.noThematic": "No thematic meeting this quarter (at least one a quarter).",
  "meeting.alert.excusedStreak": "{name} was absent with a reason from {count} meetings in a row (more than {max}).",
  "meeting.alert.unexcusedMonths":
    "{name} was absent without reason in {count} months of {year} (months {months}): the cell considers proposing to strike them off.",
  "meeting.criterionKey": "criterion keys are lower-case letters, digits and underscores",
  "meeting.criterionDuplicate": "Two criteria share a key.",
  "meeting.levelsIncomplete": "All four levels are needed: good, fair, average, poor.",
  "meeting.templateDateTaken": "A scoring template already applies from this date.",
  "meeting.timeFormat": "time as HH:mm",
  "meeting.yearAlreadyPlanned": "Every remaining month of {year} already has a regular meeting planned.",
  ...ratingsEn,
  ...badgesEn,
  ...awardsEn,
  ...inspectionMessagesEn,
  ...reportsMessagesEn,
};
