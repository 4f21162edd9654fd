//! The FCA/FCSW's assessment that remote supervised contact is suitable (Cafcass Cymru
//! Expectation Statement): the practitioner discusses it with both parties (and the court where
//! appropriate) so that everyone understands the limitations of the service, and gives clear
//! feedback. So the assessment records what was discussed, the limitations explained and the
//! feedback arrangements, besides its date and who made it.

use chrono::NaiveDate;

use super::case::short;
use super::fields::{long_text, optional_date};
use super::referral::{Referral, ReferralInput};
use crate::error::Problems;
use crate::message::Message;
use crate::message_rules3::{
    ENTER_ASSESSED_BY, ENTER_DISCUSSED, ENTER_FEEDBACK, ENTER_LIMITATIONS,
};
use crate::text::clean;

/// The assessment as the rules read it, borrowed from a stored referral.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RemoteAssessment<'a> {
    pub on: Option<NaiveDate>,
    pub by: &'a str,
    pub discussed: &'a str,
    pub limitations: &'a str,
    pub feedback: &'a str,
}

impl RemoteAssessment<'_> {
    /// Dated, named, and all three things the Expectation Statement asks for recorded.
    pub fn is_complete(&self) -> bool {
        self.on.is_some()
            && ![self.by, self.discussed, self.limitations, self.feedback]
                .iter()
                .any(|s| s.trim().is_empty())
    }

    /// Dated but without what was discussed, the limitations or the feedback: an assessment
    /// recorded before these were asked for, which needs them before the next remote session.
    pub fn lacks_discussion(&self) -> bool {
        self.on.is_some()
            && [self.discussed, self.limitations, self.feedback]
                .iter()
                .any(|s| s.trim().is_empty())
    }
}

impl Referral {
    /// This referral's remote suitability assessment.
    pub fn remote_assessment(&self) -> RemoteAssessment<'_> {
        RemoteAssessment {
            on: self.remote_assessed_on,
            by: &self.remote_assessed_by,
            discussed: &self.remote_discussed,
            limitations: &self.remote_limitations,
            feedback: &self.remote_feedback,
        }
    }
}

/// The assessment's answers, checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct RemoteChecked {
    pub on: Option<NaiveDate>,
    pub by: String,
    pub discussed: String,
    pub limitations: String,
    pub feedback: String,
}

