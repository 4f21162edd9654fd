//! What a referral must state before it is sent (Cafcass Cymru Expectation Statement): the type of contact, a robust risk
//! assessment, a session plan within the guidelines, and the contact centre; remote supervised
//! contact also needs the FCA/FCSW's recorded suitability assessment.

use crate::error::{Error, FieldError, Result};
use crate::model::Referral;

/// A centre-based referral plans at most this many one-hour sessions (Cafcass Cymru Expectation Statement).
pub const MAX_PLANNED_SESSIONS: u32 = 6;

/// One thing a referral still lacks: the form field, and what to add in plain words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    pub field: &'static str,
    pub what: &'static str,
}

const fn missing(field: &'static str, what: &'static str) -> Missing {
    Missing { field, what }
}

/// Everything the referral still needs before it can be sent, in the order of the form.
pub fn missing_for_sending(r: &Referral) -> Vec<Missing> {
    let mut m = Vec::new();
    // The service itself is always chosen; for a CCI the type of contact is its kinds of work.
    if r.service == crate::model::Service::ChildContactIntervention && r.cci_kinds.is_empty() {
        m.push(missing(
            "cci_kinds",
            "the type of contact: the kinds of CCI work to be done",
        ));
    }
    if r.provider_name.is_empty() {
        m.push(missing(
            "provider_name",
            "the contact centre or provider where contact will take place",
        ));
    }
    if r.risk_assessment.is_empty() {
        m.push(missing(
            "risk_assessment",
            "a risk assessment covering current and past safeguarding issues, alleged or proven",
        ));
    }
    if r.risk_assessed_on.is_none() {
        m.push(missing(
            "risk_assessed_on",
            "the date of the risk assessment",
        ));
    }
    if r.risk_assessed_by.is_empty() {
        m.push(missing(
            "risk_assessed_by",
            "who carried out the risk assessment",
        ));
    }
    if r.session_plan.is_empty() {
        m.push(missing("session_plan", "a session plan"));
    }
    if r.service.is_centre_based() {
        match r.planned_sessions {
            None => m.push(missing(
                "planned_sessions",
                "the number of sessions planned (3 to 4 to start, at most 6 hours in all)",
            )),
            Some(n) if n > MAX_PLANNED_SESSIONS => m.push(missing(
                "planned_sessions",
                "a number of sessions within the guidelines: at most 6 one-hour sessions",
            )),
            Some(_) => {}
        }
    }
    if r.service.needs_remote_assessment() {
        if r.remote_assessed_on.is_none() {
            m.push(missing(
                "remote_assessed_on",
                "the date an FCA/FCSW assessed remote contact as suitable",
            ));
        }
        if r.remote_assessed_by.is_empty() {
            m.push(missing(
                "remote_assessed_by",
                "the FCA/FCSW who assessed remote contact as suitable",
            ));
        }
        // What the assessment covered (an older referral may have only a date and a name).
        let a = r.remote_assessment();
        for (field, value, what) in [
            (
                "remote_discussed",
                a.discussed,
                "what was discussed with the parties about remote contact",
            ),
            (
                "remote_limitations",
                a.limitations,
                "the limitations of remote contact explained to the parties",
            ),
            ("remote_feedback", a.feedback, "the feedback arrangements"),
        ] {
            if value.trim().is_empty() {
                m.push(missing(field, what));
            }
        }
    }
    if r.permitted.is_empty() {
        m.push(missing("permitted", "the people who may attend"));
    }
    m
}

/// Refuses to send a referral that lacks anything, listing all of it.
pub fn ready_to_send(r: &Referral) -> Result<()> {
    refuse_missing(r, crate::message_sending::NOT_READY)
}

/// Refuses a change that would take away something a sent referral must state.
pub fn still_complete(r: &Referral) -> Result<()> {
    if r.sent_on.is_none() {
        return Ok(());
    }
    refuse_missing(r, crate::message_sending::STILL_STATE)
}

