//! What a referral still needs before it can be sent (rules/sending.rs): the refusal, and each
//! missing thing as a key found by its English words, so `missing(field, "...")` stays as it is
//! and a new item without a key is said in English until a line is added here (a test names it).

use crate::message::{messages, Message, Msg};

messages! {
    NOT_READY: "core.sending.notReady",
        "This referral cannot be sent yet. Add: {items}; then send it again ({source}).";
    STILL_STATE: "core.sending.stillState",
        "This referral has been sent, so it must still state: {items}; put these back before \
         saving ({source}).";
    ADD: "core.sending.add", "Add {what}";

    CCI_KINDS: "core.missing.cciKinds", "the type of contact: the kinds of CCI work to be done";
    PROVIDER: "core.missing.provider",
        "the contact centre or provider where contact will take place";
    RISK_ASSESSMENT: "core.missing.riskAssessment",
        "a risk assessment covering current and past safeguarding issues, alleged or proven";
    RISK_ASSESSED_ON: "core.missing.riskAssessedOn", "the date of the risk assessment";
    RISK_ASSESSED_BY: "core.missing.riskAssessedBy", "who carried out the risk assessment";
    SESSION_PLAN: "core.missing.sessionPlan", "a session plan";
    PLANNED_SESSIONS: "core.missing.plannedSessions",
        "the number of sessions planned (3 to 4 to start, at most 6 hours in all)";
    SESSIONS_WITHIN: "core.missing.sessionsWithin",
        "a number of sessions within the guidelines: at most 6 one-hour sessions";
    REMOTE_ASSESSED_ON: "core.missing.remoteAssessedOn",
        "the date an FCA/FCSW assessed remote contact as suitable";
    REMOTE_ASSESSED_BY: "core.missing.remoteAssessedBy",
        "the FCA/FCSW who assessed remote contact as suitable";
    PERMITTED: "core.missing.permitted", "the people who may attend";
}

/// The key of a missing thing, found by its English words.
pub fn item(what: &str) -> Option<Msg> {
    TEMPLATES
        .iter()
        .chain(crate::message_rules3::TEMPLATES)
        .copied()
        .find(|m| m.key.starts_with("core.missing.") && m.en == what)
}

/// "Add the date of the risk assessment", keyed when the item is; an item without a key is
/// said in its English words (so nothing is lost before its key is added).
pub fn add(what: &str) -> Message {
    let m = Message::new(ADD);
    match item(what) {
        Some(i) => m.key("what", i),
        None => m.text("what", what),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `missing(field, "...")` in rules/sending.rs has its key here.
    #[test]
    fn every_missing_item_is_keyed() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules/sending.rs");
        let text = std::fs::read_to_string(path).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        let mut seen = 0;
        for part in code.split("missing(").skip(1) {
            let part = part.trim_start();
            if !part.starts_with('"') {
                continue; // a call of another function, not an item
            }
            let Some(after_field) = part.split_once("\",") else {
                continue;
            };
            let Some((_, rest)) = after_field.1.split_once('"') else {
                continue;
            };
            let what = rest.split('"').next().unwrap_or_default();
            seen += 1;
            assert!(item(what).is_some(), "add {what:?} to message_sending.rs");
        }
        assert!(seen >= 11, "only {seen} items found: is the scan broken?");
    }
}
