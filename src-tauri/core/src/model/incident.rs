//! An incident: violent, threatening, abusive or discriminatory behaviour, or a safeguarding or
//! child-protection concern, with who was told and when (Cafcass Cymru Expectation Statement).

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::case::short;
use super::fields::{long_text, not_before, optional_date, optional_time, required_date};
use crate::error::{Problems, Result};
use crate::message::Message;
use crate::text::clean;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum IncidentKind {
    Violent,
    Threatening,
    Abusive,
    Discriminatory,
    SafeguardingConcern,
    ChildProtectionConcern,
}

impl IncidentKind {
    pub const ALL: [IncidentKind; 6] = [
        IncidentKind::Violent,
        IncidentKind::Threatening,
        IncidentKind::Abusive,
        IncidentKind::Discriminatory,
        IncidentKind::SafeguardingConcern,
        IncidentKind::ChildProtectionConcern,
    ];

    pub fn label(self) -> &'static str {
        match self {
            IncidentKind::Violent => "violent behaviour",
            IncidentKind::Threatening => "threatening behaviour",
            IncidentKind::Abusive => "abusive behaviour",
            IncidentKind::Discriminatory => "discriminatory behaviour",
            IncidentKind::SafeguardingConcern => "safeguarding concern",
            IncidentKind::ChildProtectionConcern => "child protection concern",
        }
    }

    /// A concern that goes straight to the police or social services (Cafcass Cymru Expectation Statement).
    pub fn goes_to_police_or_social_services(self) -> bool {
        matches!(
            self,
            IncidentKind::SafeguardingConcern | IncidentKind::ChildProtectionConcern
        )
    }
}

/// The incident form as typed: dates as UK text, the time as "14:30"; empty when not yet done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct IncidentInput {
    /// The referral it happened under, if any.
    pub referral_id: Option<i64>,
    /// The session it happened during, if any; it must belong to the referral.
    pub session_id: Option<i64>,
    pub occurred_on: String,
    pub occurred_time: String,
    pub kind: IncidentKind,
    /// Who behaved this way or raised the concern (an adult or a child).
    pub by_whom: String,
    pub people_involved: String,
    pub what_happened: String,
    /// What the supervisor or worker did.
    pub action_taken: String,
    pub police_told_on: String,
    pub police_told_whom: String,
    pub social_services_told_on: String,
    pub social_services_told_whom: String,
    /// When it was reported to Cafcass Cymru or the referrer.
    pub reported_to_referrer_on: String,
    pub written_followup_sent_on: String,
}

/// A checked incident form, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct IncidentFields {
    pub referral_id: Option<i64>,
    pub session_id: Option<i64>,
    pub occurred_on: NaiveDate,
    pub occurred_time: Option<NaiveTime>,
    pub kind: IncidentKind,
    pub by_whom: String,
    pub people_involved: String,
    pub what_happened: String,
    pub action_taken: String,
    pub police_told_on: Option<NaiveDate>,
    pub police_told_whom: String,
    pub social_services_told_on: Option<NaiveDate>,
    pub social_services_told_whom: String,
    pub reported_to_referrer_on: Option<NaiveDate>,
    pub written_followup_sent_on: Option<NaiveDate>,
}

impl IncidentInput {
    pub fn checked(&self, today: NaiveDate) -> Result<IncidentFields> {
        let mut p = Problems::default();
        let t = Some(today);
        let occurred_on = required_date(
            &mut p,
            "occurred_on",
            &self.occurred_on,
            "the date it happened",
            t,
        );
        let occurred_time = optional_time(
            &mut p,
            "occurred_time",
            &self.occurred_time,
            "the time it happened",
        );
        let by_whom = clean(&self.by_whom);
        short(&mut p, "by_whom", &by_whom, "Who it was");
        let people_involved = long_text(
            &mut p,
            "people_involved",
            &self.people_involved,
            "The people involved",
        );
        let what_happened = long_text(
            &mut p,
            "what_happened",
            &self.what_happened,
            "What happened",
        );
        if what_happened.is_empty() {
            p.add("what_happened", "Enter what happened");
        }
        let action_taken = long_text(&mut p, "action_taken", &self.action_taken, "What was done");
        let (police_told_on, police_told_whom) = told(
            &mut p,
            "police",
            &self.police_told_on,
            &self.police_told_whom,
            occurred_on,
            today,
        );
        let (social_services_told_on, social_services_told_whom) = told(
            &mut p,
            "social_services",
            &self.social_services_told_on,
            &self.social_services_told_whom,
            occurred_on,
            today,
        );
        let reported_to_referrer_on = optional_date(
            &mut p,
            "reported_to_referrer_on",
            &self.reported_to_referrer_on,
            "the date it was reported",
            t,
        );
        not_before(
            &mut p,
            "reported_to_referrer_on",
            reported_to_referrer_on,
            occurred_on,
            "It cannot have been reported before it happened: check the dates",
        );
        let written_followup_sent_on = optional_date(
            &mut p,
            "written_followup_sent_on",
            &self.written_followup_sent_on,
            "the date the written follow-up was sent",
            t,
        );
        if written_followup_sent_on.is_some() && reported_to_referrer_on.is_none() {
            p.add(
                "written_followup_sent_on",
                "Record when it was reported before recording the written follow-up",
            );
        }
        not_before(
            &mut p,
            "written_followup_sent_on",
            written_followup_sent_on,
            reported_to_referrer_on,
            "The written follow-up must be on or after the date it was reported",
        );
        p.into_result()?;
        Ok(IncidentFields {
            referral_id: self.referral_id,
            session_id: self.session_id,
            occurred_on: occurred_on.unwrap_or_default(),
            occurred_time,
            kind: self.kind,
            by_whom,
            people_involved,
            what_happened,
            action_taken,
            police_told_on,
            police_told_whom,
            social_services_told_on,
            social_services_told_whom,
            reported_to_referrer_on,
            written_followup_sent_on,
        })
    }
}

