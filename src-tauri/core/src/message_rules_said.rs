//! What the core says when it refuses something: the rules of the contact services, finalised
//! records, things not found (the data file's refusals are in `message_file.rs`). Each is a key
//! with its parameters (`Error::rule_said`, `Error::said`), so the UI says it in Welsh or
//! English; the CLI prints the English. A fixed text given to `Error::new` as English words (a
//! trigger's message) finds its key here by its English (`message::fixed`).

use crate::message::{messages, Msg};

messages! {
    // The documents the rules come from, named by their titles.
    EXPECTATION_STATEMENT: "core.source.expectationStatement",
        "Cafcass Cymru Expectation Statement: Child Contact Services";
    JFCAS_INTERVENTIONS: "core.source.jfcasInterventions", "JFCAS: Child contact interventions";
    CCI_AND_SPIP: "core.source.cciAndSpip",
        "Cafcass: Child Contact Interventions and the Separated Parents Information Programme";
    TYPES_OF_SERVICES: "core.source.typesOfServices",
        "Cafcass: Examples of types of child contact services";

    // Sessions of a referral (rules/sessions.rs, rules/hours.rs, store/sessions.rs).
    NOT_ACCEPTED: "core.rule.notAccepted",
        "Session {number} on {date} is recorded as held, but the centre has not accepted this \
         referral. Record the date the centre accepted it first, or leave the session as \
         scheduled.";
    INCIDENT_NOT_ON_SESSION_DAY: "core.rule.incidentNotOnSessionDay",
        "The incident is dated {date} but is linked to session {number}, which was on \
         {sessionDate}. Correct the incident's date, or link it to the session of that day or to \
         none.";
    HOURS_OVER_SHORTEN: "core.rule.hoursOverShorten",
        "This session would bring the total to {total} of the {allowed} allowed for this \
         referral ({others} already planned or used). Shorten it to {left} or less to fit, or ask \
         the referrer for a new referral.";
    HOURS_OVER_NONE_LEFT: "core.rule.hoursOverNoneLeft",
        "This session would bring the total to {total} of the {allowed} allowed for this \
         referral ({others} already planned or used). No time is left on it: ask the referrer for \
         a new referral.";
    TOTAL_OVER: "core.rule.totalOver",
        "The sessions of this referral add up to {total}, more than the {allowed} allowed for \
         {service} ({source}). Cancel or shorten sessions first.";
    SESSIONS_OVER: "core.rule.sessionsOver",
        "This referral would have {count} sessions, more than the {allowed} allowed for {service} \
         ({source}). Sessions someone did not attend count too. Cancel a session, or ask the \
         referrer for a new referral.";
    DECLINED_NO_SESSIONS: "core.rule.declinedNoSessions",
        "This referral was declined by the provider, so it has no sessions. Make a new referral \
         instead.";
    ATTENDED_NOT_CANCELLED: "core.rule.attendedNotCancelled",
        "People are recorded as arriving at this session, so it cannot be marked as cancelled. \
         Remove their attendance first if the session did not happen.";
    SESSIONS_NOT_DECLINED: "core.rule.sessionsNotDeclined",
        "Session {number} on {date} is planned or has taken place, so the referral cannot be \
         recorded as declined. Cancel its sessions first.";
    SESSION_AFTER_CEASED: "core.rule.sessionAfterCeased",
        "Contact ceased on {ceased}, but session {number} is on {date}. Cancel that session, or \
         change the date contact ceased.";

    // Who attends (rules/attendance.rs, store/referral_checks.rs, store/attendance.rs).
    NOT_PERMITTED: "core.rule.notPermitted",
        "Only the people named on the referral may attend its sessions ({source}), and {name} is \
         not named on it. The people who may attend are: {names}. To record {name}, add them to \
         the referral first.";
    NOT_PERMITTED_NONE: "core.rule.notPermittedNone",
        "Only the people named on the referral may attend its sessions ({source}), and {name} is \
         not named on it. No one is named on this referral yet. To record {name}, add them to the \
         referral first.";
    CANCELLED_NO_ATTENDANCE: "core.rule.cancelledNoAttendance",
        "This session was cancelled, so no one can be recorded as attending it. If it did take \
         place, change its status first.";
    ATTENDED_STAYS_NAMED_ONE: "core.rule.attendedStaysNamedOne",
        "{names} is recorded at sessions of this referral, so they must stay named on it.";
    ATTENDED_STAYS_NAMED_MANY: "core.rule.attendedStaysNamedMany",
        "{names} are recorded at sessions of this referral, so all of them must stay named on it.";
    ATTENDED_STAYS_ON_CASE: "core.rule.attendedStaysOnCase",
        "{name} is recorded at a session, so they cannot be removed from the case: the record of \
         who attended must stay whole.";
    NAMED_STAYS_ON_CASE: "core.rule.namedStaysOnCase",
        "{name} is named on a referral, so they cannot be removed from the case. Take them off the \
         referral first.";

    // SPIP (rules/spip.rs, model/record.rs).
    SPIP_NO_CHILDREN: "core.rule.spipNoChildren",
        "Children never attend SPIP ({source}): remove {names} from the people named on this \
         referral.";
    SPIP_CHILD_NOT_BOOKED: "core.rule.spipChildNotBooked",
        "Children never attend SPIP ({source}), so {name} cannot be booked into a SPIP session.";
    SPIP_TWICE: "core.rule.spipTwice",
        "{name} would be booked into two SPIP sessions ({first} and {second}). Each parent attends \
         one 4-hour SPIP session ({source}): cancel one of the two first.";
    SPIP_APART: "core.rule.spipApart",
        "{first} and {second} are separated parents in the same case, so they are never booked \
         into the same SPIP session ({source}). Book them into different sessions.";
    SPIP_NO_RECORD: "core.rule.spipNoRecord",
        "SPIP sessions have no record of contact: confirm attendance on the session instead.";

    // Records and reports (store/*.rs).
    SUPPORTED_NO_OBSERVED: "core.rule.supportedNoObserved",
        "A session of supported contact has no Record of Observed Contact: export the Record of \
         Supported Contact of its referral instead.";
    NO_LOG_PDF: "core.rule.noLogPdf",
        "A communications log cannot be exported as a PDF yet: only Records of Observed and \
         Supported Contact can.";
    ONLY_SUPERVISED_FINAL: "core.rule.onlySupervisedFinal",
        "Only supervised contact has a final Record of Observed Contact.";
    NO_SESSION_HELD_YET: "core.rule.noSessionHeldYet",
        "No session of this referral has taken place yet, so there is no final record to export.";
    SUPPORTED_FROM_REFERRAL: "core.rule.supportedFromReferral",
        "This is a session of supported contact: its Record of Supported Contact covers the whole \
         referral. Open it from the referral.";
    SUPPORTED_FINALISE_FROM_REFERRAL: "core.rule.supportedFinaliseFromReferral",
        "Sessions of supported contact share one Record of Supported Contact: finalise it from the \
         referral once contact has ceased.";
    ONLY_FINAL_ADDENDA: "core.rule.onlyFinalAddenda",
        "Only a finalised record takes addenda: edit the draft instead.";
    ONLY_SUPPORTED_KEEPS: "core.rule.onlySupportedKeeps",
        "Only supported contact keeps a Record of Supported Contact.";
    NO_OWN_REPORT: "core.rule.noOwnReport",
        "{service} makes no report to court of its own: its records are the report.";
    NO_REPORT_YET: "core.rule.noReportYet",
        "No report has been written for this referral yet. Open the referral and write it first.";
    WRITE_BEFORE_SIGNING: "core.rule.writeBeforeSigning",
        "Write the report before signing it: it has no draft yet.";
    STILL_SCHEDULED_REPORT: "core.rule.stillScheduledReport",
        "Session {number} is still scheduled: record whether it took place, was cancelled or was \
         not attended before signing the report.";
    STILL_SCHEDULED: "core.rule.stillScheduled",
        "Session {number} is still scheduled: record whether it took place, was cancelled or was \
         not attended first.";
    FINALISE_SESSIONS_FIRST: "core.rule.finaliseSessionsFirst",
        "Finalise the record of every session that took place first: session {numbers} is not \
         finalised.";
    ONLY_SIGNED_REPORT_ADDENDA: "core.rule.onlySignedReportAddenda",
        "Only a signed report takes addenda: edit the draft instead.";
    CEASED_BEFORE_FINAL: "core.rule.ceasedBeforeFinal",
        "Record the date contact ceased on the referral before signing its final record.";
    ONE_SUPPORTED_RECORD: "core.rule.oneSupportedRecord",
        "Supported contact keeps one Record of Supported Contact on the referral; other services \
         keep a record on each session.";
    SIGNED_DOES_NOT_VERIFY: "core.rule.signedDoesNotVerify", "The signed record does not verify.";
    NOT_SIGNED_NOT_SENT: "core.rule.notSignedNotSent",
        "{what} is not signed yet, so it cannot have been sent. Sign it first, then record that it \
         was sent.";
    SET_UP_SIGNER: "core.rule.setUpSigner",
        "Set up your name and role for signing first (Settings, Your signing key).";
    DIARY_BACKWARDS: "core.rule.diaryBackwards",
        "The diary's end date is before its start date. Give the earlier date first.";
    DIARY_TOO_LONG: "core.rule.diaryTooLong",
        "The diary can show at most {days} days at once. Choose a shorter period.";

    // Finalised records and signed reports (store/*.rs and the triggers of the migrations).
    RECORD_FINALISED_ON: "core.final.recordFinalisedOn",
        "This record was finalised on {date} and cannot be changed. Add an addendum instead.";
    RECORD_FINALISED: "core.final.recordFinalised",
        "This record was finalised and cannot be changed. Add an addendum instead.";
    REPORT_ALREADY_SIGNED: "core.final.reportAlreadySigned",
        "This report is already signed. Add an addendum instead.";
    FINAL_ALREADY_SIGNED: "core.final.finalAlreadySigned",
        "The final Record of Observed Contact of this referral is already signed. Add an addendum \
         to a session's record instead.";
    T_ADDENDUM_CHANGED: "core.final.addendumChanged",
        "An addendum to a finalised record cannot be changed. Add another addendum instead.";
    T_ADDENDUM_DELETED: "core.final.addendumDeleted",
        "An addendum to a finalised record cannot be deleted. Add another addendum instead.";
    T_REPORT_ADDENDUM_CHANGED: "core.final.reportAddendumChanged",
        "An addendum to a signed report cannot be changed. Add another addendum instead.";
    T_REPORT_ADDENDUM_DELETED: "core.final.reportAddendumDeleted",
        "An addendum to a signed report cannot be deleted. Add another addendum instead.";
    T_ONLY_SIGNED_REPORT_ADDENDA: "core.final.onlySignedReportAddenda",
        "Only a signed report takes addenda. Edit the draft instead.";
    T_SUPPORTED_NO_SESSION: "core.final.supportedNoSession",
        "The Record of Supported Contact of this referral is finalised, so no session can be \
         added to it. Make a new referral instead.";
    T_FINAL_NO_SESSION: "core.final.finalNoSession",
        "The final Record of Observed Contact of this referral is signed, so no session can be \
         added to it. Make a new referral instead.";
    T_FINAL_CHANGED: "core.final.finalChanged",
        "The final record of this referral is signed and cannot be changed.";
    T_FINAL_DELETED: "core.final.finalDeleted",
        "The final record of this referral is signed and cannot be deleted.";
    T_RECORD_CHANGED: "core.final.recordChanged",
        "This record is finalised and cannot be changed. Add an addendum instead.";
    T_RECORD_DELETED: "core.final.recordDeleted",
        "This record is finalised and cannot be deleted. Add an addendum instead.";
    T_REPORT_CHANGED: "core.final.reportChanged",
        "This report is signed and cannot be changed. Add an addendum instead.";
    T_REPORT_DELETED: "core.final.reportDeleted",
        "This report is signed and cannot be deleted. Add an addendum instead.";
    T_ATTENDANCE_FINAL: "core.final.attendanceFinal",
        "This session's record is finalised, so its attendance cannot be changed. Add an addendum \
         to the record instead.";
    T_SESSION_CHANGED: "core.final.sessionChanged",
        "This session's record is finalised, so the session cannot be changed. Add an addendum to \
         the record instead.";
    T_SESSION_DELETED: "core.final.sessionDeleted",
        "This session's record is finalised, so the session cannot be deleted. Add an addendum to \
         the record instead.";

    // Not found (Error::not_found) and the things it names.
    NOT_FOUND: "core.notFound",
        "{what} could not be found. It may have been removed; go back and try again.";
    THING_CASE: "core.thing.case", "That case";
    THING_REFERRAL: "core.thing.referral", "That referral";
    THING_SESSION: "core.thing.session", "That session";
    THING_RECORD: "core.thing.record", "That record";
    THING_REPORT: "core.thing.report", "That report";
    THING_ADDENDUM: "core.thing.addendum", "That addendum";
    THING_PERSON: "core.thing.person", "That person";
    THING_ADULT: "core.thing.adult", "That adult";
    THING_CHILD: "core.thing.child", "That child";
    THING_INCIDENT: "core.thing.incident", "That incident";
    THING_EXPORT: "core.thing.export", "That export";
    THING_SIGNER: "core.thing.signer", "That signer";
    THING_ATTENDANCE: "core.thing.attendance", "That attendance record";
    THING_CLOSURE_DAY: "core.thing.closureDay", "That closure day";

    // What was sent (model/sending.rs labels), said inside a sentence.
    SENT_SESSION_RECORD: "core.sent.sessionRecord", "The Record of Observed Contact";
    SENT_FINAL_RECORD: "core.sent.finalRecord", "The final Record of Observed Contact";
    SENT_SUPPORTED_RECORD: "core.sent.supportedRecord", "The Record of Supported Contact";
    SENT_FOLLOW_UP: "core.sent.followUp", "The written follow-up of an incident";
    SENT_REPORT: "core.sent.report", "The report";
}

/// The key of a thing `Error::not_found` names, when it has one.
pub fn thing(what: &str) -> Option<Msg> {
    [
        THING_CASE,
        THING_REFERRAL,
        THING_SESSION,
        THING_RECORD,
        THING_REPORT,
        THING_ADDENDUM,
        THING_PERSON,
        THING_ADULT,
        THING_CHILD,
        THING_INCIDENT,
        THING_EXPORT,
        THING_SIGNER,
        THING_ATTENDANCE,
        THING_CLOSURE_DAY,
    ]
    .into_iter()
    .find(|m| m.en.strip_prefix("That ") == Some(what))
}

/// The key of a sent item's name (`SentItemKind::label`), when it has one.
pub fn sent_item(what: &str) -> Option<Msg> {
    [
        SENT_SESSION_RECORD,
        SENT_FINAL_RECORD,
        SENT_SUPPORTED_RECORD,
        SENT_FOLLOW_UP,
        SENT_REPORT,
    ]
    .into_iter()
    .find(|m| m.en.strip_prefix("The ") == Some(what))
}

#[cfg(test)]
#[path = "message_rules_said_tests.rs"]
mod tests;
