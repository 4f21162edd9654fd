//! The names of form fields as the field checks say them ("the session date", "The venue"), and
//! the whole "enter this" messages of required fields, each with a key for the UI's catalogue.
//! The field checks are given these English texts and find the key here; a text not listed
//! stays an English-only message until a line is added below (and its Welsh in cy-core.ts).

use crate::message::{messages, Msg};

messages! {
    // Lower case: said inside a sentence ("Enter the session date").
    ARRIVAL_TIME: "core.what.arrivalTime", "the arrival time";
    DEPARTURE_TIME: "core.what.departureTime", "the departure time";
    CONTACT_CEASED: "core.what.contactCeased", "the date contact ceased";
    CONTACT_STARTED: "core.what.contactStarted", "the date contact started";
    IT_HAPPENED: "core.what.itHappened", "the date it happened";
    IT_WAS_REPORTED: "core.what.itWasReported", "the date it was reported";
    CLOSURE_DATE: "core.what.closureDate", "the date of the closure";
    RISK_ASSESSED_ON: "core.what.riskAssessedOn", "the date of the risk assessment";
    REVIEWED_ON: "core.what.reviewedOn", "the date progress was reviewed";
    REMOTE_ASSESSED_ON: "core.what.remoteAssessedOn",
        "the date remote contact was assessed as suitable";
    DATE_SENT: "core.what.dateSent", "the date sent";
    IT_WAS_SENT: "core.what.itWasSent", "the date it was sent";
    RECEIVED_ON: "core.what.receivedOn", "the date the provider received the referral";
    ACCEPTED_ON: "core.what.acceptedOn", "the date the referral was accepted";
    DECLINED_ON: "core.what.declinedOn", "the date the referral was declined";
    REFERRAL_SENT_ON: "core.what.referralSentOn", "the date the referral was sent";
    FOLLOW_UP_SENT_ON: "core.what.followUpSentOn", "the date the written follow-up was sent";
    SESSION_DATE: "core.what.sessionDate", "the session date";
    START_TIME_WHAT: "core.what.startTime", "the start time";
    TIME_IT_HAPPENED: "core.what.timeItHappened", "the time it happened";

    // As a sentence begins ("The venue must be ... characters or fewer").
    ADVISER_NAME: "core.label.adviserName", "Adviser's name";
    CAFCASS_NUMBER: "core.label.cafcassNumber", "Cafcass number";
    CONTACT_DETAILS: "core.label.contactDetails", "Contact details";
    NEEDS: "core.label.needs", "Needs";
    NOTES: "core.label.notes", "Notes";
    THE_NOTES: "core.label.theNotes", "The notes";
    ADDRESS: "core.label.address", "The address";
    ADULT_NAME: "core.label.adultName", "The adult's name";
    CASE_NAME: "core.label.caseName", "The case name";
    CHILD_NAME: "core.label.childName", "The child's name";
    CHILD_RESPONSE: "core.label.childResponse", "The child's response";
    COURT: "core.label.court", "The court";
    COURT_CASE_NUMBER: "core.label.courtCaseNumber", "The court case number";
    DATE: "core.label.date", "The date";
    EMAIL: "core.label.email", "The email address";
    END_TIME: "core.label.endTime", "The end time";
    NAME: "core.label.name", "The name";
    OBSERVATIONS: "core.label.observations", "The observations";
    PARENTS_RESPONSE: "core.label.parentsResponse", "The parents' response";
    PEOPLE_INVOLVED: "core.label.peopleInvolved", "The people involved";
    PROVIDER_NAME: "core.label.providerName", "The provider's name";
    QUOTE: "core.label.quote", "The quote";
    REASON: "core.label.reason", "The reason";
    REF: "core.label.ref", "The ref";
    RESPONSE: "core.label.response", "The response";
    RISK_ASSESSMENT: "core.label.riskAssessment", "The risk assessment";
    SESSION_PLAN: "core.label.sessionPlan", "The session plan";
    START_TIME: "core.label.startTime", "The start time";
    SUPERVISOR_NAME: "core.label.supervisorName", "The supervisor's name";
    TEXT: "core.label.text", "The text";
    TIME: "core.label.time", "The time";
    VENUE: "core.label.venue", "The venue";
    WHAT_HAPPENED: "core.label.whatHappened", "What happened";
    WHAT_IT_WAS: "core.label.whatItWas", "What it was";
    WHAT_WAS_DONE: "core.label.whatWasDone", "What was done";
    BROUGHT_BY: "core.label.broughtBy", "Who brought the child";
    BY_WHOM: "core.label.byWhom", "Who it was";
    WHY: "core.label.why", "Why";
    YOUR_NAME: "core.label.yourName", "Your name";
    YOUR_ROLE: "core.label.yourRole", "Your role";
    AIM: "core.label.aim", "The aim";
    ARRIVAL: "core.label.arrival", "The arrival and greeting";
    ENGAGEMENT: "core.label.engagement", "The adult's engagement";
    PHYSICAL: "core.label.physical", "Physical contact, gifts, food, photos and phones";
    CONVERSATION: "core.label.conversation", "Conversation about the case";
    CONCERNS: "core.label.concerns", "Concerns and safeguarding";
    ENDING: "core.label.ending", "The ending and handover";
    SUMMARY: "core.label.summary", "The summary";
    REFLECTIONS: "core.label.reflections", "The worker's reflections";

    // Whole messages for required fields.
    DESCRIBE_ENDING: "core.required.ending", "Describe the ending and handover";
    ENTER_ADULT_NAME: "core.required.adultName", "Enter the adult's full name";
    ENTER_CASE_NAME: "core.required.caseName",
        "Enter the case name, for example Re: A and B (children)";
    ENTER_CHILD_NAME: "core.required.childName", "Enter the child's full name";
    ENTER_COURT_CASE_NUMBER: "core.required.courtCaseNumber", "Enter the court case number";
    ENTER_COURT: "core.required.court", "Enter the court hearing the case";
    ENTER_SIGNER_NAME: "core.required.signerName", "Enter your name to sign the record";
    ENTER_SIGNER_ROLE: "core.required.signerRole", "Enter your role to sign the record";
    WRITE_SUMMARY: "core.required.summary", "Write the summary";
    WRITE_AIM: "core.required.aim",
        "Write the aim of the session and any observation requirements";
    DESCRIBE_ARRIVAL: "core.required.arrival", "Describe the arrival and greeting";
    DESCRIBE_ENGAGEMENT: "core.required.engagement",
        "Describe the adult's engagement with the child";

    // Rules (issue 14): the consultation with the duty FCA/FCSW.
    DUTY_CONSULTED_ON: "core.what.dutyConsultedOn", "the date the duty FCA/FCSW was consulted";
    ENTER_DUTY_OFFICER: "core.required.dutyOfficer",
        "Enter the name of the duty FCA/FCSW who was consulted";
    // Rules (issue 14): supported contact's pre-contact assessment.
    PRE_CONTACT_ON: "core.what.preContactOn", "the date of the pre-contact assessment";
    ENTER_PRE_CONTACT_BY: "core.required.preContactBy",
        "Enter who held the pre-contact assessment";
    // Rules (issue 14): what remote suitability was assessed on.
    REMOTE_DISCUSSED: "core.label.remoteDiscussed", "What was discussed";
    REMOTE_LIMITATIONS: "core.label.remoteLimitations", "The limitations explained";
    REMOTE_FEEDBACK: "core.label.remoteFeedback", "The feedback arrangements";
}

