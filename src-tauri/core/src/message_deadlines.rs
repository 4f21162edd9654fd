//! The words of deadlines (what to do, the rule that sets the date; the source document is a
//! key of `message_rules_said`), and the names of services and incident kinds said inside a
//! sentence. Dates are passed formatted the UK way (23/11/2026), which reads the same in Welsh.

use crate::message::{messages, Message, Msg};
use crate::model::{IncidentKind, Service};

messages! {
    ACCEPT_WHAT_PROVIDER: "core.deadline.acceptWhatProvider",
        "Hear from {provider} whether it accepts the referral";
    ACCEPT_WHAT: "core.deadline.acceptWhat",
        "Hear from the provider whether it accepts the referral";
    ACCEPT_RULE: "core.deadline.acceptRule",
        "A centre says whether it accepts a referral within 10 working days of receiving it";
    REVIEW_WHAT: "core.deadline.reviewWhat",
        "Review progress now that {count} sessions have taken place";
    REVIEW_RULE: "core.deadline.reviewRule",
        "A referral starts with 3 to 4 one-hour sessions, then progress is reviewed";
    CCI_WHAT: "core.deadline.cciWhat",
        "Review the Child Contact Intervention: 12 weeks since it started on {date}";
    CCI_RULE: "core.deadline.cciRule", "A CCI runs for at most 12 weeks before it is reviewed";
    PERIOD_WEEKS_WHAT: "core.deadline.periodWeeksWhat",
        "End the {service} or agree next steps: its {count} weeks run out";
    PERIOD_MONTHS_WHAT: "core.deadline.periodMonthsWhat",
        "End the {service} or agree next steps: its {count} months run out";
    PERIOD_RULE: "core.deadline.periodRule",
        "Each level of service is delivered over a set maximum period";
    FINAL_OBSERVED_WHAT: "core.deadline.finalObservedWhat",
        "Send the final Record of Observed Contact";
    FINAL_SUPPORTED_WHAT: "core.deadline.finalSupportedWhat", "Send the Record of Supported Contact";
    SIGNED_NOT_SENT: "core.deadline.signedNotSent", "{what}: it is signed, not yet sent";
    FINAL_RULE: "core.deadline.finalRule",
        "The final record is sent within 7 days of contact ceasing";
    SESSION_RECORD_WHAT: "core.deadline.sessionRecordWhat",
        "Send the Record of Observed Contact for session {number} ({date})";
    SESSION_RECORD_RULE: "core.deadline.sessionRecordRule",
        "Supervised centres complete the Record of Observed Contact after each session";
    TELL_POLICE_WHAT: "core.deadline.tellPoliceWhat",
        "Tell the police or social services about the {kind} of {date}";
    TELL_POLICE_RULE: "core.deadline.tellPoliceRule",
        "Immediate child protection and safeguarding concerns go directly to the police or social \
         services";
    REPORT_INCIDENT_WHAT: "core.deadline.reportIncidentWhat",
        "Report the {kind} of {date} to the referrer";
    REPORT_INCIDENT_RULE: "core.deadline.reportIncidentRule",
        "Violent, threatening, abusive or discriminatory behaviour and other incidents are \
         reported to Cafcass Cymru within one working day";
    FOLLOW_UP_WHAT: "core.deadline.followUpWhat",
        "Send the written follow-up of the {kind} of {date}";
    FOLLOW_UP_RULE: "core.deadline.followUpRule",
        "Every incident reported is followed up in writing";

    // Services as `Service::label` names them.
    SUPPORTED: "core.service.supported", "Supported contact";
    SUPERVISED: "core.service.supervised", "Supervised contact";
    REMOTE: "core.service.remote", "Remote supervised contact";
    CCI: "core.service.cci", "Child Contact Intervention";
    L1_INDIRECT: "core.service.level1Indirect", "Level 1 indirect contact support";
    L1_INDIVIDUAL: "core.service.level1Individual", "Level 1 individual work with children";
    L1_ESCORTED: "core.service.level1Escorted", "Level 1 escorted contact";
    L2: "core.service.level2", "Level 2 contact intervention, observed and reported";
    L3: "core.service.level3", "Level 3 contact supervision, social work intervention and report";
    SPIP: "core.service.spip", "Separated Parents Information Programme (SPIP)";
    // The centre-based services inside a sentence ("allowed for supervised contact").
    SUPPORTED_LOWER: "core.serviceLower.supported", "supported contact";
    SUPERVISED_LOWER: "core.serviceLower.supervised", "supervised contact";
    REMOTE_LOWER: "core.serviceLower.remote", "remote supervised contact";

    // Incident kinds as `IncidentKind::label` names them.
    VIOLENT: "core.incident.violent", "violent behaviour";
    THREATENING: "core.incident.threatening", "threatening behaviour";
    ABUSIVE: "core.incident.abusive", "abusive behaviour";
    DISCRIMINATORY: "core.incident.discriminatory", "discriminatory behaviour";
    SAFEGUARDING: "core.incident.safeguarding", "safeguarding concern";
    CHILD_PROTECTION: "core.incident.childProtection", "child protection concern";
}

/// The service's name as a key (its English is `Service::label`).
pub fn service(s: Service) -> Msg {
    match s {
        Service::SupportedContact => SUPPORTED,
        Service::SupervisedContact => SUPERVISED,
        Service::RemoteSupervisedContact => REMOTE,
        Service::ChildContactIntervention => CCI,
        Service::Level1IndirectContactSupport => L1_INDIRECT,
        Service::Level1IndividualWorkWithChildren => L1_INDIVIDUAL,
        Service::Level1EscortedContact => L1_ESCORTED,
        Service::Level2ContactIntervention => L2,
        Service::Level3ContactSupervision => L3,
        Service::Spip => SPIP,
    }
}

