//! Shared builders for the core's integration tests.
#![allow(dead_code)]

use chrono::NaiveDate;
use contact_records_core::model::*;

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

pub fn case_input(number: &str, name: &str) -> CaseInput {
    CaseInput {
        court: "Family Court at Cardiff".into(),
        court_case_number: number.into(),
        cafcass_number: "IRIS-1001".into(),
        cafcass_system: CafcassSystem::Iris,
        adviser_name: "Ffion Hughes".into(),
        case_name: name.into(),
        status: CaseStatus::Open,
        notes: String::new(),
    }
}

pub fn child(name: &str, dob: &str) -> ChildInput {
    ChildInput {
        full_name: name.into(),
        date_of_birth: dob.into(),
        language: Language::Welsh,
        needs: String::new(),
    }
}

pub fn adult(name: &str, role: AdultRole, party: Party) -> AdultInput {
    AdultInput {
        full_name: name.into(),
        role,
        party,
        contact_details: String::new(),
        language: Language::English,
    }
}

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A case with two children, their mother (resident) and father (visiting), and a grandfather.
pub struct Family {
    pub case_id: i64,
    pub sian: PersonRef,
    pub elis: PersonRef,
    pub mother: PersonRef,
    pub father: PersonRef,
    pub grandfather: PersonRef,
}

pub fn family(s: &mut contact_records_core::Store, number: &str) -> Family {
    let case_id = s
        .create_case(&case_input(number, "Re: S and E (children)"))
        .unwrap()
        .case
        .id;
    s.add_child(case_id, &child("Siân Llŷr", "27/03/2019"), today())
        .unwrap();
    s.add_child(case_id, &child("Elis Jones", "02/09/2021"), today())
        .unwrap();
    s.add_adult(
        case_id,
        &adult("Gwenllïan Llŷr", AdultRole::Mother, Party::Resident),
    )
    .unwrap();
    s.add_adult(
        case_id,
        &adult("Mark Jones", AdultRole::Father, Party::Visiting),
    )
    .unwrap();
    let detail = s
        .add_adult(
            case_id,
            &adult("Gareth Jones", AdultRole::Grandparent, Party::Visiting),
        )
        .unwrap();
    Family {
        case_id,
        sian: PersonRef::Child(detail.children[0].id),
        elis: PersonRef::Child(detail.children[1].id),
        mother: PersonRef::Adult(detail.adults[0].id),
        father: PersonRef::Adult(detail.adults[1].id),
        grandfather: PersonRef::Adult(detail.adults[2].id),
    }
}

/// A referral with everything Cafcass Cymru Expectation Statement asks for, naming `permitted`.
pub fn referral_input(service: Service, permitted: Vec<PersonRef>) -> ReferralInput {
    let remote = service == Service::RemoteSupervisedContact;
    ReferralInput {
        service,
        cci_kinds: vec![CciKind::ObserveContact],
        basis: Basis::FcaRecommendation,
        provider_name: "Cardiff Child Contact Centre".into(),
        provider_address: "1 Heol y Frenhines, Caerdydd".into(),
        provider_naccc_accredited: true,
        provider_email: "referrals@cardiffccc.example.org".into(),
        risk_assessment: "Past allegation of verbal abuse by father, not proven. No current \
            safeguarding concerns."
            .into(),
        risk_assessed_on: "02/11/2026".into(),
        risk_assessed_by: "Ffion Hughes".into(),
        session_plan: "Three one-hour sessions on Saturdays, then review.".into(),
        planned_sessions: Some(3),
        remote_assessed_on: if remote {
            "02/11/2026".into()
        } else {
            String::new()
        },
        remote_assessed_by: if remote {
            "Ffion Hughes".into()
        } else {
            String::new()
        },
        remote_discussed: if remote {
            "Both parents, by telephone, and the court: how the video calls will run.".into()
        } else {
            String::new()
        },
        remote_limitations: if remote {
            "The supervisor can end a call but cannot step in as at a centre.".into()
        } else {
            String::new()
        },
        remote_feedback: if remote {
            "The supervisor emails both parents after each call.".into()
        } else {
            String::new()
        },
        permitted,
    }
}

pub fn session(date: &str, start: &str, minutes: u32, status: SessionStatus) -> SessionInput {
    SessionInput {
        date: date.into(),
        start_time: start.into(),
        duration_minutes: minutes,
        venue: "Cardiff Child Contact Centre".into(),
        supervisor: "Rhys Morgan".into(),
        status,
        cancelled_by: None,
        cancel_reason: String::new(),
    }
}

