//! Going ahead without a review: the adviser's written reason to hold more sessions before the
//! review of progress (centre-based contact) or after a CCI's 12 weeks without the 12-week review.
//! Once recorded it is evidence: never changed, shown on the referral and carried in bundles.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::fields::long_text;
use crate::error::{Problems, Result};
use crate::message::Message;
use crate::message_rules::WRITE_OVERRIDE_REASON;

/// The "go ahead without the review" form as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ReviewOverrideInput {
    /// Why the sessions go ahead before the review is held.
    pub reason: String,
}

impl ReviewOverrideInput {
    /// The reason, cleaned; refused when empty, too long or with hidden characters.
    pub fn checked(&self) -> Result<String> {
        let mut p = Problems::default();
        let reason = long_text(&mut p, "reason", &self.reason, "The reason");
        if reason.is_empty() && !p.has("reason") {
            p.say("reason", Message::new(WRITE_OVERRIDE_REASON));
        }
        p.into_result()?;
        Ok(reason)
    }
}

/// A recorded decision to go ahead without the review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ReviewOverride {
    pub id: i64,
    pub referral_id: i64,
    pub reason: String,
    /// The day the adviser decided to go ahead.
    pub decided_on: NaiveDate,
    /// Who recorded it (the app's user, as in the audit log).
    pub decided_by: String,
    pub recorded_at: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_is_required_and_kept_cleaned() {
        let e = ReviewOverrideInput {
            reason: "  \n ".into(),
        }
        .checked()
        .unwrap_err();
        assert_eq!(e.fields[0].field, "reason");
        assert_eq!(
            e.fields[0].msg.as_ref().unwrap().key,
            "core.rules.writeOverrideReason"
        );
        let ok = ReviewOverrideInput {
            reason: "Review booked for 12/02; the child asked to keep seeing dad weekly.  ".into(),
        }
        .checked()
        .unwrap();
        assert!(ok.ends_with("weekly."));
    }
}
