//! The messages of the rules added for issue 14: going ahead without a review (with a written
//! reason), each with its key for the UI's catalogue (Welsh in ui/src/lib/i18n/cy-core.ts).

use crate::message::{messages, Msg};

messages! {
    REVIEW_FIRST: "core.rules.reviewFirst",
        "Session {number} on {date} is recorded as held, but it comes after the first 4 sessions \
         and no review of progress is recorded. A referral starts with 3 to 4 sessions, then \
         progress is reviewed (Cafcass Cymru Expectation Statement: Child Contact Services). \
         Record the date of the review on the referral first, or go ahead with a written reason.";
    CCI_REVIEW_FIRST: "core.rules.cciReviewFirst",
        "Session {number} on {date} is recorded as held, but the intervention's 12 weeks ended \
         on {end} and the 12-week review is not recorded. A Child Contact Intervention runs for \
         at most 12 weeks before it is reviewed (JFCAS: Child contact interventions). Record the \
         date of the review on the referral first, or go ahead with a written reason.";
    WRITE_OVERRIDE_REASON: "core.rules.writeOverrideReason",
        "Write why the sessions go ahead without the review";
    PRE_CONTACT_FIRST: "core.rules.preContactFirst",
        "Session {number} on {date} is recorded as held, but no pre-contact assessment is recorded \
         before it. Supported contact centres hold a pre-contact assessment session to assess any \
         risks to the parties first (Cafcass Cymru Expectation Statement: Child Contact Services). \
         Record the assessment on the referral first, or leave the session as scheduled.";
    NOT_SUPPORTED: "core.rules.notSupported",
        "Only supported contact has a pre-contact assessment recorded here: this referral is for \
         another service.";
    NOT_COURT_ORDERED: "core.rules.notCourtOrdered",
        "This referral is not recorded as ordered at the FHDRA, so it needs no consultation with \
         the duty FCA/FCSW. If the court ordered it, change the basis of the referral first.";
    NO_REVIEW_TO_OVERRIDE: "core.rules.noReviewToOverride",
        "This service has no review before more sessions, so there is nothing to go ahead \
         without. Book the session as usual.";
}

/// Every template of this file, for `message::all()`.
pub const RULES: &[Msg] = TEMPLATES;