pub fn present(person: PersonRef, arrived: &str, departed: &str) -> AttendanceInput {
    AttendanceInput {
        person,
        arrived: arrived.into(),
        departed: departed.into(),
        brought_by: String::new(),
        late_reason: String::new(),
    }
}

pub fn incident_input(kind: IncidentKind, occurred_on: &str) -> IncidentInput {
    IncidentInput {
        referral_id: None,
        session_id: None,
        occurred_on: occurred_on.into(),
        occurred_time: "10:40".into(),
        kind,
        by_whom: "Mark Jones".into(),
        people_involved: "Mark Jones, Rhys Morgan (supervisor)".into(),
        what_happened: "Shouted at the supervisor and made a threat.".into(),
        action_taken: "Ended the session early.".into(),
        police_told_on: String::new(),
        police_told_whom: String::new(),
        social_services_told_on: String::new(),
        social_services_told_whom: String::new(),
        reported_to_referrer_on: String::new(),
        written_followup_sent_on: String::new(),
    }
}

/// The passphrase of every test data file.
pub const PASSPHRASE: &str = "correct horse battery staple";

pub fn key() -> contact_records_core::store::Key {
    contact_records_core::store::Key::passphrase(PASSPHRASE)
}

/// A new encrypted data file at `path`.
pub fn create_store(path: &std::path::Path) -> contact_records_core::Store {
    contact_records_core::Store::create(path, &key()).unwrap()
}

pub fn open_store(path: &std::path::Path) -> contact_records_core::Store {
    contact_records_core::Store::open(path, &key()).unwrap()
}

/// A bare SQLCipher connection, keyed as the store keys its files: raw access for tampering.
pub fn raw(path: &std::path::Path) -> rusqlite::Connection {
    let c = rusqlite::Connection::open(path).unwrap();
    c.pragma_update(None, "key", PASSPHRASE).unwrap();
    c
}

/// Records the referral as received and accepted by the centre on the day it was sent (sending
/// it on 02/11/2026 first if it was not sent): sessions are held only on an accepted referral.
pub fn accept(s: &mut contact_records_core::Store, referral_id: i64) {
    let sent = match s
        .get_referral(referral_id, today())
        .unwrap()
        .referral
        .sent_on
    {
        Some(d) => contact_records_core::model::dates::uk(d),
        None => {
            s.mark_referral_sent(referral_id, "02/11/2026", today())
                .unwrap();
            "02/11/2026".to_string()
        }
    };
    let dates = ReferralDatesInput {
        received_on: sent.clone(),
        accepted_on: sent,
        ..Default::default()
    };
    s.update_referral_dates(referral_id, &dates, today())
        .unwrap();
    // Supported contact holds no session before the centre's pre-contact assessment.
    let d = s.get_referral(referral_id, today()).unwrap();
    if d.referral.service == Service::SupportedContact && d.pre_contact.is_none() {
        let assessment = PreContactInput {
            assessed_on: contact_records_core::model::dates::uk(
                d.referral.dates.accepted_on.unwrap_or(today()),
            ),
            assessed_by: "Eleri Prys".into(),
            notes: String::new(),
        };
        s.record_pre_contact(referral_id, &assessment, today())
            .unwrap();
    }
}

/// Siân's child id, as a record's notes name her.
pub fn sian_id(f: &Family) -> i64 {
    match f.sian {
        PersonRef::Child(id) => id,
        PersonRef::Adult(_) => unreachable!("Siân is a child"),
    }
}

/// A referral of `service` for the family (the father and Siân named on it), accepted, with one
/// session held on 20/11/2026 from 10:00 for an hour, Siân there throughout: (referral, session).
pub fn held_session(
    s: &mut contact_records_core::Store,
    f: &Family,
    service: Service,
) -> (i64, i64) {
    let input = referral_input(service, vec![f.father, f.sian]);
    let rid = s
        .create_referral(f.case_id, &input, today())
        .unwrap()
        .referral
        .id;
    accept(s, rid);
    let held = session("20/11/2026", "10:00", 60, SessionStatus::TookPlace);
    let sid = s.add_session(rid, &held, today()).unwrap().sessions[0]
        .session
        .id;
    s.record_attendance(sid, &present(f.sian, "10:00", "11:00"), today())
        .unwrap();
    (rid, sid)
}
