//! What the referral page warns about without refusing (rules/warnings.rs).

use crate::message::{messages, Msg};

messages! {
    PLANNED_BEFORE_REVIEW: "core.warning.plannedBeforeReview",
        "More than {count} sessions are planned before a review: a referral starts with 3 to 4 \
         sessions, then progress is reviewed ({source}).";
    SESSION_WITHOUT_REVIEW: "core.warning.sessionWithoutReview",
        "Session {number} comes after the first {count} with no review recorded. Review progress \
         with the referrer and record the review date first ({source}).";
    CCI_HOURS: "core.warning.cciHours",
        "The sessions of this intervention add up to {total}: a Cafcass-funded Child Contact \
         Intervention commonly runs to about {usual}. Check the hours agreed with the referrer.";
    SPIP_LENGTH: "core.warning.spipLength",
        "A SPIP session usually lasts {usual}, and parents attend all of it; this one is {length} \
         ({source}).";
    NOT_ACCREDITED: "core.warning.notAccredited",
        "This Cafcass-funded referral is to a centre that is not recorded as NACCC-accredited: \
         funded referrals go to accredited centres ({source}).";
    RISK_ON_SUPPORTED: "core.warning.riskOnSupported",
        "A risk has been recorded on this supported contact. Supported contact is for families \
         with no current risk: consider moving to supervised contact with the referrer \
         ({source}).";
}
