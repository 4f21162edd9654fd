//! The consultation with the duty FCA/FCSW (Cafcass Cymru Expectation Statement): Cafcass Cymru funds contact the court
//! orders at the FHDRA "after consultation with the FCA or FCSW on court duty"; a referral the
//! court made without that consultation "should be challenged by the area Practice Manager on
//! duty". The app flags it for the Practice Manager; it does not refuse it, as the document does
//! not.

use crate::model::Basis;

/// Whether the consultation is asked for: only a referral ordered at the FHDRA.
pub fn needs_duty_consultation(basis: Basis) -> bool {
    basis == Basis::OrderedAtFhdra
}

/// Whether the referral is flagged for the area Practice Manager on duty: court-ordered with no
/// consultation recorded.
pub fn practice_manager_flag(basis: Basis, consulted: bool) -> bool {
    needs_duty_consultation(basis) && !consulted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_court_order_without_a_recorded_consultation_is_flagged() {
        assert!(practice_manager_flag(Basis::OrderedAtFhdra, false));
        assert!(!practice_manager_flag(Basis::OrderedAtFhdra, true));
        for basis in [Basis::FcaRecommendation, Basis::SelfReferral] {
            assert!(!needs_duty_consultation(basis));
            assert!(!practice_manager_flag(basis, false));
        }
    }
}
