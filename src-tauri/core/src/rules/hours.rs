//! The hour limit of centre-based contact (Cafcass Cymru Expectation Statement): at most 6 hours per referral in total,
//! however the sessions are split, counting every session that is not cancelled.

use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::{Service, SessionStatus};

/// Six one-hour sessions, or any split of the same six hours (Cafcass Cymru Expectation Statement).
pub const CENTRE_MAX_MINUTES: u32 = 6 * 60;

/// At most six sessions per centre-based referral, however short (Cafcass Cymru Expectation Statement).
pub const CENTRE_MAX_SESSIONS: u32 = 6;

/// How much of a referral's time is planned and used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
pub struct HoursSummary {
    /// The limit, for centre-based contact only.
    pub allowed_minutes: Option<u32>,
    /// Sessions still to come (scheduled).
    pub planned_minutes: u32,
    /// Sessions that took place or that someone did not attend.
    pub used_minutes: u32,
    /// What is left of the limit, for centre-based contact only.
    pub remaining_minutes: Option<u32>,
}

/// Totals a referral's sessions, given each one's status and length.
pub fn hours_summary(
    service: Service,
    sessions: impl IntoIterator<Item = (SessionStatus, u32)>,
) -> HoursSummary {
    let (mut planned, mut used) = (0u32, 0u32);
    for (status, minutes) in sessions {
        match status {
            SessionStatus::Scheduled => planned = planned.saturating_add(minutes),
            SessionStatus::TookPlace | SessionStatus::DidNotAttend => {
                used = used.saturating_add(minutes)
            }
            SessionStatus::Cancelled => {}
        }
    }
    let allowed = service.is_centre_based().then_some(CENTRE_MAX_MINUTES);
    HoursSummary {
        allowed_minutes: allowed,
        planned_minutes: planned,
        used_minutes: used,
        remaining_minutes: allowed.map(|a| a.saturating_sub(planned.saturating_add(used))),
    }
}

/// Refuses a session of `minutes` when, with the `others` minutes of the referral's other
/// sessions that count, a centre-based referral would go over its 6 hours. A cancelled session
/// counts for nothing, so it is always allowed.
pub fn check_centre_hours(
    service: Service,
    status: SessionStatus,
    minutes: u32,
    others: u32,
) -> Result<()> {
    if !service.is_centre_based() || !status.counts() {
        return Ok(());
    }
    let total = others.saturating_add(minutes);
    if total <= CENTRE_MAX_MINUTES {
        return Ok(());
    }
    let left = CENTRE_MAX_MINUTES.saturating_sub(others);
    // Two sentences in one key each, so each reads whole in either language.
    let m = if left > 0 {
        crate::message::Message::new(crate::message_rules_said::HOURS_OVER_SHORTEN)
            .minutes("left", left)
    } else {
        crate::message::Message::new(crate::message_rules_said::HOURS_OVER_NONE_LEFT)
    };
    Err(Error::rule_said(
        m.minutes("total", total)
            .minutes("allowed", CENTRE_MAX_MINUTES)
            .minutes("others", others),
    ))
}

