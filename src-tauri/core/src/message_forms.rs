//! The fixed sentences the forms' checks give as English words (`Problems::add(field, "...")`,
//! `not_before(..)`): each finds its key here by its English (`message::fixed`), so the call
//! sites stay as they are and the UI says them in the chosen language. A test in
//! `message_forms_tests.rs` fails for a new sentence that has no line here.

use crate::message::{messages, Msg};

messages! {
    SOME_ANSWERS: "core.form.someAnswers",
        "There is a problem with some of the answers. Check the highlighted fields.";
    PASSPHRASE_WEAK: "core.form.passphraseWeak",
        "Choose a passphrase of at least {min} characters that is not just one letter repeated; \
         three or four random words are easy to remember and hard to guess.";
    PASSPHRASES_DIFFER: "core.form.passphrasesDiffer",
        "The two passphrases are not the same. Type it again in both fields.";
    CASE_NUMBER_TAKEN: "core.form.caseNumberTaken",
        "A case with court case number {number} already exists. Open that case, or check the \
         number";
    PERMITTED_OF_CASE: "core.form.permittedOfCase",
        "Choose the people who may attend from this case's children and adults";
    SENT_BEFORE_ANSWER: "core.form.sentBeforeAnswer",
        "The referral must have been sent on or before {date}, when the provider had it";

    // Sessions and attendance (model/session.rs).
    SESSION_LENGTH: "core.form.sessionLength", "Enter a length from 15 minutes to 12 hours";
    BY_MIDNIGHT: "core.form.byMidnight",
        "The session must end by midnight: shorten it or start earlier";
    FUTURE_NOT_HELD: "core.form.futureNotHeld",
        "A session in the future cannot have taken place yet: keep it as scheduled";
    WHO_CANCELLED: "core.form.whoCancelled", "Choose who cancelled the session";
    WHY_CANCELLED: "core.form.whyCancelled", "Enter why the session was cancelled";
    DEPARTURE_AFTER_ARRIVAL: "core.form.departureAfterArrival",
        "The departure time must be after the arrival time";

    // Referrals and their dates (model/referral.rs, model/referral_dates.rs).
    PROVIDER_EMAIL: "core.form.providerEmail",
        "Enter the provider's email address in the correct format, like name@example.org";
    PLANNED_SESSIONS: "core.form.plannedSessions",
        "Enter the number of sessions planned, from 1 to 100";
    SEND_FIRST: "core.form.sendFirst",
        "Send the referral first: this date can only be recorded once it has been sent";
    ACCEPTED_OR_DECLINED: "core.form.acceptedOrDeclined",
        "A referral is either accepted or declined: clear one of the two dates";
    ACCEPTED_BEFORE_STARTED: "core.form.acceptedBeforeStarted",
        "Record when the provider accepted the referral before recording when contact started";
    ACCEPTED_BEFORE_CEASED: "core.form.acceptedBeforeCeased",
        "Record when the provider accepted the referral before recording when contact ceased";
    RECEIVED_AFTER_SENT: "core.form.receivedAfterSent",
        "The date received must be on or after the date the referral was sent";
    ANSWER_AFTER_RECEIVED: "core.form.answerAfterReceived",
        "The provider's answer must be on or after the date it received the referral";
    STARTED_AFTER_ACCEPTED: "core.form.startedAfterAccepted",
        "Contact must start on or after the date the referral was accepted";
    CEASED_AFTER_STARTED: "core.form.ceasedAfterStarted",
        "Contact must cease on or after the date it started";
    REVIEW_AFTER_STARTED: "core.form.reviewAfterStarted",
        "The review must be on or after the date contact started";

    // Incidents (model/incident.rs).
    WHAT_HAPPENED: "core.form.whatHappened", "Enter what happened";
    REPORTED_BEFORE_FOLLOW_UP: "core.form.reportedBeforeFollowUp",
        "Record when it was reported before recording the written follow-up";
    NOT_BEFORE_IT_HAPPENED: "core.form.notBeforeItHappened",
        "This must be on or after the date it happened";
    REPORTED_AFTER_HAPPENED: "core.form.reportedAfterHappened",
        "It cannot have been reported before it happened: check the dates";
    FOLLOW_UP_AFTER_REPORTED: "core.form.followUpAfterReported",
        "The written follow-up must be on or after the date it was reported";
    WHO_AT_POLICE: "core.form.whoAtPolice", "Enter who at the police was told";
    WHO_AT_SOCIAL_SERVICES: "core.form.whoAtSocialServices",
        "Enter who at social services was told";
    DATE_POLICE: "core.form.datePolice", "Enter the date the police were told";
    DATE_SOCIAL_SERVICES: "core.form.dateSocialServices",
        "Enter the date social services were told";

    // People (model/person.rs).
    BIRTH_NOT_FUTURE: "core.form.birthNotFuture", "Date of birth must be today or in the past";
    BIRTH_AFTER_1900: "core.form.birthAfter1900", "Date of birth must be after 1 January 1900";
    ENTER_BIRTH: "core.form.enterBirth", "Enter the child's date of birth";
    BIRTH_REAL: "core.form.birthReal", "Date of birth must be a real date";
    BIRTH_FORMAT: "core.form.birthFormat",
        "Enter the date of birth as day, month and year, for example 27/03/2019";

    // Addenda, sending, the signing key (model/record.rs, model/sending.rs, store/signer.rs).
    ADDENDUM_WHY: "core.form.addendumWhy", "Say why the addendum is needed";
    ADDENDUM_TEXT: "core.form.addendumText", "Enter the text of the addendum";
    ADDENDUM_NAME: "core.form.addendumName", "Enter your name to sign the addendum";
    ADDENDUM_ROLE: "core.form.addendumRole", "Enter your role to sign the addendum";
    PARTY_NAME: "core.form.partyName", "Enter the name of the party it was sent to";
    SIGNER_NAME: "core.form.signerName", "Enter your name: it is printed beside your signature";
    SIGNER_ROLE: "core.form.signerRole", "Enter your role, for example Contact supervisor";

    // Reports to court (model/court_report.rs, store/court_reports.rs).
    SECTION_NOT_HERE: "core.report.sectionNotHere",
        "this section does not belong in this kind of report";
    SECTION_TWICE: "core.report.sectionTwice", "this section is given twice";
    ONLY_CCI_WORK: "core.report.onlyCciWork", "only a CCI report lists the kinds of work done";
    DELIVERED_OR_WITHHELD: "core.report.deliveredOrWithheld",
        "a communication is either delivered or withheld, not both";
    WHY_WITHHELD: "core.report.whyWithheld", "say why the communication was withheld";
    NOT_BEFORE_ARRIVED: "core.report.notBeforeArrived",
        "a communication cannot be checked or passed on before it arrived";
    WORK_DONE: "core.report.workDone", "say which kinds of work were done";
    RECOMMENDATION: "core.report.recommendation",
        "choose at least one recommendation (or no contact)";
    LOG_EMPTY: "core.report.logEmpty", "the log has no entries yet";
    WHICH_SESSION: "core.report.whichSession",
        "say which session the words or observation come from";

    // Refusals a store method gives as one field's error (FieldError::said).
    SUPPORTED_NO_OBSERVATIONS: "core.form.supportedNoObservations",
        "A Record of Supported Contact holds attendance only: the dates and times of each session \
         and who came and went. Supported centres report nothing about what happened inside a \
         session unless a risk arises; record that as an incident instead.";
    RECORD_TOO_LONG: "core.form.recordTooLong",
        "This record is too long to save (over 1 MB of text). Shorten it, or check that nothing \
         was pasted by mistake.";
    CHILD_NOT_NAMED: "core.form.childNotNamed",
        "Observations can only be about children named on the referral.";
    IDLE_CHOICES: "core.form.idleChoices", "Choose 5, 10, 15 or 30 minutes.";
    CLOSURE_DAY_TAKEN: "core.form.closureDayTaken", "{date} is already a closure day";
    SESSION_OF_CASE: "core.form.sessionOfCase", "Choose a session of this case, or none";
    REFERRAL_OF_CASE: "core.form.referralOfCase", "Choose a referral of this case, or none";
    SESSION_OF_REFERRAL: "core.form.sessionOfReferral",
        "Choose a session of the chosen referral, or none";
}

#[cfg(test)]
#[path = "message_forms_tests.rs"]
mod tests;
