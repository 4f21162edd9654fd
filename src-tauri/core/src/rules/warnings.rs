//! What the app warns about on a referral without refusing it: the review after the first 3 to 4
//! sessions (Cafcass Cymru Expectation Statement), a CCI's usual 12 hours (public guidance), SPIP's usual 4 hours (Cafcass: Child Contact Interventions and SPIP),
//! a Cafcass-funded referral to a centre that is not NACCC-accredited (Cafcass Cymru Expectation Statement), and a risk
//! recorded on supported contact, which calls for supervised contact instead (seeds 001, 004).
//! The referral page shows them, and the session form leads back to it after each save.

use crate::message::{Message, Said};
use crate::message_rules_said::{CCI_AND_SPIP, EXPECTATION_STATEMENT};
use crate::message_warnings as said;
use crate::model::{Basis, Service, SessionStatus};

/// Sessions held before the review at the latest (Cafcass Cymru Expectation Statement: "3 to 4 sessions, then review").
pub const SESSIONS_BEFORE_REVIEW: u32 = 4;
/// The hours a Cafcass-funded CCI commonly runs to (public guidance): a warning only.
pub const CCI_USUAL_MINUTES: u32 = 12 * 60;
use super::spip::SPIP_MINUTES as SPIP_USUAL_MINUTES;

/// The facts the warnings are about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WarningFacts {
    pub service: Service,
    pub basis: Basis,
    pub naccc_accredited: bool,
    pub planned_sessions: Option<u32>,
    /// The review is recorded, or the adviser's written reason to go ahead without it.
    pub reviewed: bool,
    /// Each session's status and length, in order.
    pub sessions: Vec<(SessionStatus, u32)>,
    /// Incidents recorded against the referral: a risk has arisen.
    pub incidents: u32,
}

/// Every warning that applies, in plain words, each naming its source.
pub fn referral_warnings(f: &WarningFacts) -> Vec<String> {
    referral_warnings_said(f)
        .into_iter()
        .map(|w| w.english)
        .collect()
}

/// [`referral_warnings`] with their keys, which the UI says in the chosen language.
pub fn referral_warnings_said(f: &WarningFacts) -> Vec<Said> {
    let mut out: Vec<Said> = Vec::new();
    let counting: Vec<u32> = f
        .sessions
        .iter()
        .filter(|(s, _)| s.counts())
        .map(|(_, m)| *m)
        .collect();
    if f.service.is_centre_based() && !f.reviewed {
        if f.planned_sessions
            .is_some_and(|n| n > SESSIONS_BEFORE_REVIEW)
        {
            out.push(
                Message::new(said::PLANNED_BEFORE_REVIEW)
                    .text("count", SESSIONS_BEFORE_REVIEW.to_string())
                    .key("source", EXPECTATION_STATEMENT)
                    .into(),
            );
        }
        if counting.len() > SESSIONS_BEFORE_REVIEW as usize {
            out.push(
                Message::new(said::SESSION_WITHOUT_REVIEW)
                    .text("number", (SESSIONS_BEFORE_REVIEW + 1).to_string())
                    .text("count", SESSIONS_BEFORE_REVIEW.to_string())
                    .key("source", EXPECTATION_STATEMENT)
                    .into(),
            );
        }
    }
    let total = counting.iter().fold(0u32, |a, m| a.saturating_add(*m));
    if f.service == Service::ChildContactIntervention && total > CCI_USUAL_MINUTES {
        out.push(
            Message::new(said::CCI_HOURS)
                .minutes("total", total)
                .minutes("usual", CCI_USUAL_MINUTES)
                .into(),
        );
    }
    if f.service == Service::Spip {
        if let Some(m) = counting.iter().find(|m| **m != SPIP_USUAL_MINUTES) {
            out.push(
                Message::new(said::SPIP_LENGTH)
                    .minutes("usual", SPIP_USUAL_MINUTES)
                    .minutes("length", *m)
                    .key("source", CCI_AND_SPIP)
                    .into(),
            );
        }
    }
    if f.service.is_centre_based() && f.basis != Basis::SelfReferral && !f.naccc_accredited {
        out.push(
            Message::new(said::NOT_ACCREDITED)
                .key("source", EXPECTATION_STATEMENT)
                .into(),
        );
    }
    if f.service == Service::SupportedContact && f.incidents > 0 {
        out.push(
            Message::new(said::RISK_ON_SUPPORTED)
                .key("source", EXPECTATION_STATEMENT)
                .into(),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SessionStatus::*;
    use proptest::prelude::*;

    fn facts(service: Service) -> WarningFacts {
        WarningFacts {
            service,
            basis: Basis::FcaRecommendation,
            naccc_accredited: true,
            planned_sessions: Some(3),
            reviewed: false,
            sessions: Vec::new(),
            incidents: 0,
        }
    }

    #[test]
    fn planning_more_than_four_before_a_review_warns() {
        let mut f = facts(Service::SupervisedContact);
        f.planned_sessions = Some(5);
        let w = referral_warnings(&f);
        assert_eq!(w.len(), 1);
        assert!(w[0].starts_with("More than 4 sessions are planned before a review"));
        f.reviewed = true;
        assert!(referral_warnings(&f).is_empty());
    }

    #[test]
    fn a_fifth_session_without_a_review_asks_for_it_and_missed_ones_count() {
        let mut f = facts(Service::SupportedContact);
        f.sessions = vec![
            (TookPlace, 60),
            (DidNotAttend, 60),
            (Cancelled, 60),
            (TookPlace, 60),
            (TookPlace, 60),
        ];
        assert!(referral_warnings(&f).is_empty());
        f.sessions.push((Scheduled, 60));
        let w = referral_warnings(&f);
        assert_eq!(w.len(), 1);
        assert!(w[0].starts_with("Session 5 comes after the first 4 with no review recorded"));
    }

    #[test]
    fn a_cci_past_twelve_hours_and_a_short_spip_warn_without_refusing() {
        let mut f = facts(Service::ChildContactIntervention);
        f.sessions = vec![(TookPlace, 360), (Scheduled, 420)];
        assert!(referral_warnings(&f)[0].contains("add up to 13 h"));
        let mut f = facts(Service::Spip);
        f.sessions = vec![(Scheduled, 180)];
        assert!(referral_warnings(&f)[0].contains("this one is 3 h"));
        f.sessions = vec![(Scheduled, 240)];
        assert!(referral_warnings(&f).is_empty());
    }

    #[test]
    fn funded_referrals_to_unaccredited_centres_and_risks_on_supported_contact_warn() {
        let mut f = facts(Service::SupportedContact);
        f.naccc_accredited = false;
        assert!(referral_warnings(&f)[0].contains("not recorded as NACCC-accredited"));
        f.basis = Basis::SelfReferral;
        assert!(referral_warnings(&f).is_empty());
        f.incidents = 1;
        assert!(referral_warnings(&f)[0].contains("consider moving to supervised contact"));
    }

    proptest! {
        /// A reviewed centre referral within its planned 4 never warns about the review,
        /// whatever its sessions.
        #[test]
        fn a_review_silences_the_review_warnings(
            n in 0u32..12, kinds in proptest::collection::vec(0u8..4, 0..10)
        ) {
            let all = [Scheduled, TookPlace, DidNotAttend, Cancelled];
            let mut f = facts(Service::SupervisedContact);
            f.planned_sessions = Some(n);
            f.reviewed = true;
            f.sessions = kinds.iter().map(|k| (all[*k as usize], 60)).collect();
            prop_assert!(referral_warnings(&f).iter().all(|w| !w.contains("review")));
        }
    }
}