/// Every field name and required-field message above.
pub const LABELS: &[Msg] = TEMPLATES;

/// The keyed text whose English is exactly `en`.
pub fn by_english(en: &str) -> Option<Msg> {
    LABELS
        .iter()
        .chain(crate::message_incident::TEMPLATES)
        .copied()
        .find(|m| m.en == en)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHECKS: [&str; 8] = [
        "required(",
        "short(",
        "optional_date(",
        "required_date(",
        "required_time(",
        "optional_time(",
        "long_text(",
        "text_within(",
    ];

    /// The string literals of every call to a field check in `text` (test modules left out).
    fn literals_in_checks(text: &str) -> Vec<String> {
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        let mut found = Vec::new();
        for check in CHECKS {
            for (at, _) in text.match_indices(check) {
                let before = text[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let mut depth = 1;
                let body: String = text[at + check.len()..]
                    .chars()
                    .take_while(|&c| {
                        depth += match c {
                            '(' => 1,
                            ')' => -1,
                            _ => 0,
                        };
                        depth > 0
                    })
                    .collect();
                found.extend(body.split('"').skip(1).step_by(2).map(str::to_string));
            }
        }
        found
    }

    /// Every field name or required-field message given to a field check in the core's source
    /// has a key here, so no form problem reaches the UI in English only. A field id
    /// ("court_case_number") and a name built at run time ("the date {label} were told") are
    /// not names to translate.
    #[test]
    fn every_field_check_in_the_source_is_keyed() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut missing = Vec::new();
        let mut seen = 0;
        let mut stack = vec![root];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for lit in literals_in_checks(&text) {
                        let id = !lit.contains(' ') && lit.chars().all(|c| !c.is_uppercase());
                        if id || lit.contains('{') {
                            continue;
                        }
                        seen += 1;
                        if by_english(&lit).is_none() {
                            missing.push(format!("{}: {lit:?}", path.display()));
                        }
                    }
                }
            }
        }
        assert!(seen > 50, "only {seen} names found: is the scan broken?");
        assert!(
            missing.is_empty(),
            "add these to message_labels.rs (and their Welsh to ui/src/lib/i18n/cy-core.ts):\n{}",
            missing.join("\n")
        );
    }
}