fn refuse_missing(r: &Referral, said: crate::message::Msg) -> Result<()> {
    let m = missing_for_sending(r);
    if m.is_empty() {
        return Ok(());
    }
    // An item without a key goes by its English words, which the UI then shows as they are.
    let items: Vec<crate::message::Msg> = m
        .iter()
        .map(|x| {
            crate::message_sending::item(x.what).unwrap_or(crate::message::Msg {
                key: x.what,
                en: x.what,
            })
        })
        .collect();
    let mut e = Error::rule_said(
        crate::message::Message::new(said)
            .keys("items", &items)
            .key("source", crate::message_rules_said::EXPECTATION_STATEMENT),
    );
    e.fields = m
        .iter()
        .map(|x| {
            let said = crate::message_sending::add(x.what);
            FieldError {
                field: x.field.into(),
                message: said.english(),
                msg: Some(said),
            }
        })
        .collect();
    Err(e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;
    use chrono::NaiveDate;
    use proptest::prelude::*;

    pub fn complete(service: Service) -> Referral {
        let d = NaiveDate::from_ymd_opt(2026, 11, 2);
        Referral {
            id: 1,
            case_id: 1,
            service,
            cci_kinds: if service == Service::ChildContactIntervention {
                vec![CciKind::ObserveContact]
            } else {
                vec![]
            },
            basis: Basis::FcaRecommendation,
            provider_name: "Cardiff Contact Centre".into(),
            provider_address: String::new(),
            provider_naccc_accredited: true,
            provider_email: String::new(),
            risk_assessment: "No current concerns; past allegation of verbal abuse.".into(),
            risk_assessed_on: d,
            risk_assessed_by: "Ffion Hughes".into(),
            session_plan: "Three one-hour sessions, then review.".into(),
            planned_sessions: Some(3),
            remote_assessed_on: d.filter(|_| service.needs_remote_assessment()),
            remote_assessed_by: if service.needs_remote_assessment() {
                "Ffion Hughes".into()
            } else {
                String::new()
            },
            remote_discussed: if service.needs_remote_assessment() {
                "Both parents, by telephone.".into()
            } else {
                String::new()
            },
            remote_limitations: if service.needs_remote_assessment() {
                "The supervisor cannot step in on the call.".into()
            } else {
                String::new()
            },
            remote_feedback: if service.needs_remote_assessment() {
                "By email after each session.".into()
            } else {
                String::new()
            },
            permitted: vec![PersonRef::Child(1), PersonRef::Adult(2)],
            sent_on: None,
            dates: ReferralDates::default(),
            status: ReferralStatus::Draft,
            created_at: String::new(),
            updated_at: String::new(),
        }
    }

    fn fields(r: &Referral) -> Vec<&'static str> {
        missing_for_sending(r).iter().map(|m| m.field).collect()
    }

    #[test]
    fn a_complete_referral_of_any_service_can_be_sent() {
        for s in Service::ALL {
            assert_eq!(ready_to_send(&complete(s)), Ok(()), "{s:?}");
        }
    }

    #[test]
    fn the_four_things_are_listed_in_plain_words() {
        let mut r = complete(Service::SupervisedContact);
        r.provider_name.clear();
        r.risk_assessment.clear();
        r.session_plan.clear();
        let e = ready_to_send(&r).unwrap_err();
        assert_eq!(e.code, crate::error::ErrorCode::RuleBroken);
        assert_eq!(
            e.message,
            "This referral cannot be sent yet. Add: the contact centre or provider where contact \
             will take place; a risk assessment covering current and past safeguarding issues, \
             alleged or proven; a session plan; then send it again (Cafcass Cymru Expectation Statement: Child Contact Services)."
        );
        assert_eq!(
            fields(&r),
            ["provider_name", "risk_assessment", "session_plan"]
        );
    }

    #[test]
    fn remote_contact_needs_the_suitability_assessment() {
        let mut r = complete(Service::RemoteSupervisedContact);
        r.remote_assessed_on = None;
        r.remote_assessed_by.clear();
        assert_eq!(fields(&r), ["remote_assessed_on", "remote_assessed_by"]);
        let mut old = complete(Service::RemoteSupervisedContact);
        old.remote_discussed.clear();
        old.remote_limitations.clear();
        old.remote_feedback = " ".into();
        assert_eq!(
            fields(&old),
            ["remote_discussed", "remote_limitations", "remote_feedback"]
        );
        let e = ready_to_send(&old).unwrap_err();
        assert!(
            e.message
                .contains("the limitations of remote contact explained to the parties"),
            "{}",
            e.message
        );
        let keyed = e.fields.iter().filter_map(|f| f.msg.as_ref());
        assert!(keyed
            .flat_map(|m| m.params.values())
            .any(|p| *p == crate::message::Param::Key("core.missing.remoteFeedback".into())));
    }

    #[test]
    fn a_cci_needs_its_kinds_of_work() {
        let mut r = complete(Service::ChildContactIntervention);
        r.cci_kinds.clear();
        assert_eq!(fields(&r), ["cci_kinds"]);
    }

    #[test]
    fn centre_contact_plans_at_most_six_sessions() {
        let mut r = complete(Service::SupportedContact);
        r.planned_sessions = Some(7);
        assert_eq!(fields(&r), ["planned_sessions"]);
        r.planned_sessions = None;
        assert_eq!(fields(&r), ["planned_sessions"]);
        let mut level = complete(Service::Level2ContactIntervention);
        level.planned_sessions = None;
        assert!(fields(&level).is_empty(), "the hour limit is for centres");
    }

    #[test]
    fn a_sent_referral_must_stay_complete_but_a_draft_need_not() {
        let mut r = complete(Service::SupervisedContact);
        r.risk_assessed_by.clear();
        assert_eq!(still_complete(&r), Ok(()));
        r.sent_on = NaiveDate::from_ymd_opt(2026, 11, 3);
        let e = still_complete(&r).unwrap_err();
        assert!(e
            .message
            .starts_with("This referral has been sent, so it must still state: who carried out"));
    }

    proptest! {
        /// Clearing any subset of the required answers is refused exactly when the subset is not empty.
        #[test]
        fn any_gap_blocks_sending(mask in 0u8..64, service in 0usize..10) {
            let service = Service::ALL[service];
            let mut r = complete(service);
            if mask & 1 != 0 { r.provider_name.clear(); }
            if mask & 2 != 0 { r.risk_assessment.clear(); }
            if mask & 4 != 0 { r.risk_assessed_on = None; }
            if mask & 8 != 0 { r.risk_assessed_by.clear(); }
            if mask & 16 != 0 { r.session_plan.clear(); }
            if mask & 32 != 0 { r.permitted.clear(); }
            let missing = missing_for_sending(&r);
            prop_assert_eq!(missing.len() as u32, mask.count_ones());
            prop_assert_eq!(ready_to_send(&r).is_ok(), mask == 0);
        }
    }
}
