//! The hour limit of centre-based contact (seed 001): at most 6 hours per referral in total,
//! however the sessions are split, counting every session that is not cancelled.

use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::times::duration_text;
use crate::model::{Service, SessionStatus};

/// Six one-hour sessions, or any split of the same six hours (seed 001).
pub const CENTRE_MAX_MINUTES: u32 = 6 * 60;

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
    let advice = if left > 0 {
        format!(
            "Shorten it to {} or less to fit, or ask the referrer for a new referral.",
            duration_text(left)
        )
    } else {
        "No time is left on it: ask the referrer for a new referral.".to_string()
    };
    Err(Error::rule(format!(
        "This session would bring the total to {} of the {} allowed for this referral ({} already \
         planned or used). {advice}",
        duration_text(total),
        duration_text(CENTRE_MAX_MINUTES),
        duration_text(others),
    )))
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

    proptest! {
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