/// The service named inside a sentence: `Service::label` in lower case.
pub fn service_in_sentence(m: Message, name: &str, s: Service) -> Message {
    match s {
        Service::SupportedContact => m.key(name, SUPPORTED_LOWER),
        Service::SupervisedContact => m.key(name, SUPERVISED_LOWER),
        Service::RemoteSupervisedContact => m.key(name, REMOTE_LOWER),
        // Not centre-based: never named by the rules that use this.
        other => m.text(name, other.label().to_lowercase()),
    }
}

/// The incident kind as a key (its English is `IncidentKind::label`).
pub fn incident_kind(k: IncidentKind) -> Msg {
    match k {
        IncidentKind::Violent => VIOLENT,
        IncidentKind::Threatening => THREATENING,
        IncidentKind::Abusive => ABUSIVE,
        IncidentKind::Discriminatory => DISCRIMINATORY,
        IncidentKind::SafeguardingConcern => SAFEGUARDING,
        IncidentKind::ChildProtectionConcern => CHILD_PROTECTION,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_service_and_incident_kind_has_its_label_as_english() {
        use Service::*;
        for s in [
            SupportedContact,
            SupervisedContact,
            RemoteSupervisedContact,
            ChildContactIntervention,
            Level1IndirectContactSupport,
            Level1IndividualWorkWithChildren,
            Level1EscortedContact,
            Level2ContactIntervention,
            Level3ContactSupervision,
            Spip,
        ] {
            assert_eq!(service(s).en, s.label());
            let m = service_in_sentence(
                Message::new(crate::message_rules_said::TOTAL_OVER),
                "service",
                s,
            );
            assert!(m.english().contains(&s.label().to_lowercase()), "{s:?}");
        }
        use IncidentKind::*;
        for k in [
            Violent,
            Threatening,
            Abusive,
            Discriminatory,
            SafeguardingConcern,
            ChildProtectionConcern,
        ] {
            assert_eq!(incident_kind(k).en, k.label());
        }
    }

    /// Every deadline the rules make says what to do, its rule and its source as keys, whose
    /// English is the text beside them (so the CLI's words are unchanged).
    #[test]
    fn every_deadline_is_keyed_with_its_english() {
        use crate::rules::calendar::{CalendarKind, WorkingCalendar};
        use crate::rules::deadline_rules::*;
        use crate::rules::deadlines::CaseRef;
        use chrono::NaiveDate;
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        let cal = WorkingCalendar::new(CalendarKind::EnglandWales);
        let case = CaseRef {
            case_id: 1,
            case_number: "CF24P00123".into(),
            case_name: "Re: A".into(),
        };
        let mut all = Vec::new();
        for (service, provider, signed) in [
            (Service::SupervisedContact, "Cardiff Contact Centre", true),
            (Service::SupportedContact, "", false),
            (Service::ChildContactIntervention, "", false),
            (Service::Level1EscortedContact, "", false),
            (Service::Level2ContactIntervention, "", false),
        ] {
            let f = ReferralFacts {
                case: case.clone(),
                referral_id: 5,
                service,
                provider_name: provider.into(),
                sent_on: Some(d(3, 2)),
                received_on: None,
                accepted_on: None,
                declined_on: None,
                started_on: Some(d(3, 9)),
                ceased_on: Some(d(6, 1)),
                reviewed_on: None,
                first_session_on: None,
                review_session_on: Some(d(4, 1)),
                final_record_signed: signed,
                final_record_sent: false,
            };
            all.extend(referral_deadlines(&f, &cal, d(11, 23)));
        }
        let session = SessionFacts {
            case: case.clone(),
            referral_id: 5,
            session_id: 7,
            number: 3,
            date: d(11, 20),
            record_done: false,
        };
        all.push(session_deadline(&session, 1, &cal, d(11, 23)));
        let incident = IncidentFacts {
            case,
            incident_id: 9,
            referral_id: Some(5),
            session_id: None,
            kind: IncidentKind::ChildProtectionConcern,
            occurred_on: d(11, 20),
            police_told_on: None,
            social_services_told_on: None,
            reported_on: None,
            followup_on: None,
        };
        all.extend(incident_deadlines(&incident, 0, &cal, d(11, 23)));
        assert!(all.len() >= 12, "only {} deadlines", all.len());
        let mut keys = std::collections::BTreeSet::new();
        for x in &all {
            let (Some(what), Some(rule), Some(source)) = (&x.what_msg, &x.rule_msg, &x.source_msg)
            else {
                panic!("not keyed: {} / {} / {}", x.what, x.rule, x.source);
            };
            assert_eq!(what.english(), x.what);
            assert_eq!(rule.english(), x.rule);
            assert_eq!(source.english(), x.source);
            keys.insert(what.key.clone());
        }
        assert!(keys.contains("core.deadline.signedNotSent"));
        assert!(keys.contains("core.deadline.periodMonthsWhat"));
        let session_what = all.iter().find(|x| x.session_id == Some(7)).unwrap();
        assert_eq!(
            session_what.what,
            "Send the Record of Observed Contact for session 3 (20/11/2026)"
        );
    }
}