/// Checks the assessment's answers of a remote supervised referral: once a date says remote
/// contact was assessed as suitable, what was discussed, the limitations explained and the
/// feedback arrangements must be there too.
pub(crate) fn check_remote(p: &mut Problems, i: &ReferralInput, today: NaiveDate) -> RemoteChecked {
    let on = optional_date(
        p,
        "remote_assessed_on",
        &i.remote_assessed_on,
        "the date remote contact was assessed as suitable",
        Some(today),
    );
    let by = clean(&i.remote_assessed_by);
    short(p, "remote_assessed_by", &by, "The name");
    let discussed = long_text(
        p,
        "remote_discussed",
        &i.remote_discussed,
        "What was discussed",
    );
    let limitations = long_text(
        p,
        "remote_limitations",
        &i.remote_limitations,
        "The limitations explained",
    );
    let feedback = long_text(
        p,
        "remote_feedback",
        &i.remote_feedback,
        "The feedback arrangements",
    );
    // A date entered but not a real one is already named; who assessed it and the three answers
    // are asked for once it is (a session needs them all: `RemoteAssessment::is_complete`).
    if on.is_some() {
        for (field, value, enter) in [
            ("remote_assessed_by", &by, ENTER_ASSESSED_BY),
            ("remote_discussed", &discussed, ENTER_DISCUSSED),
            ("remote_limitations", &limitations, ENTER_LIMITATIONS),
            ("remote_feedback", &feedback, ENTER_FEEDBACK),
        ] {
            if value.is_empty() {
                p.say(field, Message::new(enter));
            }
        }
    }
    RemoteChecked {
        on,
        by,
        discussed,
        limitations,
        feedback,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Basis, Service};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn remote() -> ReferralInput {
        ReferralInput {
            service: Service::RemoteSupervisedContact,
            cci_kinds: vec![],
            basis: Basis::FcaRecommendation,
            provider_name: String::new(),
            provider_address: String::new(),
            provider_naccc_accredited: true,
            provider_email: String::new(),
            risk_assessment: String::new(),
            risk_assessed_on: String::new(),
            risk_assessed_by: String::new(),
            session_plan: String::new(),
            planned_sessions: None,
            remote_assessed_on: "02/11/2026".into(),
            remote_assessed_by: "Ffion Hughes".into(),
            remote_discussed: " Both parents, by telephone. ".into(),
            remote_limitations: "The supervisor cannot step in on the call.".into(),
            remote_feedback: "By email after each session.".into(),
            permitted: vec![],
        }
    }

    fn fields_refused(i: &ReferralInput) -> Vec<(String, String)> {
        match i.checked(today()) {
            Ok(_) => vec![],
            Err(e) => e
                .fields
                .iter()
                .map(|f| {
                    let key = f.msg.as_ref().map(|m| m.key.clone()).unwrap_or_default();
                    (f.field.clone(), key)
                })
                .collect(),
        }
    }

    #[test]
    fn a_dated_assessment_needs_all_three_answers_each_named() {
        let mut i = remote();
        i.remote_discussed = "  ".into();
        i.remote_limitations.clear();
        i.remote_feedback.clear();
        assert_eq!(
            fields_refused(&i),
            [
                (
                    "remote_discussed".into(),
                    "core.remote.enterDiscussed".into()
                ),
                (
                    "remote_limitations".into(),
                    "core.remote.enterLimitations".into()
                ),
                ("remote_feedback".into(), "core.remote.enterFeedback".into()),
            ]
        );
        let e = i.checked(today()).unwrap_err();
        assert_eq!(
            e.fields[2].message,
            "Enter the feedback arrangements agreed with the parties"
        );
        i.remote_limitations = "No help with the technology.".into();
        i.remote_discussed = "Both parents.".into();
        assert_eq!(
            fields_refused(&i),
            [("remote_feedback".into(), "core.remote.enterFeedback".into())]
        );
    }

    #[test]
    fn a_dated_assessment_names_who_made_it() {
        let mut i = remote();
        i.remote_assessed_by = " ".into();
        assert_eq!(
            fields_refused(&i),
            [(
                "remote_assessed_by".into(),
                "core.remote.enterAssessedBy".into()
            )]
        );
        i.remote_assessed_on.clear();
        assert!(
            fields_refused(&i).is_empty(),
            "an undated draft may leave it empty"
        );
    }

    #[test]
    fn an_undated_draft_may_leave_them_empty_and_a_full_one_is_kept_trimmed() {
        let mut i = remote();
        i.remote_assessed_on.clear();
        i.remote_discussed.clear();
        i.remote_limitations.clear();
        i.remote_feedback.clear();
        assert!(fields_refused(&i).is_empty());
        let f = remote().checked(today()).unwrap();
        assert_eq!(f.remote_discussed, "Both parents, by telephone.");
        assert_eq!(f.remote_feedback, "By email after each session.");
    }

    #[test]
    fn other_services_drop_the_answers_and_too_long_is_named() {
        let mut i = remote();
        i.service = Service::SupervisedContact;
        let f = i.checked(today()).unwrap();
        assert!(f.remote_discussed.is_empty() && f.remote_limitations.is_empty());
        let mut i = remote();
        i.remote_limitations = "x".repeat(super::super::case::LONG_TEXT_MAX + 1);
        let e = i.checked(today()).unwrap_err();
        assert_eq!(e.fields[0].field, "remote_limitations");
        assert!(e.fields[0]
            .message
            .starts_with("The limitations explained must be"));
    }

    #[test]
    fn completeness_needs_the_date_the_name_and_the_three() {
        let full = RemoteAssessment {
            on: Some(today()),
            by: "Ffion Hughes",
            discussed: "a",
            limitations: "b",
            feedback: "c",
        };
        assert!(full.is_complete() && !full.lacks_discussion());
        assert!(!RemoteAssessment { on: None, ..full }.is_complete());
        assert!(!RemoteAssessment { by: " ", ..full }.is_complete());
        let old = RemoteAssessment {
            discussed: "",
            limitations: "",
            feedback: "",
            ..full
        };
        assert!(!old.is_complete() && old.lacks_discussion());
        assert!(!RemoteAssessment { on: None, ..old }.lacks_discussion());
    }
}