/// Refuses a centre-based referral whose counting sessions (those that took place, that someone
/// did not attend, or still to come) add up to more than 6 hours or number more than 6.
/// `counting` is the length of each such session.
pub fn check_referral_totals(service: Service, counting: &[u32]) -> Result<()> {
    if !service.is_centre_based() {
        return Ok(());
    }
    let total = counting.iter().fold(0u32, |a, m| a.saturating_add(*m));
    if total > CENTRE_MAX_MINUTES {
        let m = crate::message::Message::new(crate::message_rules_said::TOTAL_OVER)
            .minutes("total", total)
            .minutes("allowed", CENTRE_MAX_MINUTES)
            .key("source", crate::message_rules_said::EXPECTATION_STATEMENT);
        return Err(Error::rule_said(
            crate::message_deadlines::service_in_sentence(m, "service", service),
        ));
    }
    let count = u32::try_from(counting.len()).unwrap_or(u32::MAX);
    if count > CENTRE_MAX_SESSIONS {
        let m = crate::message::Message::new(crate::message_rules_said::SESSIONS_OVER)
            .text("count", count.to_string())
            .text("allowed", CENTRE_MAX_SESSIONS.to_string())
            .key("source", crate::message_rules_said::EXPECTATION_STATEMENT);
        return Err(Error::rule_said(
            crate::message_deadlines::service_in_sentence(m, "service", service),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SessionStatus::*;
    use proptest::prelude::*;

    #[test]
    fn the_seventh_hour_is_refused_with_hours_planned_and_used() {
        let e = check_centre_hours(Service::SupervisedContact, Scheduled, 60, 360).unwrap_err();
        assert_eq!(e.code, crate::ErrorCode::RuleBroken);
        assert_eq!(
            e.message,
            "This session would bring the total to 7 h of the 6 h allowed for this referral \
             (6 h already planned or used). No time is left on it: ask the referrer for a new referral."
        );
    }

    #[test]
    fn a_too_long_session_is_told_what_would_fit() {
        let e = check_centre_hours(Service::SupportedContact, Scheduled, 120, 300).unwrap_err();
        assert!(e.message.contains("total to 7 h of the 6 h"));
        assert!(e.message.contains("(5 h already planned or used)"));
        assert!(e.message.contains("Shorten it to 1 h or less"));
    }

    #[test]
    fn three_two_hour_sessions_fit() {
        assert_eq!(
            check_centre_hours(Service::SupervisedContact, Scheduled, 120, 240),
            Ok(())
        );
    }

    #[test]
    fn other_services_and_cancelled_sessions_are_not_limited() {
        assert_eq!(
            check_centre_hours(Service::ChildContactIntervention, Scheduled, 600, 600),
            Ok(())
        );
        assert_eq!(
            check_centre_hours(Service::SupervisedContact, Cancelled, 60, 360),
            Ok(())
        );
    }

    #[test]
    fn summary_splits_planned_from_used() {
        let s = hours_summary(
            Service::SupervisedContact,
            [
                (TookPlace, 60),
                (DidNotAttend, 60),
                (Cancelled, 60),
                (Scheduled, 90),
            ],
        );
        assert_eq!(s.used_minutes, 120);
        assert_eq!(s.planned_minutes, 90);
        assert_eq!(s.remaining_minutes, Some(150));
        assert_eq!(
            hours_summary(Service::Spip, [(Scheduled, 240)]).allowed_minutes,
            None
        );
    }

    #[test]
    fn a_seventh_session_is_refused_even_when_short() {
        let e = check_referral_totals(Service::SupportedContact, &[30; 7]).unwrap_err();
        assert!(
            e.message.contains("7 sessions, more than the 6 allowed"),
            "{}",
            e.message
        );
        assert_eq!(
            check_referral_totals(Service::SupportedContact, &[30; 6]),
            Ok(())
        );
        assert_eq!(
            check_referral_totals(Service::ChildContactIntervention, &[60; 12]),
            Ok(())
        );
    }

    #[test]
    fn a_total_over_six_hours_is_refused() {
        let e = check_referral_totals(Service::SupervisedContact, &[120, 120, 150]).unwrap_err();
        assert!(
            e.message
                .contains("add up to 6 h 30 min, more than the 6 h"),
            "{}",
            e.message
        );
    }

    proptest! {
        /// Whatever the sessions, the summary's used and planned time plus what is left is the
        /// limit, and the totals check accepts exactly the referrals within both limits.
        #[test]
        fn totals_check_agrees_with_the_summary(
            sessions in proptest::collection::vec((0u8..4, 15u32..=180), 0..10)
        ) {
            let status = |k: u8| [Scheduled, TookPlace, DidNotAttend, Cancelled][k as usize];
            let s = hours_summary(
                Service::SupportedContact,
                sessions.iter().map(|(k, m)| (status(*k), *m)),
            );
            let counting: Vec<u32> = sessions
                .iter()
                .filter(|(k, _)| status(*k).counts())
                .map(|(_, m)| *m)
                .collect();
            let total = s.planned_minutes + s.used_minutes;
            prop_assert_eq!(total, counting.iter().sum::<u32>());
            let ok = total <= CENTRE_MAX_MINUTES && counting.len() as u32 <= CENTRE_MAX_SESSIONS;
            prop_assert_eq!(check_referral_totals(Service::SupportedContact, &counting).is_ok(), ok);
        }

        /// Adding sessions one by one through the check never takes a centre referral past 6 hours,
        /// and every refusal was needed: the session really would have gone over.
        #[test]
        fn the_total_never_passes_six_hours(lengths in proptest::collection::vec(15u32..=240, 1..20)) {
            let mut total = 0u32;
            for m in lengths {
                match check_centre_hours(Service::SupervisedContact, Scheduled, m, total) {
                    Ok(()) => total += m,
                    Err(_) => prop_assert!(total + m > CENTRE_MAX_MINUTES),
                }
                prop_assert!(total <= CENTRE_MAX_MINUTES);
            }
        }
    }
}