/// "When and to whom" for the police or social services: both or neither.
fn told(
    p: &mut Problems,
    who: &str,
    on: &str,
    whom: &str,
    occurred_on: Option<NaiveDate>,
    today: NaiveDate,
) -> (Option<NaiveDate>, String) {
    let (on_field, whom_field) = (format!("{who}_told_on"), format!("{who}_told_whom"));
    use crate::message_forms as f;
    use crate::message_incident as told;
    let (when, whom_missing, date_missing) = if who == "police" {
        (told::POLICE_TOLD_ON, f::WHO_AT_POLICE, f::DATE_POLICE)
    } else {
        (
            told::SOCIAL_SERVICES_TOLD_ON,
            f::WHO_AT_SOCIAL_SERVICES,
            f::DATE_SOCIAL_SERVICES,
        )
    };
    let date = optional_date(p, &on_field, on, when.en, Some(today));
    not_before(
        p,
        &on_field,
        date,
        occurred_on,
        "This must be on or after the date it happened",
    );
    let whom = clean(whom);
    short(p, &whom_field, &whom, "The name");
    if date.is_some() && whom.is_empty() {
        p.say(&whom_field, Message::new(whom_missing));
    }
    if date.is_none() && !whom.is_empty() && !p.has(&on_field) {
        p.say(&on_field, Message::new(date_missing));
    }
    (date, whom)
}

/// A stored incident.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct Incident {
    pub id: i64,
    pub case_id: i64,
    pub referral_id: Option<i64>,
    pub session_id: Option<i64>,
    pub occurred_on: NaiveDate,
    /// "14:30"
    pub occurred_time: Option<String>,
    pub kind: IncidentKind,
    pub by_whom: String,
    pub people_involved: String,
    pub what_happened: String,
    pub action_taken: String,
    pub police_told_on: Option<NaiveDate>,
    pub police_told_whom: String,
    pub social_services_told_on: Option<NaiveDate>,
    pub social_services_told_whom: String,
    pub reported_to_referrer_on: Option<NaiveDate>,
    pub written_followup_sent_on: Option<NaiveDate>,
    pub created_at: String,
    pub updated_at: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> IncidentInput {
        IncidentInput {
            referral_id: None,
            session_id: None,
            occurred_on: "20/11/2026".into(),
            occurred_time: "10:40".into(),
            kind: IncidentKind::Threatening,
            by_whom: "Father".into(),
            people_involved: "Father, supervisor".into(),
            what_happened: "Raised his voice and threatened the supervisor.".into(),
            action_taken: "Ended the session early.".into(),
            police_told_on: String::new(),
            police_told_whom: String::new(),
            social_services_told_on: String::new(),
            social_services_told_whom: String::new(),
            reported_to_referrer_on: String::new(),
            written_followup_sent_on: String::new(),
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn a_new_incident_needs_only_when_and_what() {
        let f = input().checked(today()).unwrap();
        assert_eq!(f.occurred_time, NaiveTime::from_hms_opt(10, 40, 0));
    }

    #[test]
    fn telling_the_police_needs_both_when_and_whom() {
        let mut i = input();
        i.police_told_on = "20/11/2026".into();
        i.social_services_told_whom = "Duty team".into();
        let e = i.checked(today()).unwrap_err();
        let fields: Vec<_> = e.fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["police_told_whom", "social_services_told_on"]);
    }

    #[test]
    fn follow_up_comes_after_the_report_which_comes_after_the_incident() {
        let mut i = input();
        i.written_followup_sent_on = "21/11/2026".into();
        assert_eq!(
            i.checked(today()).unwrap_err().fields[0].field,
            "written_followup_sent_on"
        );
        i.reported_to_referrer_on = "19/11/2026".into();
        let e = i.checked(today()).unwrap_err();
        assert_eq!(e.fields[0].field, "reported_to_referrer_on");
    }

    #[test]
    fn what_happened_is_required() {
        let mut i = input();
        i.what_happened = "  ".into();
        assert_eq!(
            i.checked(today()).unwrap_err().fields[0].message,
            "Enter what happened"
        );
    }
}
